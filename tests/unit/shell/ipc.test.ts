// The API table over IPC, end to end on a real SQLite workspace: only the app's
// own page may call, every method validates its input before anything is written,
// errors arrive as typed values and changes reach the window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, METHODS, type Method } from '../../../shared/api.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { startApp, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let s: Started;
beforeEach(async () => {
  s = await startApp();
});
afterEach(async () => {
  await s.close();
});

/** The audit trail's length, read as the admin (the trail is for admins and leadership). */
async function auditCount(): Promise<number> {
  const response = await s.call('audit.list', { limit: 1000 }, 'admin');
  if (response.ok) return (response.result as unknown[]).length;
  // An empty workspace has no admin yet, and nothing was ever audited in it.
  if ((await s.app.workspace.call('workspace.info', {})).empty) return 0;
  throw new Error(`cannot read the audit trail: ${JSON.stringify(response)}`);
}

/** For each method with fields, an input with one field of the wrong type. */
const WRONG_FIELD: Partial<Record<Method, unknown>> = {
  // The document is checked by the service against the interchange schema (admin only once data exists).
  'workspace.import': { document: 42 },
  'audit.list': { limit: 'ten' },
  'campaigns.list': { from: 20261101, to: '2026-12-01T00:00:00Z' },
  'campaigns.get': { key: 42 },
  'campaigns.create': { title: 'Sale', start: true, end: '2026-12-01T00:00:00Z' },
  'campaigns.update': { key: 'bf-next-day', title: ['not', 'a', 'string'] },
  'campaigns.publish': { key: 'bf-next-day', change: 'huge' },
  'campaigns.reschedule': { key: 'bf-next-day', start: 'tomorrow', end: '2026-12-01T00:00:00Z' },
  'campaigns.cancel': { key: { $ne: null } },
  'acknowledgements.record': { campaign: 'bf-next-day', department: 'delivery', state: 1 },
  'decisions.record': { campaign: 'bf-next-day', decision: 'go', note: 7 },
  'inbox.list': { department: null },
  'metrics.list': { at: 5 },
  'metrics.define': { metric: 'on_time_delivery' },
  'samples.list': { metric: 'on_time_delivery', from: {}, to: '2026-12-01T00:00:00Z' },
  'samples.add': { metric: 'on_time_delivery', at: '2026-11-20T08:00:00Z', value: '87.5' },
  'samples.importCsv': { csv: 12 },
  'samples.history': { metric: 'on_time_delivery', from: '2026-11-01T00:00:00Z', to: 7 },
  'samples.correct': { metric: 'on_time_delivery', sampleId: 1, value: 'ninety', reason: 'typo' },
  'samples.withdraw': { metric: 'on_time_delivery', sampleId: -1, reason: 'typo' },
  'readiness.report': { horizonDays: -3 },
  'board.get': { at: 'tomorrow' },
  'campaigns.search': { query: 5 },
  'settings.set': { horizonDays: 'seven' },
  'reports.acknowledgementsCsv': { campaign: 3 },
  'reports.acknowledgements': { format: 'pdf' },
  'reports.readiness': { format: 'xlsx', locale: '<script>' },
  'reports.calendarIcs': { department: ['delivery'] },
  'departments.define': { department: { key: 'logistics', name: 'Logistics', color: 7 } },
  'people.define': { person: { key: 'jonas', name: 'Jonas', department: 'delivery', roles: 'member' } },
  'workspace.setup': { department: 'care', person: { key: 'ingrid', name: 'Ingrid', roles: [] } },
  'people.setPassword': { person: 'maria', password: 12345678901234 },
  'sessions.end': { id: 42 },
  'tokens.create': { name: 'helpdesk', scope: 'samples:read' },
  'tokens.revoke': { name: ['helpdesk'] },
  'calendarLinks.create': { department: 42 },
  'departments.update': { key: 'sales', color: 'red' },
  'departments.archive': { key: 'no spaces' },
  'people.archive': { key: 42 },
};

function hasFields(method: Method): boolean {
  return Object.keys((api[method].input as unknown as { shape: object }).shape).length > 0;
}

