// Start-up (issue 13): in a browser, the first calls — the session check, the workspace, people,
// departments and the calendar's first month — leave while the app's code is still loading, and
// the app uses their answers instead of asking again.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, openPage, startApp, type RunningApp } from './harness.ts';

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

test('the first calls leave before the app has loaded, and none is asked twice', async () => {
  const page = await newPage(browser, {
    initScript: "localStorage.setItem('campaign-desk.person', 'olena')",
  });
  // Whether the month grid was ever drawn without its campaigns (it is laid out once, with them).
  await page.context().addInitScript(() => {
    new MutationObserver(() => {
      const grid = document.querySelector('[data-testid="calendar"] [data-date]');
      if (grid && !document.querySelector('[data-testid^="event-"]'))
        document.documentElement.dataset.emptyGrid = 'seen';
    }).observe(document, { subtree: true, childList: true });
  });
  const asked: { method: string; body: string }[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) asked.push({ method: path.slice(5), body: r.postData() ?? '' });
  });
  // The app's chunk is held back until the test has seen what the page asked without it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/app-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.url}/#/calendar`, { waitUntil: 'commit' });
  const first = ['auth/session', 'workspace.info', 'people.list', 'departments.list', 'campaigns.list'];
  await expect
    .poll(() => first.every((m) => asked.some((a) => a.method === m)), { timeout: 10_000 })
    .toBe(true);
  const beforeApp = asked.length;
  release();

  await page.locator('[data-testid^="event-"]').first().waitFor();
  await expect(page.getByTestId('acting-person').textContent()).resolves.toContain('Olena Shevchuk');
  const times = (method: string) => asked.filter((a) => a.method === method).length;
  for (const method of first.slice(0, 4)) expect(times(method), method).toBe(1);
  // The calendar's month came from the early answer; only the months either side are asked later.
  const months = asked.filter((a) => a.method === 'campaigns.list').map((a) => a.body);
  expect(new Set(months).size).toBe(months.length);
  expect(beforeApp).toBeGreaterThanOrEqual(first.length);
  // The month was in when the calendar mounted: its grid came with its campaigns.
  expect(await page.evaluate(() => document.documentElement.dataset.emptyGrid)).toBeUndefined();
  await page.context().close();
});

test("an event's tooltip, written when it is first pointed at, names its acknowledgements", async () => {
  const page = await openPage(browser, `${app.url}/#/calendar`, {
    initScript: "localStorage.setItem('campaign-desk.person', 'olena')",
  });
  const event = page.getByTestId('event-bf-next-day').first();
  await event.waitFor();
  await event.hover();
  await expect
    .poll(() => event.getAttribute('title'))
    .toMatch(/^.+\n.+\n\d+ of \d+ departments? acknowledged version \d+/);
  await page.context().close();
});

test('the events painted first stay: the calendar does not build them again once its own period is in', async () => {
  const page = await newPage(browser, {
    initScript: "localStorage.setItem('campaign-desk.person', 'olena')",
  });
  // The first event element the page ever shows (were it built again, focus on it would be lost).
  await page.context().addInitScript(() => {
    new MutationObserver((_, observer) => {
      const first = document.querySelector('[data-testid^="event-"]');
      if (!first) return;
      (window as unknown as { firstEvent: Element }).firstEvent = first;
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  let months = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/campaigns.list') months++;
  });
  await page.goto(`${app.url}/#/calendar`);
  // The months either side are asked for only after the grid's own period has been read (from
  // the early month) and shown: by then every start-up render has happened.
  await expect.poll(() => months, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await page.locator('[data-testid^="event-"]').first().waitFor();
  const stillThere = await page.evaluate(
    () => (window as unknown as { firstEvent?: Element }).firstEvent?.isConnected,
  );
  expect(stillThere).toBe(true);
  await page.context().close();
});
