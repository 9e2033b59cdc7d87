// The calendar's period cache: the next and previous periods are fetched in the background
// after one loads, so switching to them needs no request and shows the same campaigns the
// server would; a change in the workspace (new revision) loads again.
import { describe, expect, test } from 'vitest';
import type { CalendarItem } from '../../../shared/api.ts';
import { RangeCache, type Range } from '../../../renderer/src/views/calendar/range-cache.ts';

function item(key: string, start: string, end: string): CalendarItem {
  return {
    key,
    title: key,
    start: `${start}T00:00:00.000Z`,
    end: `${end}T23:59:59.000Z`,
    status: 'published',
    channels: ['email'],
    departments: ['marketing'],
    owner: 'maria',
    revision: 1,
    currentVersion: 1,
    readiness: 'ready',
    launchedWhileFailing: false,
    awaiting: [],
    acknowledgements: { version: 1, departments: [], acknowledged: 0, required: 0 },
  };
}

const CAMPAIGNS = [
  item('oct', '2026-10-10', '2026-10-12'),
  item('oct-nov', '2026-10-28', '2026-11-03'),
  item('nov', '2026-11-15', '2026-11-16'),
  item('nov-dec', '2026-11-29', '2026-12-02'),
  item('dec', '2026-12-20', '2026-12-24'),
];
const NOV: Range = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
const DEC: Range = { from: '2026-12-01T00:00:00.000Z', to: '2026-12-31T00:00:00.000Z' };
const OCT: Range = { from: '2026-10-02T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' };

/** campaigns.list as the server answers it, counting the requests. */
function server() {
  const requests: Range[] = [];
  const fetch = (range: Range) => {
    requests.push(range);
    return Promise.resolve(CAMPAIGNS.filter((c) => c.start <= range.to && c.end >= range.from));
  };
  return { requests, cache: new RangeCache(fetch, 0) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const keys = (items: CalendarItem[]) => items.map((i) => i.key);

describe('RangeCache', () => {
  test('a period loads once; the periods either side are then ready without a request', async () => {
    const { requests, cache } = server();
    expect(keys(await cache.get(NOV, 1))).toEqual(['oct-nov', 'nov', 'nov-dec']);
    await settle();
    const afterPrefetch = requests.length;
    expect(afterPrefetch).toBe(3);
    expect(keys(await cache.get(DEC, 1))).toEqual(['nov-dec', 'dec']);
    expect(keys(await cache.get(OCT, 1))).toEqual(['oct', 'oct-nov']);
    expect(requests.length).toBe(afterPrefetch);
  });

  test('a period spanning two loaded ones gets each campaign once, in start order', async () => {
    const { requests, cache } = server();
    await cache.get(NOV, 1);
    await settle();
    const count = requests.length;
    const across = { from: '2026-11-10T00:00:00.000Z', to: '2026-12-21T00:00:00.000Z' };
    expect(keys(await cache.get(across, 1))).toEqual(['nov', 'nov-dec', 'dec']);
    expect(requests.length).toBe(count);
  });

  test('a switch while the next period is still on its way waits for it instead of asking again', async () => {
    const requests: Range[] = [];
    const slow = new RangeCache((range) => {
      requests.push(range);
      return new Promise((resolve) =>
        setTimeout(() => resolve(CAMPAIGNS.filter((c) => c.start <= range.to && c.end >= range.from)), 20),
      );
    }, 0);
    await slow.get(NOV, 1);
    await new Promise((resolve) => setTimeout(resolve, 1)); // the prefetch has left, not come back
    expect(keys(await slow.get(DEC, 1))).toEqual(['nov-dec', 'dec']);
    expect(requests).toHaveLength(3);
  });

  test('after a change in the workspace the period is asked for again', async () => {
    const { requests, cache } = server();
    await cache.get(NOV, 1);
    await settle();
    const count = requests.length;
    await cache.get(NOV, 2);
    expect(requests.length).toBe(count + 1);
    expect(requests.at(-1)).toEqual(NOV);
  });

  test('peek gives a loaded period at once (the calendar mounts with it), nothing before it is in or after a change', async () => {
    const { cache } = server();
    expect(cache.peek(NOV, 1)).toBeUndefined();
    const loading = cache.get(NOV, 1, { neighbours: false });
    expect(cache.peek(NOV, 1)).toBeUndefined();
    await loading;
    expect(keys(cache.peek(NOV, 1) ?? [])).toEqual(['oct-nov', 'nov', 'nov-dec']);
    expect(cache.peek(DEC, 1)).toBeUndefined();
    expect(cache.peek(NOV, 2)).toBeUndefined();
  });
});
