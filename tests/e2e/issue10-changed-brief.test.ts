// Issue 10: a department that acknowledged an older version of a brief opens the current one with
// what changed since then marked inline, and can switch to the plain current brief.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';

// 22 Nov: Black Friday's brief is at version 2; delivery acknowledged version 1 on 11 Nov.
const NOW = '2026-11-22T12:00:00Z';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp({ sample: true, clock: NOW });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openCampaignAs(person: string) {
  const page = await openPage(browser, app.url);
  await actAs(page, person);
  await page.goto(`${app.url}/#/campaign/bf-next-day`);
  await page.getByTestId('brief').waitFor();
  return page;
}

test('a delivery member sees what changed since delivery acknowledged version 1', async () => {
  const page = await openCampaignAs('taras');
  const line = page.getByTestId('changed-since');
  await expect(line.textContent()).resolves.toContain(
    'Changed since version 1, which Delivery acknowledged on 11 Nov',
  );
  const promise = page.getByTestId('promise');
  await expect(promise.locator('del').allTextContents()).resolves.toEqual(['Delivery in 2 days']);
  await expect(promise.locator('ins').allTextContents()).resolves.toEqual(['Next-day delivery']);
  // Unchanged fields read as they are.
  await expect(page.locator('[data-field="offer"] del, [data-field="offer"] ins').count()).resolves.toBe(0);
  await screenshot(page, 'issue10-changed-brief');

  await page.getByTestId('changed-since-toggle').click();
  await expect(promise.locator('del, ins').count()).resolves.toBe(0);
  await expect(promise.locator('p').textContent()).resolves.toBe('Next-day delivery');
  await page.getByTestId('changed-since-toggle').click();
  await expect(promise.locator('ins').count()).resolves.toBe(1);
  await page.context().close();
});

test('no changes shown to a department that acknowledged the current version, one that never did, or marketing', async () => {
  for (const person of ['olena', 'ivan', 'maria']) {
    const page = await openCampaignAs(person);
    await expect(page.getByTestId('changed-since').count()).resolves.toBe(0);
    await expect(page.getByTestId('promise').locator('del, ins').count()).resolves.toBe(0);
    await page.context().close();
  }
});
