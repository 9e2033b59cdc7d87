// Issue 13, start-up: the first chunk carries only English view strings; another language's
// strings arrive when someone picks it in Settings, and the whole frame then reads in it,
// including after a reload (the choice is remembered and loaded before the first paint).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { actAs, launchBrowser, openPage, startApp, type RunningApp } from './harness.ts';

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

test('picking Swedish in Settings fetches Swedish only then, and the app reads in Swedish', async () => {
  const page = await openPage(browser, app.url);
  try {
    const fetched: string[] = [];
    page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
    await actAs(page, 'admin');
    await page.getByTestId('nav-settings').click();
    const picker = page.locator('#language');
    await picker.waitFor();
    await expect(page.getByTestId('nav-settings').textContent()).resolves.toContain('Settings');
    expect(fetched.filter((p) => /\/assets\/(uk|ru|sv|sr)-/.test(p))).toEqual([]);

    await picker.selectOption('sv');
    await page.getByText('Språk i Campaign Desk').waitFor();
    await expect(page.getByTestId('nav-settings').textContent()).resolves.toContain('Inställningar');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('sv');
    expect(fetched.filter((p) => /\/assets\/(uk|ru|sv|sr)-/.test(p))).toEqual([
      expect.stringMatching(/\/assets\/sv-/),
    ]);

    await page.reload();
    await page.getByTestId('nav-calendar').waitFor();
    await expect(page.getByTestId('nav-calendar').textContent()).resolves.toContain('Kalender');
    // The shared namespaces come with the language too: the board's readiness words.
    await page.getByTestId('nav-readiness').click();
    const badge = page.locator('.board-main [data-readiness]').first();
    await badge.waitFor();
    await expect(badge.textContent()).resolves.toMatch(/Redo|I riskzonen|Inte redo|Avslutad|Lanserad/);

    await page.getByTestId('nav-settings').click();
    await page.locator('#language').selectOption('en');
    await page.getByText('Language of Campaign Desk').waitFor();
    await expect(page.getByTestId('nav-calendar').textContent()).resolves.toContain('Calendar');
  } finally {
    await page.context().close();
  }
});
