// The PostgreSQL workspace (a company's shared one). Reads run in a REPEATABLE READ snapshot;
// writes in a SERIALIZABLE transaction, retried when PostgreSQL reports that a concurrent
// transaction got in the way (40001, 40P01), so concurrent writers never overwrite each other.
import type pg from 'pg';
import type {
  Acknowledgement,
  BriefVersion,
  CampaignStatus,
  CampaignSummary,
  Decision,
  Department,
  Metric,
  Person,
  Role,
  Sample,
  SampleEntry,
  StoredCampaign,
} from '../../../shared/domain.ts';
import type { AuditEvent } from '../../../shared/api.ts';
import { isoFromMs as iso } from '../../../shared/instant.ts';
import type {
  CampaignQuery,
  CampaignRow,
  ChainedAuditEvent,
  NewAuditEvent,
  NewChange,
  NewSampleCorrection,
  StoredChange,
  SampleRequest,
  Store,
  StoreReader,
  StoreWriter,
} from '../store.ts';
import type { SampleColumns } from '../../../shared/schemas/sample-columns.ts';
import type { Migration } from '../migrations/index.ts';
import { UnsupportedByEngineError } from '../errors.ts';
import {
  briefContent,
  campaignSummary,
  containsPattern,
  childrenOf,
  hydrateCampaigns,
  type CampaignDbRow,
} from '../hydrate.ts';
import { inIndexOrder, withoutStored, type SampleRow } from '../sample-rows.ts';
import {
  inForce,
  KNOWN_ALWAYS,
  LATEST_CORRECTION,
  metricOfRow,
  sampleEntries,
  type CorrectedRow,
  type CorrectionRow,
} from '../sample-corrections.ts';
import { auditHash, CHAIN_START } from '../audit-chain.ts';
import { AccessQueries } from '../access.ts';
import { CHANGE_CHANNEL, ChangeListener } from './change-listener.ts';
import { createPool, displayUrl } from './pool.ts';
import { migrate } from './migrate.ts';
import { postgresChildRows } from './hydrate.ts';
import { archivedMs, withArchivedAt } from '../archived-rows.ts';

const ms = (iso: string): number => Date.parse(iso);

/**
 * Every write holds this advisory lock around its transaction: shared on the first attempt, so
 * writers run side by side; exclusive on a retry, so a write that lost a race then runs alone
 * (PostgreSQL queues new shared requests behind a waiting exclusive one) and cannot lose again.
 */
const WRITE_LOCK = 0x43_44_57_52; // "CDWR"; any number other than the migration lock
/** Attempts of one write; a retry runs alone, so a third is only for a deadlock on the way. */
const WRITE_ATTEMPTS = 3;
// 23505: two writers took the same next id (audit, change log); a true duplicate fails again alone.
const RETRYABLE = new Set(['40001', '40P01', '23505']);

/** Samples per INSERT … SELECT FROM unnest(…): four arrays, one statement. */
const SAMPLE_CHUNK = 5000;

const CAMPAIGN_COLUMNS = `c.id, c.key, c.title, c.starts_at AS "start", c.ends_at AS "end", c.status, c.channels,
  p.key AS owner, c.draft, c.revision, c.changed_by, c.changed_at, c.department_ids,
  c.version_list, c.first_decision_at FROM campaigns c JOIN people p ON p.id = c.owner_id`;

export interface PostgresOpenOptions {
  /** Migrations to apply; tests pass a prefix to build an older workspace. */
  migrations?: readonly Migration[];
}

export class PostgresStore implements Store {
  /** The URL without its password. */
  readonly location: string;
  private readonly pool: pg.Pool;
  private readonly listener: ChangeListener;

  private constructor(location: string, pool: pg.Pool, url: string) {
    this.location = location;
    this.pool = pool;
    this.listener = new ChangeListener(url);
  }

