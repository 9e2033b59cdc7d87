// Issue 10: the readiness board answers its question at a glance — counts first, metric health
// stated once, where each department stands, decisions as statuses — from one request.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actAs, launchBrowser, openPage, screenshot, startApp, type RunningApp } from './harness.ts';
import { go, showMonth, switchTo } from './issue4-steps.ts';

// The board "now" on 26 Nov 09:00: Black Friday launches tomorrow while delivery is failing.
const NOW = '2026-11-26T09:00:00Z';

let app: RunningApp;
let browser: Browser;
let page: Page;
const apiCalls: string[] = [];

beforeAll(async () => {
  app = await startApp({ sample: true, clock: NOW });
  browser = await launchBrowser();
  page = await openPage(browser, app.url);
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/') && path !== '/api/events') apiCalls.push(path.slice(5));
  });
  await actAs(page, 'ceo');
  await page.waitForURL(/#\/readiness$/);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openBoard(): Promise<void> {
  await page.goto(`${app.url}/#/readiness`);
  await page.reload();
  await page.locator('[data-testid="readiness-board"][data-fresh="true"]').waitFor();
}

const count = (focus: string) =>
  page.locator(`[data-testid="board-summary"] [data-focus="${focus}"]`).getAttribute('data-count');
const row = (key: string) => page.locator(`.board-main [data-campaign="${key}"]`);

