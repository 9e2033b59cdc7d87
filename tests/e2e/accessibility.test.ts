// axe-core on the main views and a dialog, in light and dark: no serious or critical
// violation (issue 11). Focus goes back to the control that opened a dialog.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actAs, launchBrowser, openPage, startApp, type RunningApp } from './harness.ts';
import { go } from './issue4-steps.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  page = await openPage(browser, app.url, { bypassCSP: true });
  await actAs(page, 'ceo');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Serious and critical violations on the page as it is now, one line each. */
async function violations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (found as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary ?? v.help}`,
      ),
    );
}

const VIEWS: [string, string, string][] = [
  ['calendar', '#/calendar', '[data-testid="event-bf-next-day"]'],
  ['campaign', '#/campaign/bf-next-day', '[data-testid="ack-matrix"]'],
  ['inbox', '#/inbox', 'main'],
  ['readiness board', '#/readiness', '[data-testid="readiness-board"][data-fresh="true"]'],
  ['metrics', '#/metrics', '.metrics-page table tbody tr'],
  ['settings', '#/settings', '[data-testid="setting-timeZone"]'],
];

for (const scheme of ['light', 'dark'] as const) {
  describe(`${scheme} mode`, () => {
    beforeAll(async () => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test.each(VIEWS)('%s view: no serious or critical axe violations', async (_name, hash, ready) => {
      await go(page, hash);
      await page.locator(ready).first().waitFor();
      expect(await violations()).toEqual([]);
    });

    test('the go/hold dialog: no violations, 24 px targets, and focus returns to its opener on close', async () => {
      await go(page, '#/readiness');
      const opener = page.getByTestId('decide-bf-next-day');
      await opener.click();
      await page.getByTestId('decision-go').waitFor();
      expect(await violations()).toEqual([]);
      const box = await page.getByTestId('decision-go').boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
      await page.keyboard.press('Escape');
      await page.getByTestId('decision-go').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'decide-bf-next-day',
      );
    });

    test('the calendar of a date field: no violations, Esc closes only the calendar', async () => {
      await go(page, '#/readiness');
      await page.getByTestId('decide-bf-next-day').click();
      await page.getByTestId('decision-expires-pick').click();
      await page.locator('.datetime-popup').getByRole('grid').waitFor();
      expect(await violations()).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('.datetime-popup').waitFor({ state: 'detached' });
      await expect(page.getByTestId('decision-go').isVisible()).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await page.getByTestId('decision-go').waitFor({ state: 'detached' });
    });
  });
}