  static async open(url: string, options: PostgresOpenOptions = {}): Promise<PostgresStore> {
    const pool = createPool(url);
    const location = displayUrl(url);
    try {
      await migrate(pool, location, options.migrations);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStore(location, pool, url);
  }

  async read<T>(work: (tx: StoreReader) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const result = await work(new PostgresTx(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    } finally {
      client.release();
    }
  }

  async write<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection that fails while ending a transaction or freeing the lock is dropped, not reused.
    let broken: Error | undefined;
    const settle = async (sql: string, params: unknown[] = []) => {
      try {
        await client.query(sql, params);
      } catch (err) {
        broken = err as Error;
        throw err;
      }
    };
    try {
      for (let attempt = 1; ; attempt++) {
        // Taken before BEGIN: the transaction's snapshot must start after the wait, not before it.
        const mode = attempt === 1 ? '_shared' : '';
        await client.query(`SELECT pg_advisory_lock${mode}($1)`, [WRITE_LOCK]);
        try {
          await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
          const result = await work(new PostgresTx(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await settle('ROLLBACK');
          if (!isRetryable(err) || attempt >= WRITE_ATTEMPTS) throw err;
        } finally {
          await settle(`SELECT pg_advisory_unlock${mode}($1)`, [WRITE_LOCK]);
        }
      }
    } finally {
      client.release(broken);
    }
  }

  async backup(): Promise<string> {
    throw new UnsupportedByEngineError('backup_use_pg_dump', {
      command: `pg_dump -Fc '${this.location}' > workspace.dump`,
    });
  }

  watchChanges(wake: () => void): () => void {
    return this.listener.watch(wake);
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
  }
}

function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && RETRYABLE.has((err as { code?: unknown }).code as string);
}

type IdTable = 'departments' | 'people' | 'metrics' | 'campaigns';

interface AuditDbRow {
  id: number;
  at: number;
  actor: string;
  action: string;
  object_type: string;
  object_key: string;
  detail: string | null;
}

const auditFields = (r: AuditDbRow) => ({
  id: r.id,
  at: iso(r.at),
  actor: r.actor,
  action: r.action,
  objectType: r.object_type,
  objectKey: r.object_key,
});

class PostgresTx implements StoreWriter {
  private readonly client: pg.ClientBase;
  readonly access: AccessQueries;

  constructor(client: pg.ClientBase) {
    this.client = client;
    this.access = new AccessQueries(postgresRunner(client));
  }

  private async all<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.client.query<R>(sql, params)).rows;
  }

  private async one<R extends pg.QueryResultRow>(
    sql: string,
    params: unknown[] = [],
  ): Promise<R | undefined> {
    return (await this.client.query<R>(sql, params)).rows[0];
  }

  /** Row ids by table and key, for this transaction: rows are never deleted and keys never change. */
  private readonly ids = new Map<string, number>();

  private async id(table: IdTable, key: string, what: string): Promise<number> {
    const cached = this.ids.get(`${table}\u0000${key}`);
    if (cached !== undefined) return cached;
    const row = await this.one<{ id: number }>(`SELECT id FROM ${table} WHERE key = $1`, [key]);
    if (!row) throw new Error(`unknown ${what} "${key}"`);
    this.ids.set(`${table}\u0000${key}`, row.id);
    return row.id;
  }

  // ---- reads ----

  async isEmpty(): Promise<boolean> {
    const row = await this.one<{ n: number }>(
      'SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM campaigns) AS n',
    );
    return (row?.n ?? 0) === 0;
  }

  async listDepartments(): Promise<Department[]> {
    const rows = await this.all<Department & { archived_at: number | null }>(
      'SELECT key, name, color, archived_at FROM departments ORDER BY key',
    );
    return rows.map(withArchivedAt);
  }

  async listPeople(): Promise<Person[]> {
    const rows = await this.all<{
      key: string;
      name: string;
      department: string;
      roles: string;
      archived_at: number | null;
    }>(
      'SELECT p.key, p.name, d.key AS department, p.roles, p.archived_at FROM people p JOIN departments d ON d.id = p.department_id ORDER BY p.key',
    );
    return rows.map((p) => ({ ...withArchivedAt(p), roles: JSON.parse(p.roles) as Role[] }));
  }

  async listMetrics(): Promise<Metric[]> {
    const rows = await this.all<Parameters<typeof metricOfRow>[0]>(
      `SELECT m.key, m.name, d.key AS department, m.unit, m.direction, m.warn, m.fail, m.max_age_hours AS "maxAgeHours",
         m.min_value AS min, m.max_value AS max
       FROM metrics m JOIN departments d ON d.id = m.department_id ORDER BY m.key`,
    );
    return rows.map(metricOfRow);
  }

