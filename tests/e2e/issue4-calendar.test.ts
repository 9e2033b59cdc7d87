// Issue 4: the calendar's filters, obligations, search and shortcuts, and what each role may do.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, startApp, type RunningApp } from './harness.ts';
import { dayBox, go, showMonth, startAs, switchTo, waitForText } from './issue4-steps.ts';

let app: RunningApp;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  page = await openPage(browser, app.url);
  await startAs(page, 'taras');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('a delivery member sees their obligations and cannot drag campaigns', async () => {
  await showMonth(page, '2026-11-27');
  const bf = page.getByTestId('event-bf-next-day').first();
  await bf.waitFor();
  await expect(bf.getAttribute('data-look')).resolves.toBe('not_ready');
  await expect(bf.getByTestId('owes').count()).resolves.toBe(1);
  await expect(page.getByTestId('event-winter-signs').count()).resolves.toBeGreaterThan(0);

  await page.getByTestId('filter-mine').check();
  await page.getByTestId('event-winter-signs').first().waitFor({ state: 'detached' });
  await expect(page.getByTestId('event-bf-next-day').count()).resolves.toBeGreaterThan(0);
  await page.getByTestId('filter-mine').uncheck();

  const box = (await bf.boundingBox())!;
  const from = await dayBox(page, '2026-11-27');
  const to = await dayBox(page, '2026-11-25');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 20 + (to.x - from.x), y, { steps: 15 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  await expect(page.getByTestId('reschedule-dialog').count()).resolves.toBe(0);
  const after = (await page.getByTestId('event-bf-next-day').first().boundingBox())!;
  expect(Math.abs(after.x - box.x)).toBeLessThan(2);
});

test('a member reads the brief and acknowledges for their own department, but cannot edit', async () => {
  await go(page, '#/campaign/bf-next-day');
  await page.getByTestId('brief').waitFor();
  await expect(page.getByTestId('edit-campaign').count()).resolves.toBe(0);
  const ack = page.getByTestId('acknowledge');
  await expect(ack.isEnabled()).resolves.toBe(true);
  await expect(ack.textContent()).resolves.toBe('Acknowledge version 2');
  await ack.click();
  await waitForText(page.getByTestId('ack-done'), 'Delivery acknowledged version 2');
  const delivery = page.getByTestId('ack-matrix').locator('tr[data-department="delivery"]');
  await waitForText(delivery, 'Taras Bondar');
  await expect(delivery.getAttribute('data-standing')).resolves.toBe('acknowledged');

  await go(page, '#/new');
  await waitForText(page.locator('#content'), 'Only marketing creates and edits campaigns');
});

test('status filters: drafts dashed, cancelled hidden unless filtered in', async () => {
  await switchTo(page, 'maria');
  await showMonth(page, '2026-12-24');
  const teaser = page.getByTestId('event-new-year-teaser').first();
  await teaser.waitFor();
  await expect(teaser.getAttribute('data-look')).resolves.toBe('draft');

  await page.getByTestId('filter-status').selectOption('published');
  await teaser.waitFor({ state: 'detached' });

  await go(page, '#/campaign/new-year-teaser');
  await page.getByTestId('cancel-campaign').click();
  await page.getByTestId('cancel-confirm').click();
  await waitForText(page.getByTestId('campaign-status'), 'Cancelled');

  await showMonth(page, '2026-12-24');
  await page.getByTestId('filter-status').selectOption('active');
  await page.getByTestId('event-winter-signs').first().waitFor();
  await expect(page.getByTestId('event-new-year-teaser').count()).resolves.toBe(0);
  await page.getByTestId('filter-status').selectOption('cancelled');
  const cancelled = page.getByTestId('event-new-year-teaser').first();
  await cancelled.waitFor();
  await expect(cancelled.getAttribute('data-look')).resolves.toBe('cancelled');
  await page.getByTestId('filter-status').selectOption('active');
});

test('keyboard: month, week and list, today, find and new campaign', async () => {
  await showMonth(page, '2027-01-15');
  await page.keyboard.press('Control+3');
  await expect(page.getByTestId('view-list').getAttribute('aria-pressed')).resolves.toBe('true');
  await page.keyboard.press('Control+2');
  await expect(page.getByTestId('view-week').getAttribute('aria-pressed')).resolves.toBe('true');
  await page.keyboard.press('Control+1');
  await expect(page.getByTestId('view-month').getAttribute('aria-pressed')).resolves.toBe('true');
  await waitForText(page.getByTestId('calendar-title'), 'January 2027');
  await page.keyboard.press('Control+t');
  await waitForText(page.getByTestId('calendar-title'), 'November 2026');

  await page.keyboard.press('Control+f');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('global-search');
  await page.keyboard.type('black');
  await page.keyboard.press('Enter');
  const results = page.getByTestId('search-results');
  await waitForText(results, 'Black Friday: next-day delivery');
  await results.getByRole('link', { name: 'Black Friday: next-day delivery' }).click();
  await page.waitForURL(/#\/campaign\/bf-next-day$/);

  await go(page, '#/calendar?q=nothing-like-this');
  await waitForText(page.locator('#content'), 'No campaign title contains “nothing-like-this”');

  await go(page, '#/calendar');
  await page.keyboard.press('Control+n');
  await page.waitForURL(/#\/new$/);
});

test('the editor says in words what is wrong, next to the field', async () => {
  await go(page, '#/new');
  await page.getByTestId('field-title').fill('Backwards');
  // The app's en-GB date field: dd/mm/yyyy and a 24-hour time.
  await page.getByTestId('field-start').fill('10/12/2026');
  await page.getByTestId('field-start-time').fill('09:00');
  await page.getByTestId('field-end').fill('01/12/2026');
  await page.getByTestId('field-end-time').fill('09:00');
  await page.getByTestId('save-draft').click();
  await waitForText(
    page.getByTestId('error-end'),
    'The campaign ends before it starts: choose an end after the start.',
  );
  await expect(page.getByTestId('field-end').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.url()).toMatch(/#\/new$/);
});
