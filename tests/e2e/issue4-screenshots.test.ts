// Screenshots of the main views with the sample workspace, for people to look at (test-results/screenshots/).
import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';
import { go, startAs, switchTo } from './issue4-steps.ts';

let app: RunningApp;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  page = await openPage(browser, app.url);
  await startAs(page, 'maria');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Everything the view needs is in the first screen at 1366×768: nothing scrolls out of the window. */
async function fitsWindow(selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    return !!el && el.getBoundingClientRect().top < window.innerHeight;
  }, selector);
}

test('calendar month and list', async () => {
  await go(page, '#/calendar');
  await page.getByTestId('view-month').click();
  await page.getByTestId('event-bf-next-day').first().waitFor();
  const file = await screenshot(page, 'calendar-month');
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);

  await page.getByTestId('view-list').click();
  await page.getByTestId('event-bf-next-day').first().waitFor();
  await screenshot(page, 'calendar-list');
  await page.getByTestId('view-month').click();
});

test('campaign page for a delivery member', async () => {
  await switchTo(page, 'taras');
  await go(page, '#/campaign/bf-next-day');
  await page.getByTestId('ack-matrix').waitFor();
  await page.getByTestId('readiness-panel').locator('.flag').first().waitFor();
  await expect(fitsWindow('[data-testid="promise"]')).resolves.toBe(true);
  await expect(fitsWindow('[data-testid="acknowledge"]')).resolves.toBe(true);
  await expect(fitsWindow('[data-testid="readiness-panel"]')).resolves.toBe(true);
  await screenshot(page, 'campaign-page');
});

test('inbox for delivery', async () => {
  await go(page, '#/inbox');
  await page.getByTestId('inbox-item-bf-next-day').waitFor();
  await screenshot(page, 'inbox');
});

test('editor with a published campaign', async () => {
  await switchTo(page, 'maria');
  await go(page, '#/edit/bf-next-day');
  await page.getByTestId('field-promise').waitFor();
  await expect(fitsWindow('[data-testid="publish"]')).resolves.toBe(true);
  await screenshot(page, 'editor');
});