  async getCampaign(key: string): Promise<StoredCampaign | undefined> {
    const row = await this.one<CampaignDbRow>(`SELECT ${CAMPAIGN_COLUMNS} WHERE c.key = $1`, [key]);
    return row
      ? (await hydrateCampaigns(postgresChildRows(this.client), [row], Number.MAX_SAFE_INTEGER))[0]
      : undefined;
  }

  async listCampaigns(query: CampaignQuery): Promise<StoredCampaign[]> {
    const from = ms(query.from);
    const knownAt = query.knownAt ? ms(query.knownAt) : Number.MAX_SAFE_INTEGER;
    // A campaign overlapping [from, to] starts no earlier than from minus the longest duration
    // (an index lookup on campaigns_by_duration), so the start index bounds the scan.
    const rows = await this.all<CampaignDbRow>(
      `SELECT ${CAMPAIGN_COLUMNS}
       WHERE c.starts_at BETWEEN $1::bigint - (SELECT coalesce(max(ends_at - starts_at), 0) FROM campaigns) AND $2
         AND c.ends_at >= $1 AND (NOT $3 OR c.status = 'published')
         AND ($4::text IS NULL OR (
           -- the inbox: listed for the department, published, its current version not acknowledged
           EXISTS (SELECT 1 FROM campaign_departments cd JOIN departments d ON d.id = cd.department_id
                   WHERE cd.campaign_id = c.id AND d.key = $4)
           AND EXISTS (SELECT 1 FROM brief_versions v WHERE v.campaign_id = c.id AND v.published_at <= $5)
           AND NOT EXISTS (
             SELECT 1 FROM acknowledgements a JOIN departments d ON d.id = a.department_id
             WHERE a.campaign_id = c.id AND d.key = $4 AND a.at <= $5
               AND a.version = (SELECT max(v.version) FROM brief_versions v
                                WHERE v.campaign_id = c.id AND v.published_at <= $5))))
       ORDER BY c.starts_at, c.key`,
      [from, ms(query.to), query.publishedOnly ?? false, query.awaiting ?? null, knownAt],
    );
    return hydrateCampaigns(postgresChildRows(this.client), rows, knownAt, childrenOf(query));
  }

  async allCampaigns(): Promise<StoredCampaign[]> {
    const rows = await this.all<CampaignDbRow>(`SELECT ${CAMPAIGN_COLUMNS} ORDER BY c.key`);
    return hydrateCampaigns(postgresChildRows(this.client), rows, Number.MAX_SAFE_INTEGER);
  }

  async searchCampaigns(text: string, limit: number, near?: string): Promise<CampaignSummary[]> {
    const order =
      near === undefined ? 'c.starts_at, c.key' : 'abs(c.starts_at - $3::bigint), c.starts_at, c.key';
    // Titles are COLLATE "C": ILIKE folds ASCII letters only, exactly as SQLite's LIKE does.
    const rows = await this.all<CampaignDbRow & { departments: string[] }>(
      `SELECT ${CAMPAIGN_COLUMNS.replace(
        ' FROM campaigns',
        `, ARRAY(SELECT d.key FROM campaign_departments cd JOIN departments d ON d.id = cd.department_id
             WHERE cd.campaign_id = c.id ORDER BY cd.position) AS departments FROM campaigns`,
      )}
       WHERE c.title ILIKE $1 ESCAPE '\\' ORDER BY ${order} LIMIT $2`,
      near === undefined ? [containsPattern(text), limit] : [containsPattern(text), limit, Date.parse(near)],
    );
    return rows.map((row) => campaignSummary(row, row.departments));
  }

  async countCampaigns(text: string): Promise<number> {
    const [row] = await this.all<{ n: number }>(
      `SELECT count(*)::int AS n FROM campaigns c WHERE c.title ILIKE $1 ESCAPE '\\'`,
      [containsPattern(text)],
    );
    return row?.n ?? 0;
  }

