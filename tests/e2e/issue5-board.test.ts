// The readiness board, CSV import and go/hold decisions in real Chromium against
// `campaign-desk serve` on the sample workspace. The tests run in order: each
// builds on what the one before changed (the CSV import, then the decision).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Campaign, Metric, ReadinessReport } from '../../shared/domain.ts';
import { flagSentence, formatters } from '../../shared/i18n/flag-text.ts';
import { createI18n } from '../../shared/i18n/i18n.ts';
import { currentVersion, flagSubject } from '../../shared/rules/readiness.ts';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const fixture = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;

interface SampleDocument {
  metrics: Metric[];
  departments: { key: string; name: string }[];
  people: { key: string; name: string }[];
  campaigns: Campaign[];
}

interface ShownFlag {
  code: string;
  subject: string;
  severity: string;
  text: string;
  isNew: boolean;
}
interface ShownCampaign {
  key: string;
  title: string;
  readiness: string;
  flags: ShownFlag[];
}

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // Decisions are recorded "now": the harness pins it (E2E_NOW, 22 Nov) before the 26 Nov board checked here.
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  page = await openPage(browser, app.url);
  await page.getByTestId('person-ceo').first().waitFor();
  await actAs(page, 'ceo');
  await page.waitForURL(/#\/readiness$/);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function switchTo(person: string): Promise<void> {
  await page.getByTestId('acting-person').click();
  await page.getByRole('dialog').getByTestId(`person-${person}`).click();
}

async function board(at?: string): Promise<ShownCampaign[]> {
  await page.goto(`${app.url}/#/readiness${at ? `?at=${at}` : ''}`);
  const fresh = '[data-testid="readiness-board"][data-fresh="true"]';
  const selector = at ? `${fresh}[data-at="${at}"]` : fresh;
  await page.locator(selector).waitFor();
  return page.$$eval('[data-campaign]', (rows) =>
    rows.map((row) => ({
      key: row.getAttribute('data-campaign') ?? '',
      title: row.querySelector('.board-title')?.textContent ?? '',
      readiness: row.getAttribute('data-readiness-state') ?? '',
      flags: [...row.querySelectorAll('[data-flag-code]')].map((f) => ({
        code: f.getAttribute('data-flag-code') ?? '',
        subject: f.getAttribute('data-flag-subject') ?? '',
        severity: f.getAttribute('data-flag-severity') ?? '',
        text: f.querySelector('.rb-flag-text')?.textContent ?? '',
        isNew: f.hasAttribute('data-flag-new'),
      })),
    })),
  );
}

function flagsOf(shown: ShownCampaign[], key: string): ShownFlag[] {
  const c = shown.find((x) => x.key === key);
  if (!c) throw new Error(`${key} is not on the board`);
  return c.flags;
}

/** The sentences the CLI would print for the report, in British English and UTC like the page. */
async function expectedSentences(report: ReadinessReport): Promise<Map<string, string[]>> {
  const doc = fixture<SampleDocument>('signage-company.json');
  const { t } = await createI18n('en');
  const metrics = new Map(doc.metrics.map((m) => [m.key, m]));
  const out = new Map<string, string[]>();
  for (const c of report.campaigns) {
    const campaign = doc.campaigns.find((x) => x.key === c.key) as Campaign;
    const versions = campaign.briefVersions.map((v) => ({
      ...v,
      publishedAt: new Date(v.publishedAt).toISOString(),
    }));
    const sentences = c.flags.map((flag) =>
      flagSentence(t, flag, {
        metrics,
        departmentName: (k) => doc.departments.find((d) => d.key === k)?.name ?? k,
        personName: (k) => doc.people.find((p) => p.key === k)?.name ?? k,
        currentVersion: currentVersion({ briefVersions: versions }, report.at) ?? null,
        start: c.start,
        at: report.at,
        format: formatters('en-GB', 'UTC'),
      }),
    );
    out.set(c.key, sentences);
  }
  return out;
}