describe('who may call', () => {
  it('refuses a call from a frame showing another URL, and writes nothing', async () => {
    const event = { sender: s.window.webContents, senderFrame: { url: 'https://evil.example/' } };
    const response = await s.call('workspace.loadSample', {}, undefined, event);
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await s.app.workspace.call('workspace.info', {})).empty).toBe(true);
    expect(await auditCount()).toBe(0);
  });

  it('refuses a call from another webContents even with the app URL, and writes nothing', async () => {
    const other = new fake.FakeWebContents();
    const event = { sender: other, senderFrame: s.trusted().senderFrame };
    const response = await s.call('workspace.loadSample', {}, undefined, event);
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await auditCount()).toBe(0);
  });

  it('refuses a call whose frame is gone', async () => {
    const event = { sender: s.window.webContents, senderFrame: null };
    expect(await s.call('workspace.info', {}, undefined, event)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses calls once the window is closed', async () => {
    const event = s.trusted();
    s.window.close();
    expect(await s.call('workspace.info', {}, undefined, event)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('input validation on every method', () => {
  it('has a wrong-field case for every method that takes fields', () => {
    const withFields = METHODS.filter(hasFields).sort();
    expect(Object.keys(WRONG_FIELD).sort()).toEqual(withFields);
  });

  it.each(METHODS)(
    '%s: a number instead of the input is invalid_input and writes nothing',
    async (method) => {
      const response = await s.call(method, 42, 'admin');
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await auditCount()).toBe(0);
      expect((await s.app.workspace.call('workspace.info', {})).empty).toBe(true);
    },
  );

  it.each(METHODS.filter(hasFields))(
    '%s: a field of the wrong type is invalid_input with its problems, and writes nothing',
    async (method) => {
      const loaded = await s.call('workspace.loadSample', {});
      expect(loaded.ok).toBe(true);
      const before = await auditCount();
      const exported = await s.call('workspace.export', {});
      // People who may do the thing, so only the input stands in the way.
      for (const person of method === 'workspace.import' ? ['admin'] : ['maria', 'admin']) {
        const response = await s.call(method, WRONG_FIELD[method], person);
        expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (!response.ok) expect(response.error.problems?.length).toBeGreaterThan(0);
      }
      expect(await auditCount()).toBe(before);
      expect(await s.call('workspace.export', {})).toEqual(exported);
    },
  );

  it('an unknown method is not_found', async () => {
    expect(await s.call('workspace.drop', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('results and changes', () => {
  it('a valid call returns its result, and the change reaches the window', async () => {
    const response = await s.call('workspace.loadSample', {});
    expect(response).toMatchObject({ ok: true, result: { campaigns: 5, people: 6 } });
    expect(s.window.webContents.send).toHaveBeenCalledWith(
      IPC.change,
      expect.objectContaining({ entity: 'workspace', action: 'import' }),
    );
    const info = await s.call('workspace.info', {});
    expect(info).toMatchObject({ ok: true, result: { empty: false } });
  });

  it('a refused action comes back typed, with the message and its translatable key', async () => {
    await s.call('workspace.loadSample', {});
    const response = await s.call(
      'campaigns.create',
      { title: 'Door signs', start: '2027-01-10T08:00:00Z', end: '2027-01-20T08:00:00Z' },
      'taras',
    );
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringContaining('Taras Bondar cannot create campaigns'),
        key: 'forbidden_role',
        params: { name: 'Taras Bondar', doing: 'create_campaigns', role: 'marketing' },
      },
    });
  });

  it('a change made as a person carries that person', async () => {
    await s.call('workspace.loadSample', {});
    s.window.webContents.send.mockClear();
    const created = await s.call(
      'campaigns.create',
      { title: 'Door signs', start: '2027-01-10T08:00:00Z', end: '2027-01-20T08:00:00Z' },
      'maria',
    );
    expect(created).toMatchObject({ ok: true, result: { title: 'Door signs', owner: 'maria' } });
    expect(s.window.webContents.send).toHaveBeenCalledWith(
      IPC.change,
      expect.objectContaining({ entity: 'campaign', actor: 'maria' }),
    );
  });
});