  async latestSamples(requests: readonly SampleRequest[]): Promise<(Sample | undefined)[]> {
    const ids = new Map(
      (await this.all<{ id: number; key: string }>('SELECT id, key FROM metrics')).map((m) => [m.key, m.id]),
    );
    const metricIds: number[] = [];
    const instants: number[] = [];
    const known: number[] = [];
    const indexOf: number[] = []; // pair index -> request index (unknown metrics have no pair)
    requests.forEach(({ metric, at, knownAt }, i) => {
      const id = ids.get(metric);
      if (id === undefined) return;
      metricIds.push(id);
      instants.push(ms(at));
      known.push(ms(knownAt ?? at));
      indexOf.push(i);
    });
    const found: (Sample | undefined)[] = Array.from({ length: requests.length }, () => undefined);
    if (metricIds.length === 0) return found;
    // One statement for many lookups; each is one backward seek on samples_by_metric_time, passing
    // over samples withdrawn by the request's knownAt, with the latest correction known then.
    const rows = await this.all<{ i: number; at: number; value: number; source: string }>(
      `SELECT r.i, s.at, s.value, s.source
       FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS r(metric_id, at, known, i)
       CROSS JOIN LATERAL (SELECT x.at, coalesce(k.value, x.value) AS value, x.source FROM samples x
                           LEFT JOIN LATERAL (${LATEST_CORRECTION('id, y.value', 'x.id', 'r.known')}) k ON true
                           WHERE x.metric_id = r.metric_id AND x.at <= r.at AND NOT (k.id IS NOT NULL AND k.value IS NULL)
                           ORDER BY x.at DESC, x.id DESC LIMIT 1) s`,
      [metricIds, instants, known],
    );
    for (const row of rows) {
      const i = indexOf[row.i - 1] as number;
      const { metric } = requests[i] as SampleRequest;
      found[i] = { metric, at: iso(row.at), value: row.value, source: row.source };
    }
    return found;
  }

  private samplesBetween(id: number, from: number, to: number) {
    return this.all<{ at: number; value: number; source: string }>(
      'SELECT at, value, source FROM samples WHERE metric_id = $1 AND at BETWEEN $2 AND $3 ORDER BY at, id',
      [id, from, to],
    );
  }

  async listSamples(metric: string, from: string, to: string, knownAt?: string): Promise<Sample[]> {
    const row = await this.one<{ id: number }>('SELECT id FROM metrics WHERE key = $1', [metric]);
    if (!row) return [];
    const rows = await this.all<CorrectedRow>(
      `SELECT $1::text AS metric, s.at, s.value, s.source, k.id AS cid, k.value AS corrected FROM samples s
       LEFT JOIN LATERAL (${LATEST_CORRECTION('id, y.value', 's.id', '$5')}) k ON true
       WHERE s.metric_id = $2 AND s.at BETWEEN $3 AND $4 ORDER BY s.at, s.id`,
      [metric, row.id, ms(from), ms(to), knownAt === undefined ? KNOWN_ALWAYS : ms(knownAt)],
    );
    return inForce(rows);
  }

  async allSamples(): Promise<Sample[]> {
    const rows = await this.all<CorrectedRow>(
      `SELECT m.key AS metric, s.at, s.value, s.source, k.id AS cid, k.value AS corrected
       FROM samples s JOIN metrics m ON m.id = s.metric_id
       LEFT JOIN LATERAL (${LATEST_CORRECTION('id, y.value', 's.id', String(KNOWN_ALWAYS))}) k ON true
       ORDER BY m.key, s.at, s.id`,
    );
    return inForce(rows);
  }

  // ---- sample corrections (issue 10) ----
  async sampleEntries(metric: string, from: string, to: string): Promise<SampleEntry[]> {
    // One round trip (it runs before every sample written, to find the one a new value corrects).
    const rows = await this.all<{
      id: number;
      at: number;
      value: number;
      source: string;
      corrections: CorrectionRow[];
    }>(
      `SELECT s.id, s.at, s.value, s.source,
         coalesce((SELECT json_agg(json_build_object('sample_id', c.sample_id, 'recorded_at', c.recorded_at,
                     'value', c.value, 'reason', c.reason, 'actor', c.actor) ORDER BY c.recorded_at, c.id)
                   FROM sample_corrections c WHERE c.sample_id = s.id), '[]') AS corrections
       FROM samples s JOIN metrics m ON m.id = s.metric_id
       WHERE m.key = $1 AND s.at BETWEEN $2 AND $3 ORDER BY s.at, s.id`,
      [metric, ms(from), ms(to)],
    );
    return sampleEntries(
      metric,
      rows,
      rows.flatMap((r) => r.corrections),
    );
  }

