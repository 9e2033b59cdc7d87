// Every write leaves an audit event naming who did what to which object.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../shared/api.ts';
import { fixtureDocument } from '../../helpers/files.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
let ws: TestWorkspace;

beforeEach(() => {
  ws = openWorkspace(path.join(tempDir(), 'workspace.sqlite'));
});
afterEach(() => ws.close());

const audit = async (): Promise<AuditEvent[]> => (await ws.call('audit.list', { limit: 1000 })).reverse();
const shape = (e: AuditEvent) => [e.actor, e.action, e.objectType, e.objectKey];

describe('audit trail', () => {
  it('records the import, then each campaign write with the person who made it', async () => {
    await ws.call('workspace.import', { document: fixtureDocument() });
    // Into a workspace holding data, only an admin may import; the event names them.
    await ws.call('workspace.import', { document: fixtureDocument() }, 'admin');
    expect((await audit()).map(shape)).toEqual([
      ['system:cli', 'workspace.import', 'workspace', ''],
      ['admin', 'workspace.import', 'workspace', ''],
    ]);

    const c = await ws.call(
      'campaigns.create',
      {
        title: 'Gift cards',
        start: '2026-12-10T08:00:00Z',
        end: '2026-12-12T20:00:00Z',
        departments: ['delivery'],
      },
      'maria',
    );
    await ws.call('campaigns.publish', { key: c.key, revision: c.revision, change: 'material' }, 'maria');
    await ws.call(
      'acknowledgements.record',
      { campaign: c.key, department: 'delivery', version: 1, state: 'acknowledged' },
      'taras',
    );
    await ws.call('decisions.record', { campaign: c.key, decision: 'go', note: 'All set' }, 'ceo');

    const events = await audit();
    expect(events.slice(2).map(shape)).toEqual([
      ['maria', 'campaign.create', 'campaign', c.key],
      ['maria', 'campaign.publish', 'campaign', c.key],
      ['taras', 'campaign.acknowledge', 'campaign', c.key],
      ['ceo', 'campaign.decide', 'campaign', c.key],
    ]);
    // Each event says what the campaign looked like after the change.
    expect(JSON.parse(events[3]?.detail ?? '{}')).toMatchObject({
      title: 'Gift cards',
      status: 'published',
      version: 1,
    });
    expect(events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it('a refused write leaves no audit event', async () => {
    await ws.call('workspace.import', { document: fixtureDocument() });
    const before = await audit();
    await expect(
      ws.call(
        'acknowledgements.record',
        { campaign: 'bf-next-day', department: 'delivery', version: 2, state: 'acknowledged' },
        'olena',
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(ws.call('workspace.import', { document: fixtureDocument() }, 'maria')).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
    expect(await audit()).toEqual(before);
  });

  it('sample writes are audited too', async () => {
    await ws.call('workspace.import', { document: fixtureDocument() });
    await ws.call(
      'samples.add',
      { metric: 'on_time_delivery', at: '2026-11-22T09:00:00Z', value: 93 },
      'taras',
    );
    await ws.call(
      'samples.importCsv',
      { csv: 'metric,at,value\nsupport_backlog,2026-11-22T09:00:00Z,310\n' },
      'olena',
    );
    expect((await audit()).slice(1).map(shape)).toEqual([
      ['taras', 'sample.add', 'metric', 'on_time_delivery'],
      ['olena', 'sample.import', 'metric', 'support_backlog'],
    ]);
  });
});
