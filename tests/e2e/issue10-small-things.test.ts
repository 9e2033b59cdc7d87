// Issue 10, smaller things found on the walk: the navigation keeps the view the person came from
// highlighted on a campaign page; publishing warns about a campaign that asks nobody or has begun.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PERSON_HEADER } from '../../electron/transports/http-server.ts';
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

const current = (page: Page) => page.locator('nav a[aria-current="page"]').getAttribute('data-testid');

test('a campaign page highlights the view the person came from', async () => {
  const page = await openPage(browser, `${app.url}/#/readiness`);
  await actAs(page, 'maria');
  await page.getByTestId('nav-readiness').click();
  await page.locator('a.board-title[href="#/campaign/bf-next-day"]').first().click();
  await page.getByTestId('campaign-dates').waitFor();
  await expect(current(page)).resolves.toBe('nav-readiness');

  await page.getByTestId('nav-calendar').click();
  await page.evaluate(() => (window.location.hash = '#/campaign/bf-next-day'));
  await page.getByTestId('campaign-dates').waitFor();
  await expect(current(page)).resolves.toBe('nav-calendar');
});

test('publishing warns when the campaign asks no department and when its window has begun', async () => {
  const reply = await fetch(`${app.url}/api/campaigns.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'maria' },
    body: JSON.stringify({
      input: {
        title: 'Late flash sale',
        // The app's clock is 22 Nov 2026, 12:00 UTC: this began two days ago.
        start: '2026-11-20T08:00:00Z',
        end: '2026-11-30T18:00:00Z',
        draft: { promise: 'Free delivery' },
      },
    }),
  });
  expect(reply.status).toBe(200);
  const page = await openPage(browser, app.url);
  await actAs(page, 'maria');
  await page.getByTestId('calendar').waitFor();
  await page.evaluate(() => (window.location.hash = '#/campaign/late-flash-sale'));
  await page.getByTestId('publish-campaign').click();
  await expect(page.getByTestId('publish-warning-departments').textContent()).resolves.toContain(
    'No department but marketing is listed',
  );
  await expect(page.getByTestId('publish-warning-past').textContent()).resolves.toMatch(
    /already started \(20 Nov 2026, 08:00, 2 days ago\)/,
  );
  await screenshot(page, 'issue10-publish-warnings');
  await page.getByTestId('publish-dialog').getByRole('button', { name: 'Cancel' }).click();

  // A campaign that asks departments and starts later: no warning.
  await page.evaluate(() => (window.location.hash = '#/campaign/new-year-teaser'));
  await page.getByTestId('publish-campaign').click();
  await page.getByTestId('publish-confirm').waitFor();
  await expect(page.getByTestId('publish-warning-departments').count()).resolves.toBe(0);
  await expect(page.getByTestId('publish-warning-past').count()).resolves.toBe(0);
});

test('search suggests campaigns as you type, nearest launch first, and says "100 of N" when capped', async () => {
  const page = await openPage(browser, app.url);
  await actAs(page, 'olena');
  const input = page.getByTestId('search-input');
  await input.fill('sale');
  const suggestions = page.getByTestId('search-suggestions');
  await suggestions.waitFor();
  // 22 Nov 2026: the Winter sale started 6 days ago, the late flash sale 2 days ago.
  await expect(suggestions.getByRole('option').allTextContents()).resolves.toEqual([
    expect.stringContaining('Late flash sale'),
    expect.stringContaining('Winter window-sign sale'),
  ]);
  await screenshot(page, 'issue10-search-suggestions');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await input.press('Enter');
  await page.waitForURL(/#\/campaign\/winter-signs$/);

  // 120 more campaigns titled "Promo …": the results page shows the 100 nearest and says so.
  const campaigns = Array.from({ length: 120 }, (_, i) => ({
    key: `promo-${i}`,
    title: `Promo ${i}`,
    start: new Date(Date.UTC(2027, 0, 1 + i)).toISOString(),
    end: new Date(Date.UTC(2027, 0, 2 + i)).toISOString(),
    status: 'draft',
    channels: [],
    departments: ['marketing'],
    owner: 'maria',
  }));
  const reply = await fetch(`${app.url}/api/workspace.import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'admin' },
    body: JSON.stringify({
      input: { document: { format: 'campaign-desk/v1', departments: [], metrics: [], campaigns } },
    }),
  });
  expect(reply.status).toBe(200);
  await input.fill('promo');
  await input.press('Enter');
  await expect(page.getByTestId('search-capped').textContent()).resolves.toBe(
    '100 of 120 campaigns, nearest launch first — type more of the title to narrow it down.',
  );
  await expect(page.getByTestId('search-results').locator('tbody tr').count()).resolves.toBe(100);
  await expect(
    page.getByTestId('search-results').locator('tbody tr').first().textContent(),
  ).resolves.toContain('Promo 0');
});