  async sampleEntry(metric: string, sampleId: number): Promise<SampleEntry | undefined> {
    const sample = await this.one<{ id: number; at: number; value: number; source: string }>(
      `SELECT s.id, s.at, s.value, s.source FROM samples s JOIN metrics m ON m.id = s.metric_id
       WHERE s.id = $1 AND m.key = $2`,
      [sampleId, metric],
    );
    if (!sample) return undefined;
    const corrections = await this.all<CorrectionRow>(
      `SELECT sample_id, recorded_at, value, reason, actor FROM sample_corrections WHERE sample_id = $1
       ORDER BY recorded_at, id`,
      [sampleId],
    );
    return sampleEntries(metric, [sample], corrections)[0];
  }

  async addSampleCorrection(c: NewSampleCorrection): Promise<void> {
    await this.client.query(
      'INSERT INTO sample_corrections (sample_id, recorded_at, value, reason, actor) VALUES ($1, $2, $3, $4, $5)',
      [c.sampleId, ms(c.at), c.value, c.reason, c.by],
    );
  }

  async getSetting(key: string): Promise<unknown> {
    const row = await this.one<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  async listAudit(limit: number): Promise<AuditEvent[]> {
    const rows = await this.all<AuditDbRow>(
      'SELECT id, at, actor, action, object_type, object_key, detail FROM audit_events ORDER BY id DESC LIMIT $1',
      [limit],
    );
    return rows.map((r) => ({ ...auditFields(r), detail: r.detail ?? '' }));
  }

  async auditChain(afterId: number, limit: number): Promise<ChainedAuditEvent[]> {
    const rows = await this.all<AuditDbRow & { hash: string }>(
      'SELECT id, at, actor, action, object_type, object_key, detail, hash FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2',
      [afterId, limit],
    );
    return rows.map((r) => ({ ...auditFields(r), detail: r.detail, hash: r.hash }));
  }

  async changesSince(after: number, limit: number): Promise<StoredChange[]> {
    const rows = await this.all<{
      seq: number;
      at: number;
      actor: string;
      entity: string;
      key: string;
      action: string;
    }>('SELECT seq, at, actor, entity, key, action FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2', [
      after,
      limit,
    ]);
    return rows.map((r) => ({ ...r, at: iso(r.at), entity: r.entity as StoredChange['entity'] }));
  }

  async lastChangeSeq(): Promise<number> {
    return (await this.one<{ seq: number | null }>('SELECT max(seq) AS seq FROM change_log'))?.seq ?? 0;
  }

  // ---- writes ----

  async upsertDepartment(d: Department): Promise<void> {
    await this.client.query(
      `INSERT INTO departments (key, name, color, archived_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE
       SET name = excluded.name, color = excluded.color, archived_at = coalesce(excluded.archived_at, departments.archived_at)`,
      [d.key, d.name, d.color, archivedMs(d)],
    );
  }

  async upsertPerson(p: Person): Promise<void> {
    await this.client.query(
      `INSERT INTO people (key, name, department_id, roles, archived_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, department_id = excluded.department_id, roles = excluded.roles,
       archived_at = coalesce(excluded.archived_at, people.archived_at)`,
      [
        p.key,
        p.name,
        await this.id('departments', p.department, 'department'),
        JSON.stringify(p.roles),
        archivedMs(p),
      ],
    );
  }

  async upsertMetric(m: Metric): Promise<void> {
    const dept = await this.id('departments', m.department, 'department');
    await this.client.query(
      `INSERT INTO metrics (key, name, department_id, unit, direction, warn, fail, max_age_hours, min_value, max_value)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, department_id = excluded.department_id, unit = excluded.unit,
         direction = excluded.direction, warn = excluded.warn, fail = excluded.fail, max_age_hours = excluded.max_age_hours,
         min_value = excluded.min_value, max_value = excluded.max_value`,
      [m.key, m.name, dept, m.unit, m.direction, m.warn, m.fail, m.maxAgeHours, m.min ?? null, m.max ?? null],
    );
  }

  async insertSamples(samples: readonly Sample[], options: { skipExisting: boolean }): Promise<number> {
    const ids = new Map<string, number>();
    const rows: SampleRow[] = [];
    for (const s of samples) {
      let id = ids.get(s.metric);
      if (id === undefined) {
        id = await this.id('metrics', s.metric, 'metric');
        ids.set(s.metric, id);
      }
      rows.push([id, ms(s.at), s.value, s.source]);
    }
    const fresh = inIndexOrder(
      options.skipExisting
        ? await withoutStored(rows, (id, from, to) => this.samplesBetween(id, from, to))
        : rows,
    );
    for (let i = 0; i < fresh.length; i += SAMPLE_CHUNK) {
      const chunk = fresh.slice(i, i + SAMPLE_CHUNK);
      // ORDER BY the array position: ids (which break ties between equal instants) follow the given order.
      await this.client.query(
        `INSERT INTO samples (metric_id, at, value, source)
         SELECT metric_id, at, value, source
         FROM unnest($1::bigint[], $2::bigint[], $3::float8[], $4::text[]) WITH ORDINALITY AS r(metric_id, at, value, source, n)
         ORDER BY n`,
        [chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2]), chunk.map((r) => r[3])],
      );
    }
    return fresh.length;
  }

  async appendSamples(metric: string, samples: SampleColumns, rows: readonly number[]): Promise<void> {
    const id = await this.id('metrics', metric, 'metric');
    const { at, value, source, sources } = samples;
    for (let i = 0; i < rows.length; i += SAMPLE_CHUNK) {
      const chunk = rows.slice(i, i + SAMPLE_CHUNK);
      // ORDER BY the array position: ids (which break ties between equal instants) follow the given order.
      await this.client.query(
        `INSERT INTO samples (metric_id, at, value, source)
         SELECT $1, at, value, source
         FROM unnest($2::bigint[], $3::float8[], $4::text[]) WITH ORDINALITY AS r(at, value, source, n)
         ORDER BY n`,
        [
          id,
          chunk.map((r) => at[r]),
          chunk.map((r) => value[r]),
          chunk.map((r) => sources[source[r] as number]),
        ],
      );
    }
  }

  async insertCampaign(c: CampaignRow): Promise<void> {
    await this.writeCampaign(c, '');
  }

  async upsertCampaign(c: CampaignRow): Promise<void> {
    await this.writeCampaign(
      c,
      `ON CONFLICT (key) DO UPDATE SET title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
         status = excluded.status, channels = excluded.channels, owner_id = excluded.owner_id, draft = excluded.draft`,
    );
  }

  async touchCampaign(key: string, by: string, at: string): Promise<void> {
    await this.client.query(
      'UPDATE campaigns SET revision = revision + 1, changed_by = $1, changed_at = $2 WHERE key = $3',
      [by, ms(at), key],
    );
  }

  /** The campaign's own row (a plain INSERT, or an upsert with `onConflict`) and its departments. */
  private async writeCampaign(c: CampaignRow, onConflict: string): Promise<void> {
    const owner = await this.id('people', c.owner, 'person');
    const draft = c.draft ? JSON.stringify(briefContent(c.draft)) : null;
    const row = await this.one<{ id: number }>(
      `INSERT INTO campaigns (key, title, starts_at, ends_at, status, channels, owner_id, draft)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ${onConflict} RETURNING id`,
      [c.key, c.title, ms(c.start), ms(c.end), c.status, JSON.stringify(c.channels), owner, draft],
    );
    const id = (row as { id: number }).id;
    this.ids.set(`campaigns\u0000${c.key}`, id);
    const departments: number[] = [];
    for (const d of c.departments) departments.push(await this.id('departments', d, 'department'));
    await this.client.query('DELETE FROM campaign_departments WHERE campaign_id = $1', [id]);
    await this.client.query(
      `INSERT INTO campaign_departments (campaign_id, department_id, position)
       SELECT $1, d, n - 1 FROM unnest($2::bigint[]) WITH ORDINALITY AS r(d, n)`,
      [id, departments],
    );
  }

  async setCampaignStatus(key: string, status: CampaignStatus): Promise<void> {
    await this.client.query('UPDATE campaigns SET status = $1 WHERE key = $2', [status, key]);
  }

  async setCampaignDates(key: string, start: string, end: string): Promise<void> {
    await this.client.query('UPDATE campaigns SET starts_at = $1, ends_at = $2 WHERE key = $3', [
      ms(start),
      ms(end),
      key,
    ]);
  }

  async insertBriefVersion(campaign: string, v: BriefVersion): Promise<void> {
    const id = await this.id('campaigns', campaign, 'campaign');
    const content = v.summary ? { ...briefContent(v), summary: v.summary } : briefContent(v);
    await this.client.query(
      `INSERT INTO brief_versions (campaign_id, version, published_at, change, published_by, content)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, v.version, ms(v.publishedAt), v.change, v.publishedBy ?? null, JSON.stringify(content)],
    );
  }

  async addAcknowledgement(campaign: string, a: Acknowledgement): Promise<boolean> {
    // Appended unless an identical row exists, in one statement (one round trip per row on import).
    const result = await this.client.query(
      `INSERT INTO acknowledgements (campaign_id, department_id, version, person_id, at, state, note)
       SELECT $1, $2, $3, $4, $5, $6, $7
       WHERE NOT EXISTS (SELECT 1 FROM acknowledgements WHERE campaign_id = $1 AND department_id = $2
         AND version = $3 AND person_id = $4 AND at = $5 AND state = $6 AND coalesce(note, '') = coalesce($7, ''))`,
      [
        await this.id('campaigns', campaign, 'campaign'),
        await this.id('departments', a.department, 'department'),
        a.version,
        await this.id('people', a.by, 'person'),
        ms(a.at),
        a.state,
        a.note ?? null,
      ],
    );
    return result.rowCount === 1;
  }

  async addDecision(campaign: string, d: Decision): Promise<boolean> {
    const result = await this.client.query(
      `INSERT INTO decisions (campaign_id, decision, person_id, at, expires, note, flags)
       SELECT $1, $2, $3, $4, $5::bigint, $6, $7
       WHERE NOT EXISTS (SELECT 1 FROM decisions WHERE campaign_id = $1 AND decision = $2 AND person_id = $3
         AND at = $4 AND coalesce(expires, -1) = coalesce($5::bigint, -1) AND note = $6)`,
      [
        await this.id('campaigns', campaign, 'campaign'),
        d.decision,
        await this.id('people', d.by, 'person'),
        ms(d.at),
        d.expires !== undefined ? ms(d.expires) : null,
        d.note,
        d.flags ? JSON.stringify(d.flags) : null,
      ],
    );
    return result.rowCount === 1;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.client.query(
      'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, JSON.stringify(value)],
    );
  }

  /**
   * Reads the last event and appends the next: two writers doing so at once conflict under
   * SERIALIZABLE, and the one that loses is retried alone, so the chain never forks.
   */
  async audit(e: NewAuditEvent): Promise<void> {
    const last = await this.one<{ id: number; hash: string }>(
      'SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1',
    );
    const event = {
      id: (last?.id ?? 0) + 1,
      at: e.at,
      actor: e.actor,
      action: e.action,
      objectType: e.objectType,
      objectKey: e.objectKey,
      detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    };
    await this.client.query(
      `INSERT INTO audit_events (id, at, actor, action, object_type, object_key, detail, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        event.id,
        ms(e.at),
        event.actor,
        event.action,
        event.objectType,
        event.objectKey,
        event.detail,
        auditHash(last?.hash ?? CHAIN_START, event),
      ],
    );
  }

  /**
   * Numbered max + 1 under SERIALIZABLE: sequence order is commit order, so no listener skips a row.
   * NOTIFY wakes every process's change feed when the write commits.
   */
  async appendChange(c: NewChange): Promise<number> {
    // The notification goes out on commit; listeners read the log, so it carries nothing.
    const row = await this.one<{ seq: number }>(
      `WITH added AS (
         INSERT INTO change_log (seq, at, actor, entity, key, action)
         SELECT coalesce(max(seq), 0) + 1, $1, $2, $3, $4, $5 FROM change_log RETURNING seq)
       SELECT seq, pg_notify('${CHANGE_CHANNEL}', '') FROM added`,
      [ms(c.at), c.actor, c.entity, c.key, c.action],
    );
    return (row as { seq: number }).seq;
  }
}

/** Access queries (access.ts) in this transaction: their `?` placeholders become `$1`, `$2`, …. */
function postgresRunner(client: pg.ClientBase) {
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    all: async <R>(sql: string, params: readonly unknown[]) =>
      (await client.query(numbered(sql), [...params])).rows as R[],
    run: async (sql: string, params: readonly unknown[]) =>
      (await client.query(numbered(sql), [...params])).rowCount ?? 0,
  };
}
