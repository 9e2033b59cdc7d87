// The exports people take out of the app: the .ics calendar must open in a
// calendar program, the acknowledgement matrix in a spreadsheet.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { createFixtureWorkspace, openWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();

async function fixture() {
  const file = path.join(tempDir(), 'workspace.sqlite');
  await createFixtureWorkspace(file);
  return openWorkspace(file);
}

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
}

function events(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      // The key: the rest of the UID is the workspace's id (see calendar.test.ts).
      uid: event.uid.split('@')[0]!,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('reports.calendarIcs', () => {
  it('holds one event per published campaign with its dates and readiness in the description', async () => {
    const ws = await fixture();
    try {
      const parsed = events(await ws.call('reports.calendarIcs', {}));
      expect(parsed.map((e) => e.uid).sort()).toEqual([
        'autumn-install',
        'bf-next-day',
        'spring-catalogue',
        'winter-signs',
      ]);
      const bf = parsed.find((e) => e.uid === 'bf-next-day');
      // The workspace zone is UTC: midnight to the last second is whole days, 27–30 November.
      expect(bf).toMatchObject({
        uid: 'bf-next-day',
        summary: 'Black Friday: next-day delivery',
        start: '2026-11-27T00:00:00.000Z',
        end: '2026-12-01T00:00:00.000Z',
      });
      expect(bf?.description).toContain('Readiness: Not ready');
      const winter = parsed.find((e) => e.uid === 'winter-signs');
      expect(winter?.description).toContain('Readiness: Ready by decision');
      // A standing decision is the status, in the title (issue 10).
      expect(winter?.summary).toBe(
        '[GO by Anna Lindqvist, until Dec 1, 12:00 AM UTC] Winter window-sign sale',
      );
      expect(winter?.start).toBe('2026-11-16T07:00:00.000Z');
      const autumn = parsed.find((e) => e.uid === 'autumn-install');
      expect(autumn?.description).toContain('Readiness: Launched while failing');
    } finally {
      await ws.close();
    }
  });

  it('names a standing HOLD as the status, and says in the description who acknowledged', async () => {
    const ws = await fixture();
    try {
      await ws.call(
        'decisions.record',
        {
          campaign: 'bf-next-day',
          decision: 'hold',
          note: 'Couriers short',
          expires: '2026-11-25T12:00:00Z',
        },
        'ceo',
      );
      const ics = await ws.call('reports.calendarIcs', { language: 'en-GB' });
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const bf = calendar
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .find((e) => e.uid.startsWith('bf-next-day@'));
      expect(bf?.summary).toBe(
        '[On hold — Anna Lindqvist, until 25 Nov, 12:00 UTC] Black Friday: next-day delivery',
      );
      expect(bf?.description).toContain(
        '\n\n1 of 3 departments acknowledged version 2 — Delivery and Sales missing\n\n',
      );
    } finally {
      await ws.close();
    }
  });

  it("for one department holds only that department's campaigns, in the asked language", async () => {
    const ws = await fixture();
    try {
      const parsed = events(await ws.call('reports.calendarIcs', { department: 'delivery', language: 'sv' }));
      expect(parsed.map((e) => e.uid).sort()).toEqual(['autumn-install', 'bf-next-day']);
      expect(parsed.find((e) => e.uid === 'bf-next-day')?.description).toContain('Beredskap: Inte redo');
      await expect(ws.call('reports.calendarIcs', { department: 'nobody' })).rejects.toThrow(
        /no department "nobody"/,
      );
    } finally {
      await ws.close();
    }
  });
});

describe('reports.acknowledgementsCsv', () => {
  it('has one row per department × campaign with state, version, who, when and staleness', async () => {
    const ws = await fixture();
    try {
      const rows = parse(await ws.call('reports.acknowledgementsCsv', {}), { columns: true }) as Record<
        string,
        string
      >[];
      expect(rows.map((r) => `${r.campaign}/${r.department}`).sort()).toEqual([
        'autumn-install/Customer Support',
        'autumn-install/Delivery',
        'bf-next-day/Customer Support',
        'bf-next-day/Delivery',
        'bf-next-day/Sales',
        'spring-catalogue/Sales',
        'winter-signs/Customer Support',
        'winter-signs/Sales',
      ]);
      const row = (c: string, d: string) => rows.find((r) => r.campaign === c && r.department === d);
      // Delivery acknowledged version 1; version 2 changed materially.
      expect(row('bf-next-day', 'Delivery')).toMatchObject({
        state: 'acknowledged',
        version: '1',
        current_version: '2',
        by: 'Taras Bondar',
        at: '2026-11-11T10:00:00.000Z',
        stale: 'true',
      });
      expect(row('bf-next-day', 'Sales')).toMatchObject({ state: 'missing', version: '', stale: 'false' });
      expect(row('winter-signs', 'Customer Support')).toMatchObject({
        state: 'concern',
        note: 'Two agents on leave until 1 December',
        stale: 'false',
      });
      // Version 2 of the winter sale was minor: Sales' acknowledgement of version 1 still holds.
      expect(row('winter-signs', 'Sales')).toMatchObject({
        version: '1',
        current_version: '2',
        stale: 'false',
      });
    } finally {
      await ws.close();
    }
  });

  it('for one campaign holds only its rows', async () => {
    const ws = await fixture();
    try {
      const rows = parse(await ws.call('reports.acknowledgementsCsv', { campaign: 'autumn-install' }), {
        columns: true,
      }) as Record<string, string>[];
      expect(rows.map((r) => r.department)).toEqual(['Delivery', 'Customer Support']);
    } finally {
      await ws.close();
    }
  });
});

describe('settings', () => {
  it('keeps the readiness settings in the workspace and the board uses them', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    await createFixtureWorkspace(file);
    let ws = openWorkspace(file);
    try {
      await expect(ws.call('settings.set', { horizonDays: 3 }, 'olena')).rejects.toThrow(
        /leadership or admin/,
      );
      expect(await ws.call('settings.set', { horizonDays: 3 }, 'ceo')).toEqual({
        horizonDays: 3,
        lookbackDays: 90,
        ackDeadlineDays: 3,
        timeZone: 'UTC',
      });
    } finally {
      await ws.close();
    }
    ws = openWorkspace(file);
    try {
      expect((await ws.call('settings.get', {})).horizonDays).toBe(3);
      // 26 Nov with a 3-day horizon still reaches the 27 Nov launch; 20 Nov does not.
      const early = await ws.call('readiness.report', { at: '2026-11-20T12:00:00Z' });
      expect(early.campaigns.map((c) => c.key)).not.toContain('bf-next-day');
      const late = await ws.call('readiness.report', { at: '2026-11-26T09:00:00Z' });
      expect(late.campaigns.map((c) => c.key)).toContain('bf-next-day');
    } finally {
      await ws.close();
    }
  });
});
