// Issue 10, samples that can be trusted, in real Chromium against `campaign-desk serve` on the
// sample workspace (clock pinned at E2E_NOW): a delivery member corrects the latest on-time sample
// from its row; the row shows the recorded value struck through with who and when, and the metric's
// status follows the correction. Someone from another department is told to ask an admin.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  page = await openPage(browser, app.url);
  await actAs(page, 'taras');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('a delivery member corrects a wrong sample: the original is struck through, with who and when', async () => {
  await page.goto(`${app.url}/#/metrics/on_time_delivery`);
  const latest = page.locator('table.recent-samples tbody tr').first();
  await latest.waitFor();
  // 22 Nov 06:00, 89.1 %: failing (fail 90).
  await expect.poll(() => latest.textContent()).toContain('89.1');
  await latest.getByRole('button', { name: 'Correct…' }).click();
  const dialog = page.getByTestId('sample-fix');
  await dialog.locator('#fix-value').fill('96');
  await dialog.locator('#fix-reason').fill('WMS export counted returns as late');
  await dialog.getByTestId('save-fix').click();
  await dialog.waitFor({ state: 'detached' });

  await expect.poll(() => latest.getAttribute('data-state')).toBe('corrected');
  await expect(latest.locator('del.superseded').textContent()).resolves.toContain('89.1');
  await expect.poll(() => latest.textContent()).toMatch(/96\s*%/);
  await expect(latest.locator('.correction-note').textContent()).resolves.toMatch(
    /corrected by Taras Bondar, .+ — WMS export counted returns as late/,
  );
  // The metric's status now follows the correction: 96 % is above warn 95.
  await expect
    .poll(() => page.locator('.metric-detail-head [data-metric-status]').getAttribute('data-metric-status'))
    .toBe('ok');
  await screenshot(page, 'issue10-corrected-sample');
});

test('someone from another department sees no Correct… and is told to ask an admin', async () => {
  await page.getByTestId('acting-person').click();
  await page.getByRole('dialog').getByTestId('person-olena').click();
  await page.goto(`${app.url}/#/metrics/on_time_delivery`);
  await page.locator('table.recent-samples tbody tr').first().waitFor();
  expect(await page.getByRole('button', { name: 'Correct…' }).count()).toBe(0);
  await expect(page.locator('section[aria-labelledby="recent-title"]').textContent()).resolves.toContain(
    'A wrong sample can be corrected or withdrawn by Delivery or an admin: ask an admin.',
  );
});
