// Issue 10: screenshots for people to look at (test-results/screenshots/issue10-shot-*), each with
// what a user would notice asserted: the board's summary above the fold (sample and 5,000
// campaigns), the campaign page, the calendar with a HOLD, and the printed brief, its PDF read
// back as text (pdftotext) and turned into PNG pages (pdftoppm, from poppler-utils).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  SCREENSHOT_DIR,
  actAs,
  launchBrowser,
  openPage,
  screenshot,
  startApp,
  type RunningApp,
} from './harness.ts';
import { go, showMonth, switchTo } from './issue4-steps.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Black Friday launches tomorrow while delivery is failing.
const NOW = '2026-11-26T09:00:00Z';
// The bench workspace's story is measured on 1 Dec 2026.
const LARGE_NOW = '2026-12-01T09:00:00Z';

/** Runs a poppler tool; a machine without poppler-utils fails here, saying what to install. */
function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils).`);
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The bottom of an element, in the 768 px window, without scrolling. */
async function bottom(page: Page, selector: string): Promise<number> {
  const element = page.locator(selector).first();
  await element.waitFor();
  const box = await element.boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box.y + box.height;
}

/**
 * Prints the page as headless Chromium does (the same @media print rules as the print dialog),
 * keeps its pages as PNG screenshots (`name`-1.png …) and answers its text. Every printout has page
 * numbers ("1 / 2" … "2 / 2") and nothing of the app's frame.
 */
async function printed(page: Page, name: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-print-'));
  try {
    const pdf = path.join(dir, 'printed.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    poppler('pdftoppm', ['-png', '-r', '80', pdf, path.join(dir, 'page')]);
    const pages = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pages.length).toBeGreaterThan(0);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [i, file] of pages.entries()) {
      fs.copyFileSync(path.join(dir, file), path.join(SCREENSHOT_DIR, `${name}-${i + 1}.png`));
    }
    const text = poppler('pdftotext', ['-layout', pdf, '-']);
    for (let n = 1; n <= pages.length; n++) {
      expect(text).toMatch(new RegExp(`^\\s*${n}\\s*/\\s*${pages.length}\\s*$`, 'm'));
    }
    // The navigation and the top bar (its search and person switcher) stay on screen.
    expect(text).not.toMatch(/^\W*(Calendar|Inbox|Metrics|Settings)\s*$/m);
    expect(text).not.toContain('Campaign Desk');
    return text;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the sample workspace', () => {
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    app = await startApp({ sample: true, clock: NOW });
    page = await openPage(browser, app.url);
    await actAs(page, 'ceo');
    await page.locator('[data-testid="readiness-board"][data-fresh="true"]').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('the board: its summary line and the failing metric are above the fold', async () => {
    expect(await bottom(page, '.board-bar:has([data-testid="board-summary"])')).toBeLessThanOrEqual(768);
    expect(await bottom(page, '.board-main [data-campaign="bf-next-day"]')).toBeLessThanOrEqual(768);
    // The calendar export's department is labelled on screen, not a second bare "All departments".
    await expect(page.locator('label.ics-for').innerText()).resolves.toMatch(
      /^Calendar for\s+All departments/,
    );
    await screenshot(page, 'issue10-shot-board-sample');
  });

  test('the calendar shows a HOLD leadership recorded, in the event itself', async () => {
    await page.getByTestId('decide-bf-next-day').click();
    const dialog = page.locator('dialog.decision-dialog');
    await dialog.getByTestId('decision-hold').check();
    await dialog.locator('#decision-note').fill('Couriers cannot carry Black Friday volume');
    await dialog.getByTestId('record-decision').click();
    await dialog.waitFor({ state: 'detached' });
    await showMonth(page, '2026-11-27');
    const bf = page.getByTestId('event-bf-next-day').first();
    await expect(bf.getAttribute('data-look')).resolves.toBe('on_hold');
    await expect(bf.innerText()).resolves.toContain('⏸');
    expect(await bottom(page, '[data-testid="event-bf-next-day"]')).toBeLessThanOrEqual(768);
    await screenshot(page, 'issue10-shot-calendar-hold');
  });

  test('the campaign page says the HOLD and who acknowledged, above the fold', async () => {
    await go(page, '#/campaign/bf-next-day');
    await page.getByTestId('ack-matrix').waitFor();
    await expect(page.getByTestId('decision-status').textContent()).resolves.toContain('On hold');
    expect(await bottom(page, '[data-testid="decision-status"]')).toBeLessThanOrEqual(768);
    expect(await bottom(page, '[data-testid="promise"]')).toBeLessThanOrEqual(768);
    // The printed header is for paper only.
    await expect(page.getByTestId('print-header').isVisible()).resolves.toBe(false);
    await screenshot(page, 'issue10-shot-campaign');
  });

  test('the printed brief is a document: title and fields as text, no navigation or buttons', async () => {
    // Delivery prints the brief it must acknowledge again: on screen it has buttons to act with.
    await switchTo(page, 'taras');
    await go(page, '#/campaign/bf-next-day');
    await page.getByTestId('changed-since').waitFor();
    const text = await printed(page, 'issue10-shot-print');
    expect(text).toContain('Black Friday: next-day delivery');
    expect(text).toMatch(/the customer promise/i);
    expect(text).toContain('On hold — Anna Lindqvist');
    for (const field of [
      'Objective',
      'Audience',
      'Key message',
      'Offer',
      'Expected impact',
      'FAQ for support',
    ]) {
      expect(text.toUpperCase()).toContain(field.toUpperCase());
    }
    // A header says which workspace, campaign and version, who printed it, when, and the time zone.
    expect(text).toMatch(
      /workspace\.sqlite · Black Friday: next-day delivery · brief version 2\s+Printed by Taras Bondar, 26 Nov 2026, 09:0\d · times in UTC/,
    );
    expect(text).not.toContain('Taras Bondar · Delivery');
    for (const control of [
      'Acknowledge version 2',
      'Acknowledge with a concern',
      'Show the current brief only',
      'Pick two versions',
    ]) {
      expect(text, control).not.toContain(control);
    }
  });

  test('the printed readiness report has the same header and page numbers, and no controls', async () => {
    await switchTo(page, 'ceo');
    await go(page, '#/readiness');
    await page.locator('[data-testid="readiness-board"][data-fresh="true"]').waitFor();
    const text = await printed(page, 'issue10-shot-print-board');
    expect(text).toMatch(
      /workspace\.sqlite · Readiness\s+Printed by Anna Lindqvist, 26 Nov 2026, 09:0\d · times in UTC/,
    );
    expect(text).toContain('Black Friday: next-day delivery');
    // The HOLD runs to the campaign's end (the dialog's default, 30 Nov, 23:59): not "runs out early".
    expect(text).toContain('On hold — Anna Lindqvist, until 30 Nov, 23:59');
    expect(text).not.toContain('Runs out 30 Nov');
    // Metric health starts on a page with its tiles, not as the last line of the one before.
    expect(text).not.toMatch(/Metric health\s+\d+\s*\/\s*\d+\s*$/m);
    for (const control of ['Record go / hold', 'Print / PDF', 'Calendar for', 'Group by', 'As it stood on']) {
      expect(text, control).not.toContain(control);
    }
  });
});

describe('the 5,000-campaign workspace', () => {
  let app: RunningApp;
  let page: Page;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-large-'));
    const file = path.join(dir, 'large.sqlite');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/make-workspace.ts'), file], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`bench workspace failed: ${r.stderr}`);
    app = await startApp({ from: file, clock: LARGE_NOW });
    page = await openPage(browser, app.url);
    await actAs(page, 'ceo');
    await page.locator('[data-testid="readiness-board"][data-fresh="true"]').waitFor({ timeout: 60_000 });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the board: summary first, then a page of rows at a time', async () => {
    expect(await bottom(page, '.board-bar:has([data-testid="board-summary"])')).toBeLessThanOrEqual(768);
    expect(await bottom(page, '.board-main [data-campaign]')).toBeLessThanOrEqual(768);
    // Paged: a few screens of rows and "Show more", not thousands drawn at once.
    const rows = await page.locator('.board-main [data-campaign]').count();
    expect(rows).toBeGreaterThan(20);
    expect(rows).toBeLessThanOrEqual(100);
    await expect(page.locator('.board-main .show-more').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'issue10-shot-board-large');
  });
});
