// Steps the issue-4 browser tests share: picking a person, switching, waiting for what a user would see.
import type { Locator, Page } from 'playwright-core';
import { actAs } from './harness.ts';

/** The first pick in "Who are you?" once the workspace has loaded. */
export async function startAs(page: Page, person: string): Promise<void> {
  await page.getByTestId(`person-${person}`).first().waitFor();
  await actAs(page, person);
}

/** Switches the acting person through the top bar, as a user would. */
export async function switchTo(page: Page, person: string): Promise<void> {
  await page.getByTestId('acting-person').click();
  await page.getByRole('dialog').getByTestId(`person-${person}`).click();
}

export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/** Waits until the locator's text contains `text` (the UI refreshes on change events). */
export async function waitForText(locator: Locator, text: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent().catch(() => '')) ?? '';
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected "${text}" in: ${last}`);
}

/** Shows the calendar's month containing `date` (YYYY-MM-DD) in month view. */
export async function showMonth(page: Page, date: string): Promise<void> {
  await go(page, '#/calendar');
  await page.getByTestId('view-month').click();
  const cell = page.locator(`[data-date="${date}"]`).first();
  for (let i = 0; i < 12 && !(await cell.isVisible().catch(() => false)); i++) {
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await cell.waitFor();
}

/** The horizontal span of a day cell in the month grid. */
export async function dayBox(
  page: Page,
  date: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator(`[data-date="${date}"]`).first().boundingBox();
  if (!box) throw new Error(`no day cell for ${date}`);
  return box;
}
