// Every migration keeps the rows people entered, on both engines; a workspace that is up to
// date is opened without change. (SQLite's backup before migrating: ../../integration/store/sqlite.)
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/audit-service.ts';
import { auditHash } from '../../../electron/store/audit-chain.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/store/migrations/index.ts';
import {
  columnsOf,
  ENGINES,
  execSql,
  migrateTo,
  openStoreAt,
  rawSql,
  schemaVersion,
  snapshot,
  useLocation,
} from '../../helpers/engines.ts';
import { dump, version1Rows } from '../../helpers/migration-rows.ts';
import type { StoredCampaign } from '../../../shared/domain.ts';
import type { CampaignQuery } from '../../../electron/store/store.ts';

const open = async (location: string, n?: number) =>
  n === undefined ? (await openStoreAt(location)).close() : migrateTo(location, n);

const EVER = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

/** Every campaign as the store lists it (opening the workspace migrates it to the latest version). */
async function listAll(location: string, query: Partial<CampaignQuery> = {}): Promise<StoredCampaign[]> {
  const store = await openStoreAt(location);
  try {
    return await store.read((tx) => tx.listCampaigns({ ...EVER, ...query }));
  } finally {
    await store.close();
  }
}

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);

  it('migration 1 creates the schema of an empty workspace', async () => {
    await open(location(), 1);
    expect(await schemaVersion(location())).toBe(1);
    await execSql(location(), version1Rows());
    expect((await rawSql(location(), 'SELECT key FROM campaigns'))[0]).toEqual({ key: 'bf' });
  });

  describe.each(MIGRATIONS.filter((m) => m.version >= 2).map((m) => [m.version, m.name] as const))(
    'migration %i (%s)',
    (n) => {
      // By position: numbers may skip while branches that reserve them are merged (0005, 0007 before 0006).
      const at = MIGRATIONS.findIndex((m) => m.version === n);
      it(`keeps the rows of a version ${MIGRATIONS[at - 1]?.version ?? 0} workspace`, async () => {
        await open(location(), at);
        await execSql(location(), version1Rows());
        const columns = await columnsOf(location());
        columns.delete('campaign_desk_schema'); // the version, checked on its own
        const before = await dump(location(), columns);

        await open(location(), at + 1);
        expect(await schemaVersion(location())).toBe(n);
        expect(await dump(location(), columns)).toEqual(before);
        // History stays guarded: by the triggers, and from migration 4 on in PostgreSQL by privilege first.
        await expect(rawSql(location(), 'DELETE FROM acknowledgements')).rejects.toThrow(
          engine === 'postgres' && n >= 4 ? /permission denied for table acknowledgements/ : /append-only/,
        );
      });
    },
  );

  it('migration 3 gives campaigns revision 1 and their last editor, chains the stored audit events, guards history', async () => {
    await open(location(), 2);
    await execSql(location(), version1Rows());
    const t = Date.parse('2026-11-20T08:00:00Z');
    // A later acknowledgement event: it is not a change of the campaign itself.
    await execSql(
      location(),
      `INSERT INTO audit_events (at, actor, action, object_type, object_key, detail)
       VALUES (${t + 3_600_000}, 'taras', 'campaign.acknowledge', 'campaign', 'bf', '{"status":"published"}'),
              (${t + 7_200_000}, 'maria', 'sample.add', 'metric', 'on_time', NULL);`,
    );
    await open(location(), 3);

    expect(await rawSql(location(), 'SELECT key, revision, changed_by, changed_at FROM campaigns')).toEqual([
      { key: 'bf', revision: 1, changed_by: 'maria', changed_at: t },
    ]);
    const events = (await rawSql(location(), 'SELECT * FROM audit_events ORDER BY id')) as {
      id: number;
      at: number;
      actor: string;
      action: string;
      object_type: string;
      object_key: string;
      detail: string | null;
      hash: string;
    }[];
    expect(events).toHaveLength(3);
    let previous = '';
    for (const e of events) {
      const { id, actor, action, detail } = e;
      const at = new Date(e.at).toISOString();
      expect(e.hash).toBe(
        auditHash(previous, {
          id,
          at,
          actor,
          action,
          objectType: e.object_type,
          objectKey: e.object_key,
          detail,
        }),
      );
      previous = e.hash;
    }
    expect(await rawSql(location(), 'SELECT count(*) AS n FROM change_log')).toEqual([{ n: 0 }]);
    // The update trigger lifted while chaining is back; brief versions and samples are history now.
    for (const sql of [
      "UPDATE audit_events SET actor = 'x'",
      "UPDATE brief_versions SET content = '{}'",
      'DELETE FROM samples',
    ])
      await expect(rawSql(location(), sql), sql).rejects.toThrow(/append-only/);

    // The services read the migrated workspace: the chain verifies, the campaign carries its revision.
    const store = await openStoreAt(location());
    try {
      expect(await verifyAuditChain(store)).toEqual({ events: 3 });
      expect(await store.read((tx) => tx.getCampaign('bf'))).toMatchObject({
        revision: 1,
        changedBy: 'maria',
        changedAt: '2026-11-20T08:00:00.000Z',
      });
    } finally {
      await store.close();
    }
  });

  it('migration 4 takes UPDATE and DELETE on history from the app in PostgreSQL and changes nothing in SQLite', async () => {
    await open(location(), 3);
    await execSql(location(), version1Rows());
    const rows = async () => {
      const all = await snapshot(location());
      delete all.campaign_desk_schema; // the version, checked on its own
      return all;
    };
    const before = await rows();
    const tables = async () =>
      engine === 'postgres'
        ? []
        : rawSql(location(), 'SELECT type, name, sql FROM sqlite_master ORDER BY type, name');
    const schema = await tables();
    await open(location(), 4);
    expect(await schemaVersion(location())).toBe(4);
    expect(await rows()).toEqual(before);
    expect(await tables()).toEqual(schema);
    const tryUpdate = "UPDATE acknowledgements SET note = 'rewritten'";
    if (engine === 'sqlite') {
      await expect(rawSql(location(), tryUpdate)).rejects.toThrow(/append-only/);
      return;
    }
    // Before migration 4 the owner could lift the trigger and rewrite a row; now the privilege refuses.
    await expect(
      rawSql(location(), `ALTER TABLE acknowledgements DISABLE TRIGGER USER; ${tryUpdate}`),
    ).rejects.toThrow('permission denied for table acknowledgements');
    expect(await rows()).toEqual(before);
    // Appending still works.
    const store = await openStoreAt(location());
    try {
      await store.write((tx) =>
        tx.addAcknowledgement('bf', {
          department: 'delivery',
          version: 1,
          by: 'taras',
          at: '2026-11-22T10:00:00.000Z',
          state: 'acknowledged',
        }),
      );
    } finally {
      await store.close();
    }
    expect(await rawSql(location(), 'SELECT count(*) AS n FROM acknowledgements')).toEqual([
      { n: (before.acknowledgements?.length ?? 0) + 1 },
    ]);
  });

  it('migration 6 keeps the samples people entered: no range set, the one recorded last still read, and it can be corrected', async () => {
    await open(location(), 4);
    await execSql(location(), version1Rows());
    await open(location(), 6);
    const t = '2026-11-20T08:00:00.000Z';
    const store = await openStoreAt(location());
    try {
      const [metric] = await store.read((tx) => tx.listMetrics());
      expect(metric).toEqual(expect.not.objectContaining({ min: expect.anything() }));
      // Two readings for the same instant and source, stored before corrections existed: the last counts.
      const entries = await store.read((tx) => tx.sampleEntries(metric!.key, t, t));
      expect(entries.map((e) => [e.value, e.corrections])).toEqual([
        [87.5, []],
        [88, []],
      ]);
      await store.write((tx) =>
        tx.addSampleCorrection({
          sampleId: entries[1]!.id,
          value: null,
          reason: 'duplicate',
          by: 'maria',
          at: t,
        }),
      );
      const [latest] = await store.read((tx) => tx.latestSamples([{ metric: metric!.key, at: t }]));
      expect(latest?.value).toBe(87.5);
    } finally {
      await store.close();
    }
    await expect(rawSql(location(), 'DELETE FROM sample_corrections')).rejects.toThrow(
      engine === 'postgres' ? /permission denied for table sample_corrections/ : /append-only/,
    );
  });

  it("migration 8 serves the calendar's child rows from indexes that hold their columns, and the stored rows still load", async () => {
    await open(location(), 7);
    await execSql(location(), version1Rows());
    await open(location(), 8);
    if (engine === 'sqlite') {
      // The calendar's statements (electron/store/sqlite/hydrate.ts): each an index-only read, no sort.
      const reads = {
        acknowledgements_by_campaign_covering: `SELECT campaign_id, department_id, version, person_id, at, state, note
          FROM acknowledgements WHERE campaign_id IN (1, 2) AND at <= 0 ORDER BY campaign_id, id`,
        brief_versions_by_campaign_covering: `SELECT campaign_id, version, published_at, change, published_by
          FROM brief_versions WHERE campaign_id IN (1, 2) AND published_at <= 0 ORDER BY campaign_id, version`,
        campaign_departments_in_order: `SELECT campaign_id, department_id FROM campaign_departments
          WHERE campaign_id IN (1, 2) ORDER BY campaign_id, position`,
      };
      for (const [index, sql] of Object.entries(reads)) {
        const plan = (await rawSql(location(), `EXPLAIN QUERY PLAN ${sql}`)).map((r) => r.detail).join(' ');
        expect(plan).toContain(`COVERING INDEX ${index}`);
        expect(plan).not.toContain('TEMP B-TREE');
      }
      expect(
        await rawSql(location(), `SELECT name FROM sqlite_master WHERE name LIKE 'acknowledgements_by%'`),
      ).toEqual([{ name: 'acknowledgements_by_campaign_covering' }]);
    } else {
      const indexes = await rawSql(
        location(),
        `SELECT indexname, indexdef FROM pg_indexes
         WHERE indexname LIKE '%by_campaign%' OR indexname LIKE '%in_order' ORDER BY indexname`,
      );
      expect(indexes.map((i) => [i.indexname, String(i.indexdef).replace(/^.* USING btree /, '')])).toEqual([
        [
          'acknowledgements_by_campaign_covering',
          '(campaign_id, id) INCLUDE (at, department_id, version, person_id, state, note)',
        ],
        [
          'brief_versions_by_campaign_covering',
          '(campaign_id, version) INCLUDE (published_at, change, published_by)',
        ],
        ['campaign_departments_in_order', '(campaign_id, "position") INCLUDE (department_id)'],
        ['decisions_by_campaign', '(campaign_id, id)'],
      ]);
    }
    // The stored rows, read as the store reads them (once every later migration has run too).
    const [bf] = await listAll(location());
    expect(bf?.briefVersions.map((v) => [v.version, v.publishedBy, v.promise])).toEqual([
      [1, 'maria', 'Next-day delivery'],
    ]);
    expect(bf?.acknowledgements.map((a) => [a.department, a.by, a.state, a.note])).toEqual([
      ['delivery', 'taras', 'concern', 'Two vans in repair'],
    ]);
    expect(bf?.departments).toEqual(['marketing', 'delivery']);
  });

  it('migration 9 finds the acknowledgement in force at any instant from the stored rows, and keeps finding it as rows are added', async () => {
    await open(location(), 8);
    await execSql(location(), version1Rows());
    const t = Date.parse('2026-11-20T08:00:00Z');
    const h = (hours: number) => t + hours * 3_600_000;
    // Delivery (2) on version 1 of bf after version 1's concern at +1 h (id 1): imported out of
    // order (+3 h, then +2 h), and a tie at +3 h recorded last; marketing (1) on version 1; delivery on version 2.
    const ack = (department: number, version: number, at: number, state: string) =>
      `(1, ${department}, ${version}, 2, ${at}, '${state}', NULL)`;
    const insertAcks = (...rows: string[]) =>
      execSql(
        location(),
        `INSERT INTO acknowledgements (campaign_id, department_id, version, person_id, at, state, note) VALUES ${rows.join(', ')}`,
      );
    await insertAcks(
      ack(2, 1, h(3), 'acknowledged'),
      ack(2, 1, h(2), 'acknowledged'),
      ack(2, 1, h(3), 'concern'),
      ack(1, 1, h(2), 'acknowledged'),
      ack(2, 2, h(4), 'acknowledged'),
    );
    await open(location(), 9);
    const inForce = async (hours: number) => {
      const knownAt = new Date(h(hours)).toISOString();
      const [bf] = await listAll(location(), { knownAt, forCalendar: true });
      return (bf?.acknowledgements ?? []).map(
        (a) => `${a.department} v${a.version} +${(Date.parse(a.at) - t) / 3_600_000}h ${a.state}`,
      );
    };
    expect(await inForce(0.5)).toEqual([]);
    expect(await inForce(1)).toEqual(['delivery v1 +1h concern']);
    expect(await inForce(2.5)).toEqual(['delivery v1 +2h acknowledged', 'marketing v1 +2h acknowledged']);
    expect(await inForce(3)).toEqual(['delivery v1 +3h concern', 'marketing v1 +2h acknowledged']);
    expect(await inForce(5)).toEqual([
      'delivery v1 +3h concern',
      'marketing v1 +2h acknowledged',
      'delivery v2 +4h acknowledged',
    ]);
    // Rows added after the migration, by any writer: one between two stored ones, one before them all.
    await insertAcks(ack(2, 1, h(2.5), 'acknowledged'), ack(1, 1, h(0.5), 'concern'));
    expect(await inForce(0.5)).toEqual(['marketing v1 +0.5h concern']);
    expect(await inForce(2.75)).toEqual(['marketing v1 +2h acknowledged', 'delivery v1 +2.5h acknowledged']);
    expect(await inForce(3)).toEqual(['delivery v1 +3h concern', 'marketing v1 +2h acknowledged']);
    // The full read still has every row.
    const [bf] = await listAll(location(), { knownAt: new Date(h(5)).toISOString() });
    expect(bf?.acknowledgements).toHaveLength(8);
  });

  it('migration 10 gives each campaign its department list, versions and first decision from the stored rows, and keeps them as rows change', async () => {
    await open(location(), 9);
    await execSql(location(), version1Rows());
    const t = Date.parse('2026-11-20T08:00:00Z'); // bf: version 1 at t, a decision at t + 2 h
    const h = (hours: number) => t + hours * 3_600_000;
    // A second campaign whose departments and versions were stored out of order, and a third with none.
    await execSql(
      location(),
      `INSERT INTO departments (id, key, name, color) VALUES (3, 'sales', 'Sales', '#1565c0');
       INSERT INTO campaigns (id, key, title, starts_at, ends_at, status, channels, owner_id, draft)
         VALUES (2, 'xmas', 'Christmas', ${h(200)}, ${h(300)}, 'published', '[]', 1, NULL),
                (3, 'idle', 'Idle', ${h(200)}, ${h(300)}, 'draft', '[]', 1, NULL);
       INSERT INTO campaign_departments (campaign_id, department_id, position) VALUES (2, 2, 2), (2, 3, 0), (2, 1, 1);
       INSERT INTO brief_versions (campaign_id, version, published_at, change, published_by, content)
         VALUES (2, 2, ${h(5)}, 'minor', 'maria', '{}'), (2, 1, ${h(1)}, 'material', 'maria', '{}');`,
    );
    await open(location(), 10);
    // What the calendar reads at an instant: departments, versions (number, kind, date), decisions.
    const calendar = async (hours: number) =>
      Object.fromEntries(
        (await listAll(location(), { knownAt: new Date(h(hours)).toISOString(), forCalendar: true })).map(
          (c) => [
            c.key,
            [
              c.departments.join(' '),
              c.briefVersions.map(
                (v) => `v${v.version} ${v.change} +${(Date.parse(v.publishedAt) - t) / 3_600_000}h`,
              ),
              c.decisions.map((d) => `${d.decision} +${(Date.parse(d.at) - t) / 3_600_000}h`),
            ],
          ],
        ),
      );
    expect(await calendar(1.5)).toEqual({
      bf: ['marketing delivery', ['v1 material +0h'], []],
      xmas: ['sales marketing delivery', ['v1 material +1h'], []],
      idle: ['', [], []],
    });
    expect(await calendar(6)).toEqual({
      bf: ['marketing delivery', ['v1 material +0h'], ['go +2h']],
      xmas: ['sales marketing delivery', ['v1 material +1h', 'v2 minor +5h'], []],
      idle: ['', [], []],
    });
    // Any writer keeps them: rows added (out of order), moved and removed with plain SQL.
    await execSql(
      location(),
      `INSERT INTO campaign_departments (campaign_id, department_id, position) VALUES (3, 3, 5), (3, 2, 4);
       UPDATE campaign_departments SET position = 3 WHERE campaign_id = 2 AND department_id = 3;
       DELETE FROM campaign_departments WHERE campaign_id = 1 AND department_id = 2;
       INSERT INTO brief_versions (campaign_id, version, published_at, change, published_by, content)
         VALUES (1, 2, ${h(4)}, 'minor', 'maria', '{}');
       INSERT INTO decisions (campaign_id, decision, person_id, at, expires, note, flags)
         VALUES (2, 'hold', 1, ${h(3)}, NULL, 'Stock', NULL), (2, 'go', 1, ${h(1)}, NULL, 'Stock in', NULL);`,
    );
    expect(await calendar(2)).toEqual({
      bf: ['marketing', ['v1 material +0h'], ['go +2h']],
      xmas: ['marketing delivery sales', ['v1 material +1h'], ['go +1h']],
      idle: ['delivery sales', [], []],
    });
    expect(await calendar(6)).toEqual({
      bf: ['marketing', ['v1 material +0h', 'v2 minor +4h'], ['go +2h']],
      xmas: ['marketing delivery sales', ['v1 material +1h', 'v2 minor +5h'], ['hold +3h', 'go +1h']],
      idle: ['delivery sales', [], []],
    });
    // And the store's own writes (a campaign's departments replaced).
    const store = await openStoreAt(location());
    try {
      await store.write(async (tx) => {
        const idle = await tx.getCampaign('idle');
        if (!idle) throw new Error('idle is gone');
        await tx.upsertCampaign({ ...idle, departments: ['sales', 'marketing'] });
      });
      expect((await store.read((tx) => tx.getCampaign('idle')))?.departments).toEqual(['sales', 'marketing']);
    } finally {
      await store.close();
    }
  });

  it('an up-to-date workspace is opened without changing anything', async () => {
    await open(location());
    await execSql(location(), version1Rows());
    const before = await snapshot(location());
    await open(location());
    expect(await schemaVersion(location())).toBe(LATEST_VERSION);
    expect(await snapshot(location())).toEqual(before);
  });
});
