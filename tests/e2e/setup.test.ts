// A company sets up its own workspace from the app: no sample, no JSON import.
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

test('a fresh workspace: set up your own company, then add a department and a colleague', async () => {
  const page = await openPage(browser, app.url);
  await page.getByRole('heading', { name: 'This workspace is empty' }).waitFor();
  await page.getByTestId('start-own').click();

  await page.getByTestId('setup-department').fill('Customer Care');
  await page.getByTestId('setup-name').fill('Ingrid Berg');
  await expect(page.getByTestId('setup-role-marketing').isChecked()).resolves.toBe(true);
  await expect(page.getByText('You will also be the workspace admin').isVisible()).resolves.toBe(true);
  await screenshot(page, 'first-start-setup');
  await page.getByTestId('setup-submit').click();

  // Marketing lands on the calendar, acting as the new admin without a "Who are you?" step.
  await page.waitForURL(/#\/calendar$/);
  await expect(page.getByTestId('acting-person').textContent()).resolves.toContain('Ingrid Berg');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('add-department').click();
  await page.getByTestId('department-name').fill('Logistics');
  await page.getByTestId('department-save').click();
  await page.getByTestId('department-row-logistics').waitFor();

  await page.getByTestId('add-person').click();
  await page.getByTestId('person-name').fill('Jonas');
  await page.getByTestId('person-department').selectOption('logistics');
  await page.getByTestId('person-role-member').check();
  await page.getByTestId('person-save').click();
  await page.getByTestId('person-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('department-row-logistics').getByText('Jonas').waitFor();
  await expect(page.getByTestId('department-row-customer-care').textContent()).resolves.toMatch(
    /Ingrid Berg.*Marketing, Admin/,
  );

  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-written').textContent()).resolves.toContain('.backup-');
  await screenshot(page, 'settings-people-admin');

  // The switcher offers the new colleague.
  await actAs(page, 'jonas');
  await expect(page.getByTestId('acting-person').textContent()).resolves.toContain('Jonas');
});
