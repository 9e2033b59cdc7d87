import { describe, expect, test } from 'vitest';
import type { CalendarItem } from '../../../shared/api.ts';
import type { Person } from '../../../shared/domain.ts';
import {
  calendarLook,
  channelsOf,
  matchesFilters,
} from '../../../renderer/src/views/calendar/calendar-events.ts';
import type { CalendarFilters } from '../../../renderer/src/views/calendar/calendar-state.ts';

function item(over: Partial<CalendarItem>): CalendarItem {
  return {
    key: 'c',
    title: 'C',
    start: '2026-12-01T00:00:00.000Z',
    end: '2026-12-02T00:00:00.000Z',
    status: 'published',
    channels: ['email'],
    departments: ['marketing', 'delivery'],
    owner: 'maria',
    revision: 1,
    currentVersion: 1,
    readiness: 'ready',
    launchedWhileFailing: false,
    awaiting: [],
    ...over,
  };
}
const noFilters: CalendarFilters = { channel: '', department: '', status: 'active', mine: false };
const olena: Person = { key: 'olena', name: 'Olena', department: 'support', roles: ['member'] };

describe('how a campaign looks on the calendar', () => {
  test('drafts and cancelled campaigns look like what they are, whatever their readiness', () => {
    expect(calendarLook(item({ status: 'draft', readiness: 'not_ready' }))).toBe('draft');
    expect(calendarLook(item({ status: 'cancelled' }))).toBe('cancelled');
  });
  test('an ended campaign that launched while failing is told apart from a plain ended one', () => {
    expect(calendarLook(item({ readiness: 'ended', launchedWhileFailing: true }))).toBe('ended_failing');
    expect(calendarLook(item({ readiness: 'ended' }))).toBe('ended');
    expect(calendarLook(item({ readiness: 'ready_by_decision' }))).toBe('ready_by_decision');
  });
});

describe('calendar filters', () => {
  test('cancelled campaigns are hidden unless the status filter lets them in', () => {
    const cancelled = item({ status: 'cancelled' });
    expect(matchesFilters(cancelled, noFilters, undefined)).toBe(false);
    expect(matchesFilters(cancelled, { ...noFilters, status: 'cancelled' }, undefined)).toBe(true);
    expect(matchesFilters(cancelled, { ...noFilters, status: 'all' }, undefined)).toBe(true);
    expect(matchesFilters(item({ status: 'draft' }), noFilters, undefined)).toBe(true);
    expect(matchesFilters(item({ status: 'draft' }), { ...noFilters, status: 'published' }, undefined)).toBe(
      false,
    );
  });
  test('channel and department filters keep only matching campaigns', () => {
    expect(matchesFilters(item({}), { ...noFilters, channel: 'print' }, undefined)).toBe(false);
    expect(matchesFilters(item({}), { ...noFilters, channel: 'email' }, undefined)).toBe(true);
    expect(matchesFilters(item({}), { ...noFilters, department: 'sales' }, undefined)).toBe(false);
  });
  test("my department's obligations: only campaigns affecting the person's department", () => {
    const mine = { ...noFilters, mine: true };
    expect(matchesFilters(item({}), mine, olena)).toBe(false);
    expect(matchesFilters(item({ departments: ['marketing', 'support'] }), mine, olena)).toBe(true);
  });
  test('the channel filter offers every channel in view once, sorted', () => {
    expect(channelsOf([item({ channels: ['web', 'email'] }), item({ channels: ['email'] })])).toEqual([
      'email',
      'web',
    ]);
  });
});
