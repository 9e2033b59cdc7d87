// Issue 10: `serve --clock` reaches the browser — the calendar opens on the workspace's month and
// relative times count from the workspace's "now", whatever this computer's clock says.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { actAs, launchBrowser, startApp, type RunningApp } from './harness.ts';

// Far from any day the tests run on: the page's own clock (not pinned here) cannot agree by chance.
const WORKSPACE_NOW = '2031-03-10T12:00:00Z';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp({ sample: true, clock: WORKSPACE_NOW });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('the calendar opens on the month of the workspace clock, not the computer’s', async () => {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  await page.goto(app.url);
  await actAs(page, 'maria');
  await page.waitForURL(/#\/calendar/);
  await expect.poll(() => page.getByTestId('calendar-title').textContent()).toBe('March 2031');
  // The week view opens on the current week (10 March 2031 is a Monday), not the month's first,
  // also after coming back to the calendar (which reopens on the first day of the month grid).
  await page.evaluate(() => (window.location.hash = '#/inbox'));
  await page.evaluate(() => (window.location.hash = '#/calendar'));
  await page.getByTestId('calendar-title').waitFor();
  await page.getByTestId('view-week').click();
  await expect.poll(() => page.locator('[data-date="2031-03-10"]').count()).toBeGreaterThan(0);
  await expect(page.locator('[data-date="2031-03-03"]').count()).resolves.toBe(0);
  // Black Friday 2026 is long past on the workspace's clock.
  await page.goto(`${app.url}/#/campaign/bf-next-day`);
  await expect.poll(() => page.locator('.campaign-meta').textContent()).toMatch(/ended [\d,]+ days ago/);
  await context.close();
});
