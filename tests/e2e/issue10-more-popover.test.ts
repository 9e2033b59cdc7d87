// Issue 10: a day with more campaigns than fit shows "+N more"; clicking it opens a popover
// listing every campaign of that day, each a link to its page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { PERSON_HEADER } from '../../electron/transports/http-server.ts';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  // Six one-day campaigns on 25 November 2026 (the month the app opens on): more than the four a month cell shows.
  for (let i = 1; i <= 6; i++) {
    const reply = await fetch(`${app.url}/api/campaigns.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'maria' },
      body: JSON.stringify({
        input: {
          title: `Flash sale ${i}`,
          start: '2026-11-25T08:00:00Z',
          end: '2026-11-25T18:00:00Z',
          departments: ['sales'],
        },
      }),
    });
    expect(reply.status).toBe(200);
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test('"+N more" opens a popover listing the day\'s campaigns', async () => {
  const page = await openPage(browser, `${app.url}/#/calendar`);
  await actAs(page, 'maria');
  const more = page.getByRole('button', { name: /^\+\d+ more$/ });
  await more.waitFor();
  await expect(more.textContent()).resolves.toBe('+3 more');
  await more.click();
  const popover = page.getByRole('dialog', { name: '25 November 2026' });
  await popover.waitFor();
  // Every campaign of the day, each a link to its page and drawn as a bar like on the grid.
  const items = popover.getByRole('listitem');
  await expect(items.count()).resolves.toBe(7); // the six sales and Winter window-sign sale
  for (let i = 1; i <= 6; i++) {
    const link = popover.locator(`a[href="#/campaign/flash-sale-${i}"]`);
    await expect(link.textContent()).resolves.toContain(`Flash sale ${i}`);
  }
  await expect(popover.locator('[data-testid="event-flash-sale-1"]').getAttribute('data-look')).resolves.toBe(
    'draft',
  );
  // Each sits on the calendar's own (transparent) event colour, not FullCalendar's blue.
  const background = await popover
    .locator('a[href="#/campaign/flash-sale-2"]')
    .evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(background).toBe('rgba(0, 0, 0, 0)');
  await screenshot(page, 'issue10-calendar-more-popover');
});
