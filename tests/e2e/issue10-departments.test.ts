// Issue 10: an admin fixes departments and people from Settings — rename, recolour, archive — and
// everyone else is told to ask an admin. The workspace holds the signage-company sample.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('an admin renames, recolours and archives a department, and archives a person', async () => {
  const page = await openPage(browser, `${app.url}/#/settings`);
  await actAs(page, 'admin');
  await page.getByTestId('nav-settings').click();

  // Rename and recolour Sales; its key stays.
  await page.getByTestId('edit-department-sales').click();
  await page.getByTestId('department-name').fill('Retail sales');
  await page.getByTestId('department-color').fill('#aa0000');
  await page.getByTestId('department-save').click();
  await page.getByTestId('department-dialog').waitFor({ state: 'detached' });
  const sales = page.getByTestId('department-row-sales');
  await expect(sales.textContent()).resolves.toMatch(/Retail sales\s*\(sales\)/);
  await expect(sales.locator('.dot').getAttribute('style')).resolves.toContain('rgb(170, 0, 0)');

  // A name another department has is refused with a clear message; nothing changes.
  await page.getByTestId('edit-department-support').click();
  await page.getByTestId('department-name').fill(' delivery ');
  await page.getByTestId('department-save').click();
  await expect(page.getByTestId('department-dialog').getByRole('alert').textContent()).resolves.toContain(
    'There is already a department named "Delivery" (delivery)',
  );
  await page.getByTestId('department-dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('department-row-support').textContent()).resolves.toContain(
    'Customer Support',
  );

  // Archive Sales, after confirming: it stays listed, marked, with no actions left.
  await page.getByTestId('archive-department-sales').click();
  await expect(page.getByTestId('archive-dialog').textContent()).resolves.toContain('Nothing is deleted');
  await page.getByTestId('archive-confirm').click();
  await page.getByTestId('department-archived-sales').waitFor();
  await expect(page.getByTestId('archive-department-sales').count()).resolves.toBe(0);

  // Archive Ivan from his dialog.
  await page.getByTestId('edit-person-ivan').click();
  await page.getByTestId('archive-person').click();
  await expect(page.getByTestId('archive-dialog').textContent()).resolves.toContain(
    'Ivan Petrenko will no longer be able to act',
  );
  await page.getByTestId('archive-confirm').click();
  await expect(page.getByTestId('archived-people-sales').textContent()).resolves.toContain('Ivan');
  await expect(page.getByTestId('edit-person-ivan').count()).resolves.toBe(0);
  await screenshot(page, 'issue10-settings-departments');

  // Ivan is no longer offered as someone to act as; a new campaign does not offer Sales.
  await page.getByTestId('acting-person').click();
  await page.getByTestId('person-maria').first().waitFor();
  await expect(page.getByTestId('person-ivan').count()).resolves.toBe(0);
  await page.getByTestId('person-maria').first().click();
  await page.goto(`${app.url}/#/new`);
  await page.getByTestId('department-delivery').waitFor();
  await expect(page.getByTestId('department-sales').count()).resolves.toBe(0);
});

test('a member is told to ask an admin, not to run a command', async () => {
  const page = await openPage(browser, app.url);
  await actAs(page, 'taras');
  await page.getByTestId('nav-settings').click();
  const text = await page.locator('.settings-page').textContent();
  expect(text).toContain(
    'Only an admin can add or change departments and people: ask an admin of this workspace.',
  );
  expect(text).not.toMatch(/campaign-desk (import|export)/);
  await expect(page.getByTestId('edit-department-sales').count()).resolves.toBe(0);
});
