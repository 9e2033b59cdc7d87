// The .ics feed as calendar programs read it (RFC 5545, parsed with ical.js): stable and
// globally unique UIDs, SEQUENCE up with every change, cancelled campaigns kept as cancelled,
// transparent events, whole days as dates in the workspace's zone.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

async function feed(department?: string) {
  const text = await ws.call('reports.calendarIcs', department ? { department } : {});
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({
    event: new ICAL.Event(v),
    prop: (name: string) => v.getFirstPropertyValue(name),
  }));
  const find = (key: string) => events.find((e) => e.event.uid.startsWith(`${key}@`))!;
  return { text, calendar, events, find };
}

/** The revision a change must name (spec §6: changes to an older one are refused). */
const revision = async () => (await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign.revision;

describe('calendar feed', () => {
  it('UIDs are KEY@<workspace id>.campaigndesk and stay the same across exports', async () => {
    const first = await feed();
    const uid = first.find('bf-next-day').event.uid;
    expect(uid).toMatch(/^bf-next-day@[0-9a-f-]{36}\.campaigndesk$/);
    const second = (await feed()).find('bf-next-day');
    expect(second.event.uid).toBe(uid);
    // Nothing changed: no higher SEQUENCE, so calendars do not announce an update.
    expect(second.prop('sequence')).toBe(first.find('bf-next-day').prop('sequence'));
    expect(first.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('a reschedule raises SEQUENCE; a cancelled campaign stays, as CANCELLED with a higher SEQUENCE', async () => {
    const before = (await feed()).find('bf-next-day');
    const sequence = Number(before.prop('sequence'));
    await ws.call(
      'campaigns.reschedule',
      {
        key: 'bf-next-day',
        revision: await revision(),
        start: '2026-11-28T00:00:00Z',
        end: '2026-11-30T23:59:59Z',
      },
      'maria',
    );
    const moved = (await feed()).find('bf-next-day');
    expect(Number(moved.prop('sequence'))).toBeGreaterThan(sequence);
    // The same event for calendar programs: the UID does not follow the change.
    expect(moved.event.uid).toBe(before.event.uid);
    expect(moved.event.startDate.toString()).toBe('2026-11-28');

    await ws.call('campaigns.cancel', { key: 'bf-next-day', revision: await revision() }, 'maria');
    const cancelled = (await feed()).find('bf-next-day');
    expect(cancelled.prop('status')).toBe('CANCELLED');
    expect(cancelled.event.uid).toBe(before.event.uid);
    expect(Number(cancelled.prop('sequence'))).toBeGreaterThan(Number(moved.prop('sequence')));
  });

  it('campaigns do not make departments busy; readiness is in the description, not the title', async () => {
    const { events, find } = await feed();
    expect(events.every((e) => e.prop('transp') === 'TRANSPARENT')).toBe(true);
    const bf = find('bf-next-day');
    expect(bf.event.summary).toBe('Black Friday: next-day delivery');
    expect(bf.event.description).toMatch(/^Readiness: Not ready \(as of .*, UTC\)/);
  });

  it('a whole-day window is dates in the workspace zone: it does not spill into the next day in Kyiv', async () => {
    await ws.call('settings.set', { timeZone: 'Europe/Kyiv' });
    // Midnight 27 Nov to the last second of 30 Nov, Kyiv time (UTC+2).
    await ws.call(
      'campaigns.reschedule',
      {
        key: 'bf-next-day',
        revision: await revision(),
        start: '2026-11-26T22:00:00Z',
        end: '2026-11-30T21:59:59Z',
      },
      'maria',
    );
    const bf = (await feed()).find('bf-next-day').event;
    expect(bf.startDate.isDate).toBe(true);
    expect(bf.startDate.toString()).toBe('2026-11-27');
    // DTEND of a date is exclusive: the last day is 30 November.
    expect(bf.endDate.toString()).toBe('2026-12-01');
    // A window that is not whole days in Kyiv stays a timed event with its instants.
    const winter = (await feed()).find('winter-signs').event;
    expect(winter.startDate.isDate).toBe(false);
    expect(winter.startDate.toJSDate().toISOString()).toBe('2026-11-16T07:00:00.000Z');
  });

  it("a department's feed is named for it", async () => {
    const { calendar } = await feed('delivery');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Campaign Desk — Delivery');
  });
});
