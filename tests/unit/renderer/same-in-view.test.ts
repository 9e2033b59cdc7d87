import { describe, expect, test } from 'vitest';
import { keepIfSameInView } from '../../../renderer/src/views/calendar/same-in-view.ts';

const event = (id: string, start: string, end?: string) => ({ id, start, ...(end ? { end } : {}) });
// The grid of June 2026 (Monday 1 June to Sunday 12 July); the early month's window is wider.
const grid = { from: '2026-06-01T00:00:00.000Z', to: '2026-07-13T00:00:00.000Z' };
const before = event('before', '2026-05-20T00:00:00.000Z', '2026-05-28T23:59:59.000Z');
const inside = event('inside', '2026-06-10T00:00:00.000Z', '2026-06-12T23:59:59.000Z');
const across = event('across', '2026-05-28T00:00:00.000Z', '2026-06-02T23:59:59.000Z');
const after = event('after', '2026-07-15T00:00:00.000Z', '2026-07-16T23:59:59.000Z');

describe('the events FullCalendar keeps', () => {
  test('the early window, when the grid’s own list differs only outside the grid', () => {
    const shown = [before, across, inside, after];
    expect(keepIfSameInView(shown, [across, inside], grid)).toBe(shown);
  });

  test('the new list when a campaign in view is gone, has come, or is another object', () => {
    const shown = [before, across, inside];
    expect(keepIfSameInView(shown, [inside], grid)).toEqual([inside]);
    const added = event('added', '2026-06-20T00:00:00.000Z', '2026-06-21T00:00:00.000Z');
    expect(keepIfSameInView(shown, [across, inside, added], grid)).toEqual([across, inside, added]);
    const changed = { ...inside, title: 'Renamed' };
    expect(keepIfSameInView(shown, [across, changed], grid)).toEqual([across, changed]);
  });

  test('an empty period shows nothing of what was in view', () => {
    expect(keepIfSameInView([before, inside], [], grid)).toEqual([]);
  });

  test('events without an end (the list view’s) are never left behind', () => {
    const listed = event('listed', '2026-05-20T00:00:00.000Z');
    expect(keepIfSameInView([listed, inside], [inside], grid)).toEqual([inside]);
  });

  test('the new list until the calendar has named its period', () => {
    const shown = [before, inside];
    expect(keepIfSameInView(shown, [inside], undefined)).toEqual([inside]);
    expect(keepIfSameInView(undefined, [inside], grid)).toEqual([inside]);
  });
});