describe('the board at a glance', () => {
  test('opens from one board.get request, and a change refetches that one call', async () => {
    apiCalls.length = 0;
    await openBoard();
    expect(apiCalls.filter((m) => m === 'board.get')).toHaveLength(1);
    expect(apiCalls.filter((m) => m.startsWith('campaigns.') || m === 'samples.list')).toEqual([]);

    apiCalls.length = 0;
    // Sales acknowledges at another desk: the change event reaches this board.
    const res = await fetch(`${app.url}/api/acknowledgements.record`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-campaign-desk-person': 'ivan' },
      body: JSON.stringify({
        input: { campaign: 'bf-next-day', department: 'sales', version: 2, state: 'acknowledged' },
      }),
    });
    expect(res.ok).toBe(true);
    await expect
      .poll(() => row('bf-next-day').locator('[data-testid="ack-summary"] .ack-text').textContent())
      .toBe('2 of 3 departments acknowledged version 2 — Delivery missing');
    expect(apiCalls.filter((m) => m === 'board.get')).toHaveLength(1);
    expect(apiCalls.filter((m) => m.startsWith('campaigns.'))).toEqual([]);
  });

  test('counts first; each campaign says who acknowledged; metric health is stated once', async () => {
    await openBoard();
    await expect(count('not_ready')).resolves.toBe('1');
    await expect(count('at_risk')).resolves.toBe('0');
    await expect(count('live')).resolves.toBe('1');
    await expect(count('launched_while_failing')).resolves.toBe('1');
    await expect(count('decision_expiring')).resolves.toBe('1');
    await expect(
      row('winter-signs').locator('[data-testid="ack-summary"] .ack-text').textContent(),
    ).resolves.toBe('2 of 2 departments acknowledged version 2; Customer Support with a concern');
    // The GO runs out on 1 Dec, the sale on 6 Dec.
    await expect(row('winter-signs').getByTestId('decision-expires-early').textContent()).resolves.toContain(
      'Runs out 1 Dec, 00:00, before the campaign ends (6 Dec, 20:00)',
    );
    // Metric flags are short marks on the campaign; the sentence is on hover.
    const onTime = row('bf-next-day').locator('.rb-chip[data-flag-subject="on_time_delivery"]');
    await expect(onTime.locator('[aria-hidden="true"]').innerText()).resolves.toBe(
      '✖ On-time delivery 86.7 %',
    );
    await expect(onTime.getAttribute('title')).resolves.toBe(
      'On-time delivery 86.7 % is below the fail threshold 90 % (sample 26 Nov, 06:00)',
    );
    await expect(page.locator('.board-main .rb-flag[data-flag-code^="metric_"]').count()).resolves.toBe(0);
    const affects = await page.$$eval('.tile[data-metric]', (tiles) =>
      Object.fromEntries(
        tiles.map((t) => [
          t.getAttribute('data-metric'),
          t.querySelector('.tile-affects')?.textContent ?? '',
        ]),
      ),
    );
    expect(affects).toMatchObject({
      on_time_delivery: 'affects 1 campaign',
      first_response_hours: 'affects 2 campaigns',
    });
    await screenshot(page, 'issue10-board');
  });

  test('launched while failing is one click away at 1366×768, without scrolling', async () => {
    await openBoard();
    await page.locator('[data-focus="launched_while_failing"]').click();
    const autumn = page.locator('[data-campaign="autumn-install"]');
    await autumn.waitFor();
    const box = await autumn.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await expect(page.locator('.board-main [data-campaign="bf-next-day"]').count()).resolves.toBe(0);
    await expect(autumn.locator('.lwf-acks').textContent()).resolves.toContain(
      'Delivery had acknowledged v1 (Taras Bondar, 2 Oct 2026)',
    );
    await screenshot(page, 'issue10-launched-while-failing');
    await page.locator('[data-focus="launched_while_failing"]').click();
    await row('bf-next-day').waitFor();
  });

  test('"as it stood on" refuses the future, saying why', async () => {
    await openBoard();
    // The app's en-GB date field: dd/mm/yyyy and a 24-hour time.
    await page.getByTestId('as-of-input').fill('24/12/2026');
    await page.getByTestId('as-of-input-time').fill('10:00');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page.getByTestId('as-of-future').textContent()).resolves.toBe(
      'That is in the future: the board looks back at what was known. Now is the latest.',
    );
    expect(page.url()).toMatch(/#\/readiness$/);
  });

  test('filters by department and groups by launch window', async () => {
    await openBoard();
    await page.getByTestId('board-department').selectOption('delivery');
    await expect(
      page
        .locator('.board-main [data-campaign]')
        .evaluateAll((r) => r.map((x) => x.getAttribute('data-campaign'))),
    ).resolves.toEqual(['bf-next-day', 'autumn-install']);
    await page.getByTestId('board-department').selectOption('');
    await page.getByTestId('board-grouping').selectOption('window');
    await expect(
      page
        .locator('.board-group')
        .evaluateAll((groups) =>
          groups.map((g) => [
            g.getAttribute('data-group'),
            g.querySelector('[data-campaign]')?.getAttribute('data-campaign'),
          ]),
        ),
    ).resolves.toEqual([
      ['live', 'winter-signs'],
      ['day', 'bf-next-day'],
    ]);
    await page.getByTestId('board-grouping').selectOption('readiness');
  });

  test('a HOLD is a status of its own: "On hold — Anna Lindqvist, until …", counted at the top', async () => {
    await openBoard();
    await page.getByTestId('decide-bf-next-day').click();
    const dialog = page.locator('dialog.decision-dialog');
    await dialog.getByTestId('decision-hold').check();
    await dialog.locator('#decision-note').fill('Couriers cannot carry Black Friday volume');
    // The app's en-GB date field: dd/mm/yyyy and a 24-hour time.
    await dialog.getByTestId('decision-expires').fill('29/11/2026');
    await dialog.getByTestId('decision-expires-time').fill('12:00');
    await dialog.getByTestId('record-decision').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => count('on_hold')).toBe('1');
    await expect(row('bf-next-day').getByTestId('standing-decision').textContent()).resolves.toContain(
      'On hold — Anna Lindqvist, until 29 Nov, 12:00',
    );
    // It runs out before the campaign ends (30 Nov): flagged too.
    await expect(count('decision_expiring')).resolves.toBe('2');
    await page.locator('[data-focus="on_hold"]').click();
    await expect(page.locator('.board-main [data-campaign]').count()).resolves.toBe(1);
  });
});