describe('the readiness board', () => {
  test('at 26 Nov 09:00 shows exactly the campaigns, readiness and flags of the reference report', async () => {
    const report = fixture<ReadinessReport>('signage-company.readiness-2026-11-26.json');
    const shown = await board(report.at);

    expect(
      shown
        .map((c) => ({ key: c.key, title: c.title, readiness: c.readiness }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual(
      report.campaigns
        .map((c) => ({ key: c.key, title: c.title, readiness: c.readiness }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
    const sentences = await expectedSentences(report);
    for (const c of report.campaigns) {
      // Issue 10: the flags specific to a campaign come first, its metric flags after as short marks.
      const flags = flagsOf(shown, c.key);
      const id = (code: string, subject: string, severity: string) => `${code}:${subject}:${severity}`;
      expect(flags.map((f) => id(f.code, f.subject, f.severity)).sort()).toEqual(
        c.flags.map((f) => id(f.code, flagSubject(f), f.severity)).sort(),
      );
      // Each sentence is the CLI's (a mark's is its hover text and what a screen reader says);
      // the ended campaign adds by how much it missed.
      c.flags.forEach((flag, i) => {
        const f = flags.find(
          (x) => id(x.code, x.subject, x.severity) === id(flag.code, flagSubject(flag), flag.severity),
        );
        expect(f?.text.startsWith(sentences.get(c.key)?.[i] ?? '?')).toBe(true);
      });
    }
    // Worst first: not ready before ready by decision; the ended one in its own section.
    expect(shown.map((c) => c.key)).toEqual(['bf-next-day', 'winter-signs', 'autumn-install']);
    expect(flagsOf(shown, 'bf-next-day').find((f) => f.subject === 'on_time_delivery')?.text).toBe(
      'On-time delivery 86.7 % is below the fail threshold 90 % (sample 26 Nov, 06:00)',
    );
    expect(flagsOf(shown, 'autumn-install')[0]?.text).toContain('missed by 0.5 %');
    await expect(
      page.locator('[data-campaign="winter-signs"] [data-testid="standing-decision"]').textContent(),
    ).resolves.toContain('GO by Anna Lindqvist, until 1 Dec, 00:00');
    const tiles = await page.$$eval('.tile[data-metric]', (els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-status')])),
    );
    expect(tiles).toEqual({
      first_response_hours: 'failing',
      on_time_delivery: 'failing',
      delivery_backlog: 'failing',
      csat: 'at_risk',
      support_backlog: 'stale',
    });
    await screenshot(page, 'board');

    // Print / PDF goes to the browser's print dialog when no desktop shell offers PDF.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => (window as unknown as { printed: number }).printed++;
    });
    await page.getByTestId('print-report').click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
  });

  test('the trend chart shades the period with no recent data and draws both thresholds', async () => {
    await page.goto(`${app.url}/#/metrics/support_backlog?at=2026-11-26T09:00:00.000Z`);
    const chart = page.locator('.metric-chart');
    await chart.locator('canvas').waitFor();
    await expect(chart.getAttribute('data-stale-periods')).resolves.toBe('1');
    await expect(chart.locator('figcaption').textContent()).resolves.toMatch(
      /warn 300 tickets.*fail 500 tickets/,
    );
    await screenshot(page, 'metric-chart');
  });
});

describe('CSV import', () => {
  async function countSamples(metric: string, from: string, to: string): Promise<number> {
    const res = await fetch(`${app.url}/api/samples.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: { metric, from, to } }),
    });
    return ((await res.json()) as { result: unknown[] }).result.length;
  }

  test('the preview of a file with bad rows lists lines 3, 4 and 5 with why, and imports nothing', async () => {
    await switchTo('admin');
    await page.goto(`${app.url}/#/metrics`);
    await page.getByTestId('open-csv-import').click();
    await page.getByTestId('csv-file').setInputFiles(path.join(FIXTURES, 'metrics-bad.csv'));
    await page.getByTestId('csv-summary').waitFor();
    const rows = await page.$$eval('.csv-preview tr[data-line]', (trs) =>
      trs.map((tr) => ({
        line: Number(tr.getAttribute('data-line')),
        ok: tr.getAttribute('data-ok'),
        text: tr.textContent,
      })),
    );
    expect(rows.filter((r) => r.ok === 'false').map((r) => r.line)).toEqual([3, 4, 5]);
    expect(rows.filter((r) => r.ok === 'true').map((r) => r.line)).toEqual([2]);
    expect(rows.find((r) => r.line === 3)?.text).toContain('Line 3: unknown metric "on_time_delivry"');
    expect(rows.find((r) => r.line === 4)?.text).toContain('"yesterday" is not a date and time');
    expect(rows.find((r) => r.line === 5)?.text).toContain('value "lots" is not a number');
    await expect(page.getByTestId('csv-import').isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    // Line 2 alone was fine, yet nothing of the file was written.
    expect(await countSamples('on_time_delivery', '2026-11-27T00:00:00Z', '2026-11-27T23:59:59Z')).toBe(1);
  });

  test('importing a good file changes the board: on-time delivery 91.2 is at risk, no longer failing', async () => {
    const at = '2026-11-28T09:00:00.000Z';
    const before = flagsOf(await board(at), 'bf-next-day');
    expect(
      before
        .filter((f) => f.subject === 'on_time_delivery')
        .map((f) => f.code)
        .sort(),
    ).toEqual(['launched_while_failing', 'metric_failing']);

    await page.goto(`${app.url}/#/metrics`);
    await page.getByTestId('open-csv-import').click();
    await page.getByTestId('csv-file').setInputFiles(path.join(FIXTURES, 'metrics-good.csv'));
    await page.getByTestId('csv-summary').waitFor();
    await expect(page.$$eval('.csv-preview tr[data-ok="true"]', (trs) => trs.length)).resolves.toBe(4);
    await page.getByTestId('csv-import').click();
    await expect(page.getByTestId('csv-done').textContent()).resolves.toContain('New samples: 4');
    await page.keyboard.press('Escape');

    const after = flagsOf(await board(at), 'bf-next-day');
    const onTime = after.filter((f) => f.subject === 'on_time_delivery');
    // It launched while failing (27 Nov), and is now at risk rather than failing.
    expect(onTime.map((f) => f.code).sort()).toEqual(['launched_while_failing', 'metric_at_risk']);
    expect(onTime.find((f) => f.code === 'metric_at_risk')?.text).toBe(
      'On-time delivery 91.2 % is below the warn threshold 95 % (sample 28 Nov, 06:00)',
    );
    expect(after.find((f) => f.subject === 'support_backlog')?.code).toBe('metric_at_risk');
    expect(
      after.find((f) => f.subject === 'delivery_backlog' && f.code !== 'launched_while_failing')?.code,
    ).toBe('metric_at_risk');
  });
});

describe('decisions', () => {
  test('leadership records a GO with an expiry; it stands until then, and new critical flags are marked', async () => {
    await switchTo('ceo');
    const now = await board();
    // Nothing turned worse "now" since this person last saw the board: no alert banner.
    await expect(page.getByTestId('board-alerts').count()).resolves.toBe(0);
    await page.getByTestId('decide-bf-next-day').click();
    const dialog = page.locator('dialog.decision-dialog');
    await dialog.waitFor();
    // The dialog shows the flags being answered: the same ones as the row.
    await expect(dialog.locator('[data-flag-code]').count()).resolves.toBe(
      flagsOf(now, 'bf-next-day').length,
    );
    await dialog.getByTestId('record-decision').click();
    await expect(dialog.locator('.field-error').allTextContents()).resolves.toEqual([
      'Choose GO or HOLD.',
      'Write why: a decision needs a justification.',
    ]);
    await dialog.getByTestId('decision-go').check();
    await dialog.locator('#decision-note').fill('Extra courier capacity booked for the weekend');
    // The app's en-GB date field: dd/mm/yyyy and a 24-hour time.
    await dialog.getByTestId('decision-expires').fill('27/11/2026');
    await dialog.getByTestId('decision-expires-time').fill('12:00');
    await screenshot(page, 'decision-dialog');
    await dialog.getByTestId('record-decision').click();
    await dialog.waitFor({ state: 'detached' });

    const standing = await board('2026-11-26T09:00:00.000Z');
    expect(standing.find((c) => c.key === 'bf-next-day')?.readiness).toBe('ready_by_decision');
    const decision = page.locator('[data-campaign="bf-next-day"] [data-testid="standing-decision"]');
    await expect(decision.getAttribute('data-expires')).resolves.toBe('2026-11-27T12:00:00.000Z');
    await expect(decision.textContent()).resolves.toContain('GO by Anna Lindqvist, until 27 Nov, 12:00');
    // Recorded on 22 Nov: what turned critical since then is marked new.
    expect(
      flagsOf(standing, 'bf-next-day')
        .filter((f) => f.isNew)
        .map((f) => `${f.code}:${f.subject}`)
        .sort(),
    ).toEqual([
      'metric_failing:delivery_backlog',
      'missing_acknowledgement:delivery',
      'missing_acknowledgement:sales',
    ]);

    const expired = await board('2026-11-27T13:00:00.000Z');
    expect(expired.find((c) => c.key === 'bf-next-day')?.readiness).toBe('not_ready');
    await expect(
      page.locator('[data-campaign="bf-next-day"] [data-testid="standing-decision"]').count(),
    ).resolves.toBe(0);
  });
});
