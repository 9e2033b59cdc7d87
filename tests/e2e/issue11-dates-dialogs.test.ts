// Issue 11: date and time fields read in the app's language, not the operating system's
// (the browser here runs in en-GB, the app in Ukrainian, Serbian or US English); focus goes
// back to the control that opened a dialog, for every kind of dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';
import { go } from './issue4-steps.ts';

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

/** A page whose app language is `language` (chosen earlier in Settings), the browser's own locale `locale`. */
async function pageIn(language: string, locale = 'en-GB'): Promise<Page> {
  return openPage(browser, app.url, {
    locale,
    initScript: `localStorage.setItem('campaign-desk.language', ${JSON.stringify(language)})`,
  });
}

/** The editor of "Winter window-sign sale" (starts 16 Nov 2026, 07:00 UTC; the browser is in UTC). */
async function openEditor(page: Page): Promise<void> {
  await actAs(page, 'maria');
  await go(page, '#/edit/winter-signs');
  await page.getByTestId('field-start').waitFor();
}

const valueOf = (page: Page, testId: string) => page.getByTestId(testId).inputValue();

describe('date fields follow the app language', () => {
  test('Ukrainian: dd.mm.yyyy and a 24-hour time, typed the same way', async () => {
    const page = await pageIn('uk');
    try {
      await openEditor(page);
      await expect(valueOf(page, 'field-start')).resolves.toBe('16.11.2026');
      await expect(valueOf(page, 'field-start-time')).resolves.toBe('07:00');
      await expect(page.getByTestId('field-start').getAttribute('placeholder')).resolves.toBe('дд.мм.рррр');
      await expect(page.locator('#campaign-start-hint').textContent()).resolves.toContain('дд.мм.рррр');
      // Arrow keys move the date by a day, in the same writing.
      await page.getByTestId('field-end').focus();
      const end = await valueOf(page, 'field-end');
      await page.keyboard.press('ArrowUp');
      await expect(valueOf(page, 'field-end')).resolves.not.toBe(end);
      await expect(valueOf(page, 'field-end')).resolves.toMatch(/^\d\d\.\d\d\.\d{4}$/);
      // The calendar button: a month grid in Ukrainian; a day picked lands in the field.
      await page.getByTestId('field-start-pick').click();
      const grid = page.locator('.datetime-popup');
      await grid.getByRole('grid').waitFor();
      await expect(grid.textContent()).resolves.toMatch(/листопад 2026/i);
      await screenshot(page, 'editor-dates-uk-calendar');
      await grid.locator('[data-day="2026-11-20"] button').click();
      await expect(valueOf(page, 'field-start')).resolves.toBe('20.11.2026');
      await expect(valueOf(page, 'field-start-time')).resolves.toBe('07:00');
      await expect(
        page.getByTestId('field-start-pick').evaluate((el) => el === document.activeElement),
      ).resolves.toBe(true);
      // Esc closes the calendar and nothing else.
      await page.getByTestId('field-start-pick').click();
      await grid.waitFor();
      await page.keyboard.press('Escape');
      await grid.waitFor({ state: 'detached' });
      await screenshot(page, 'editor-dates-uk');
    } finally {
      await page.context().close();
    }
  });

  test('US English in an en-US browser: mm/dd/yyyy and AM/PM', async () => {
    const page = await pageIn('en', 'en-US');
    try {
      await openEditor(page);
      await expect(valueOf(page, 'field-start')).resolves.toBe('11/16/2026');
      await expect(valueOf(page, 'field-start-time')).resolves.toBe('07:00 AM');
      // What a person types in that writing is what gets saved.
      await page.getByTestId('field-end').fill('12/24/2026');
      await page.getByTestId('field-end-time').fill('6:30 pm');
      await page.getByTestId('save-draft').click();
      await page.reload();
      await page.getByTestId('field-end').waitFor();
      await expect(valueOf(page, 'field-end')).resolves.toBe('12/24/2026');
      await expect(valueOf(page, 'field-end-time')).resolves.toBe('06:30 PM');
    } finally {
      await page.context().close();
    }
  });

  test('Serbian in Latin and in Cyrillic: the dates and the words in one script', async () => {
    for (const [language, words] of [
      ['sr', /Kampanja|Naslov/],
      ['sr-Cyrl', /Кампања|Наслов/],
    ] as const) {
      const page = await pageIn(language);
      try {
        await openEditor(page);
        await expect(valueOf(page, 'field-start')).resolves.toBe('16.11.2026.');
        await expect(page.locator('.editor-basics').textContent()).resolves.toMatch(words);
        const hint = (await page.locator('#campaign-start-hint').textContent()) ?? '';
        expect(/[\u0400-\u04ff]/.test(hint)).toBe(language === 'sr-Cyrl');
        await screenshot(page, `editor-dates-${language}`);
      } finally {
        await page.context().close();
      }
    }
  });
});

describe('focus returns to the control that opened a dialog', () => {
  /** Opens a dialog with `opener`, closes it with Esc, and says which element has focus then. */
  async function roundTrip(page: Page, opener: string, dialog: string): Promise<boolean> {
    const button = page.locator(opener).first();
    await button.click();
    await page.locator(dialog).first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator(dialog).first().waitFor({ state: 'detached' });
    return button.evaluate((el) => el === document.activeElement);
  }

  test('publish and cancel in the editor, a sample, a department and the person switcher', async () => {
    const page = await pageIn('en');
    try {
      await openEditor(page);
      expect(await roundTrip(page, 'button:text-is("Publish…")', '[data-testid="publish-dialog"]')).toBe(
        true,
      );
      expect(
        await roundTrip(page, 'button:text-is("Cancel campaign")', '[data-testid="cancel-dialog"]'),
      ).toBe(true);
      expect(
        await roundTrip(page, '[data-testid="acting-person"]', 'dialog:has([data-testid="person-admin"])'),
      ).toBe(true);
      await actAs(page, 'admin');
      await go(page, '#/metrics');
      expect(
        await roundTrip(page, '[data-testid="add-sample-csat"]', 'dialog:has([data-testid="sample-value"])'),
      ).toBe(true);
      await go(page, '#/settings');
      expect(
        await roundTrip(page, '[data-testid="add-department"]', '[data-testid="department-dialog"]'),
      ).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