describe('the HOLD and the acknowledgements beyond the board', () => {
  // Runs after the HOLD above: Black Friday is on hold until 29 Nov, 12:00.
  const hold = 'On hold — Anna Lindqvist, until 29 Nov, 12:00';

  test('the calendar shows the HOLD as its own state, with who acknowledged in the tooltip', async () => {
    await showMonth(page, '2026-11-27');
    const bf = page.getByTestId('event-bf-next-day').first();
    await expect(bf.getAttribute('data-look')).resolves.toBe('on_hold');
    // The tooltip is written when the event is pointed at (issue 13).
    await bf.hover();
    await expect(bf.getAttribute('title')).resolves.toBe(
      `Black Friday: next-day delivery\n${hold}\n2 of 3 departments acknowledged version 2 — Delivery missing`,
    );
    await screenshot(page, 'issue10-calendar-hold');
    await page.getByTestId('view-list').click();
    const listed = page.getByTestId('event-bf-next-day').first();
    await expect(listed.getByTestId('event-acks').textContent()).resolves.toBe(
      '2 of 3 departments acknowledged version 2 — Delivery missing',
    );
    await screenshot(page, 'issue10-calendar-list');
  });

  test('the campaign header and the inbox say it too', async () => {
    await go(page, '#/campaign/bf-next-day');
    await expect(page.getByTestId('decision-status').textContent()).resolves.toContain(hold);
    await expect(
      page.locator('.campaign-header [data-testid="ack-summary"] .ack-text').textContent(),
    ).resolves.toBe('2 of 3 departments acknowledged version 2 — Delivery missing');
    await screenshot(page, 'issue10-campaign');
    await switchTo(page, 'taras');
    await go(page, '#/inbox');
    const row = page.getByTestId('inbox-item-bf-next-day');
    await expect(row.getByTestId('decision-status').textContent()).resolves.toContain(hold);
    await expect(row.locator('.ack-text').textContent()).resolves.toBe(
      '2 of 3 departments acknowledged version 2 — Delivery missing',
    );
    await screenshot(page, 'issue10-inbox');
  });

  test('a concern survives a new version: beside the new request, on the board and in the inbox', async () => {
    const call = async (method: string, input: unknown, person: string): Promise<unknown> => {
      const res = await fetch(`${app.url}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-campaign-desk-person': person },
        body: JSON.stringify({ input }),
      });
      const body = (await res.json()) as { result?: unknown; error?: { message: string } };
      if (!res.ok) throw new Error(body.error?.message ?? res.statusText);
      return body.result;
    };
    await call(
      'acknowledgements.record',
      { campaign: 'bf-next-day', department: 'delivery', version: 2, state: 'concern', note: 'Only 3 vans' },
      'taras',
    );
    const { campaign } = (await call('campaigns.get', { key: 'bf-next-day' }, 'maria')) as {
      campaign: { revision: number };
    };
    // Moving the launch is a material change: version 3, and Delivery must acknowledge again.
    await call(
      'campaigns.reschedule',
      {
        key: 'bf-next-day',
        revision: campaign.revision,
        start: '2026-11-28T00:00:00Z',
        end: '2026-11-30T23:59:59Z',
      },
      'maria',
    );
    const concern = 'Concern raised on version 2: “Only 3 vans” — Taras Bondar, 26 Nov';
    await go(page, '#/inbox');
    const inboxRow = page.getByTestId('inbox-item-bf-next-day');
    await expect.poll(() => inboxRow.getByTestId('earlier-concern').textContent()).toContain(concern);
    await switchTo(page, 'ceo');
    await openBoard();
    await expect(
      row('bf-next-day').locator('[data-testid="earlier-concern"][data-department="delivery"]').textContent(),
    ).resolves.toContain(`Delivery: ${concern}`);
  });
});
