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
