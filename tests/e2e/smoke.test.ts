import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('an empty workspace offers the sample, then asks who you are and lands by role', async () => {
  const page = await openPage(browser, app.url);
  await page.getByRole('heading', { name: 'This workspace is empty' }).waitFor();
  await expect(page.getByText('A sign-making company planning Black Friday').isVisible()).resolves.toBe(true);
  await page.getByTestId('load-sample').click();
  await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  await screenshot(page, 'first-start-who-are-you');
  await actAs(page, 'olena');
  await page.waitForURL(/#\/inbox$/);
  await expect(page.getByTestId('acting-person').textContent()).resolves.toContain('Olena Shevchuk');
});

test('an embedded desk loads without a failed request or error in the console', async () => {
  const page = await openPage(browser, 'about:blank');
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(app.url);
  await page.getByTestId('acting-person').waitFor();
  expect(errors).toEqual([]);
});
