import type Database from 'better-sqlite3';
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
import {
  briefContent,
  campaignSummary,
  containsPattern,
  childrenOf,
  hydrateCampaigns,
  type CampaignDbRow,
  type ChildRowSource,
} from '../hydrate.ts';
import type { SampleColumns } from '../../../shared/schemas/sample-columns.ts';
import { sqliteChildRows } from './hydrate.ts';
import { isoFromMs as iso } from '../../../shared/instant.ts';
import { asStorageError, WorkspaceStorageError } from '../storage-error.ts';
import { backupPath } from './backups.ts';
import { openDatabase, type OpenOptions } from './open-database.ts';
import { writeVerifiedCopy, writeVerifiedCopyOfFile } from './verified-copy.ts';
import { Mutex } from './mutex.ts';
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
import { archivedMs, withArchivedAt } from '../archived-rows.ts';

const ms = (iso: string): number => Date.parse(iso);

/** Samples per multi-row INSERT (4 parameters each, well under SQLite's limit). */
/** A campaign row as `CampaignDbRow` reads it (campaigns `c` joined with its owner `p`). */
const CAMPAIGN_FIELDS = `c.id, c.key, c.title, c.starts_at AS "start", c.ends_at AS "end", c.status, c.channels,
  p.key AS owner, c.draft, c.revision, c.changed_by, c.changed_at, c.department_ids, c.version_list, c.first_decision_at`;
const SAMPLE_BATCH = 200;

/** The SQLite workspace (embedded default). One connection; writes are serialised. */
export class SqliteStore implements Store {
  readonly location: string;
  readonly db: Database.Database;
  private readonly tx: SqliteTx;
  private readonly mutex = new Mutex();

  private constructor(location: string, db: Database.Database) {
    this.location = location;
    this.db = db;
    this.tx = new SqliteTx(db);
  }

  static open(file: string, options: OpenOptions = {}): SqliteStore {
    return new SqliteStore(file, openDatabase(file, options));
  }

  /** Opened read-only (the file or its folder cannot be written): reads work, writes are refused. */
  get readonly(): boolean {
    return this.db.readonly;
  }

  read<T>(work: (tx: StoreReader) => Promise<T>): Promise<T> {
    return this.mutex
      .run(() => work(this.tx))
      .catch((err: unknown) => {
        throw asStorageError(err, this.location);
      });
  }

  write<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> {
    return this.mutex
      .run(async () => {
        if (this.db.readonly) throw new WorkspaceStorageError('read_only', this.location);
        this.db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(this.tx);
          this.db.exec('COMMIT');
          return result;
        } catch (err) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw err;
        }
      })
      .catch((err: unknown) => {
        throw asStorageError(err, this.location);
      });
  }

  /** A verified copy (verified-copy.ts), beside the workspace unless `to` is given; a failed one leaves no file. */
  backup(at: Date, to?: string): Promise<string> {
    return this.mutex
      .run(async () => {
        const target = to ?? backupPath(this.location, 'backup', at);
        if (this.db.memory) writeVerifiedCopy(this.db, target);
        else writeVerifiedCopyOfFile(this.db.name, target);
        return target;
      })
      .catch((err: unknown) => {
        throw asStorageError(err, to ?? this.location);
      });
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => {
      this.db.close();
    });
  }
}

class SqliteTx implements StoreWriter {
  private readonly s;
  private readonly childRows: ChildRowSource;

  private readonly db: Database.Database;
  readonly access: AccessQueries;

  constructor(db: Database.Database) {
    this.db = db;
    this.access = new AccessQueries(sqliteRunner(db));
    this.childRows = sqliteChildRows(db);
    const p = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
    this.s = {
      count: p<{ n: number }>(
        'SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM campaigns) AS n',
      ),
      departments: p<Department & { archived_at: number | null }>(
        'SELECT key, name, color, archived_at FROM departments ORDER BY key',
      ),
      people: p<{ key: string; name: string; department: string; roles: string; archived_at: number | null }>(
        'SELECT p.key, p.name, d.key AS department, p.roles, p.archived_at FROM people p JOIN departments d ON d.id = p.department_id ORDER BY p.key',
      ),
      metrics: p<Parameters<typeof metricOfRow>[0]>(
        `SELECT m.key, m.name, d.key AS department, m.unit, m.direction, m.warn, m.fail, m.max_age_hours AS maxAgeHours,
           m.min_value AS min, m.max_value AS max
         FROM metrics m JOIN departments d ON d.id = m.department_id ORDER BY m.key`,
      ),
      campaignByKey: p<CampaignDbRow>(
        `SELECT ${CAMPAIGN_FIELDS}
         FROM campaigns c JOIN people p ON p.id = c.owner_id WHERE c.key = ?`,
      ),
      campaignsInRange: p<CampaignDbRow>(
        `SELECT ${CAMPAIGN_FIELDS}
         FROM campaigns c JOIN people p ON p.id = c.owner_id
         WHERE c.starts_at BETWEEN ? AND ? AND c.ends_at >= ? AND (? = 0 OR c.status = 'published')
         ORDER BY c.starts_at, c.key`,
      ),
      // campaignsInRange narrowed as CampaignQuery.awaiting says. The department's campaigns
      // first (a primary-key probe each), so the version and acknowledgement checks run on few.
      campaignsAwaiting: p<CampaignDbRow>(
        `WITH d AS (SELECT id FROM departments WHERE key = @department),
         listing AS MATERIALIZED (
           SELECT c.id FROM campaigns c
           WHERE c.starts_at BETWEEN @lo AND @hi AND c.ends_at >= @from AND (@publishedOnly = 0 OR c.status = 'published')
             AND EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = c.id AND cd.department_id = (SELECT id FROM d))),
         current AS MATERIALIZED (
           SELECT l.id, (SELECT max(v.version) FROM brief_versions v WHERE v.campaign_id = l.id AND v.published_at <= @knownAt) AS version
           FROM listing l)
         SELECT ${CAMPAIGN_FIELDS}
         FROM current k JOIN campaigns c ON c.id = k.id JOIN people p ON p.id = c.owner_id
         WHERE k.version IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM acknowledgements a
                           WHERE a.campaign_id = k.id AND a.department_id = (SELECT id FROM d)
                             AND a.version = k.version AND a.at <= @knownAt)
         ORDER BY c.starts_at, c.key`,
      ),
      allCampaigns: p<CampaignDbRow>(
        `SELECT ${CAMPAIGN_FIELDS}
         FROM campaigns c JOIN people p ON p.id = c.owner_id ORDER BY c.key`,
      ),
      searchCampaigns: p<CampaignDbRow>(
        `SELECT ${CAMPAIGN_FIELDS}
         FROM campaigns c JOIN people p ON p.id = c.owner_id
         WHERE c.title LIKE ? ESCAPE '\\' ORDER BY c.starts_at, c.key LIMIT ?`,
      ),
      searchCampaignsNear: p<CampaignDbRow>(
        `SELECT ${CAMPAIGN_FIELDS}
         FROM campaigns c JOIN people p ON p.id = c.owner_id
         WHERE c.title LIKE ? ESCAPE '\\' ORDER BY abs(c.starts_at - ?), c.starts_at, c.key LIMIT ?`,
      ),
      countCampaigns: p<{ n: number }>(`SELECT count(*) AS n FROM campaigns WHERE title LIKE ? ESCAPE '\\'`),
      maxDuration: p<{ d: number | null }>('SELECT max(ends_at - starts_at) AS d FROM campaigns'),
      campaignDepartments: p<{ key: string }>(
        `SELECT d.key FROM campaign_departments cd JOIN departments d ON d.id = cd.department_id
         WHERE cd.campaign_id = ? ORDER BY cd.position`,
      ),
      // One statement for many lookups: the JSON array holds [metricId, atMs, knownAtMs] triples; `i` is
      // the triple's index. A sample whose latest correction known then is a withdrawal is passed over.
      latestSamples: p<{ i: number; at: number; value: number; source: string }>(
        `SELECT r.key AS i, s.at, coalesce((${LATEST_CORRECTION('value', 's.id', 'r.value ->> 2')}), s.value) AS value, s.source
         FROM json_each(?) r
         JOIN samples s ON s.id = (SELECT x.id FROM samples x WHERE x.metric_id = r.value ->> 0 AND x.at <= r.value ->> 1
                                     AND (${LATEST_CORRECTION('value IS NULL', 'x.id', 'r.value ->> 2')}) IS NOT 1
                                   ORDER BY x.at DESC, x.id DESC LIMIT 1)`,
      ),
      metricIds: p<{ id: number; key: string }>('SELECT id, key FROM metrics'),
      metricId: p<{ id: number }>('SELECT id FROM metrics WHERE key = ?'),
      departmentId: p<{ id: number }>('SELECT id FROM departments WHERE key = ?'),
      personId: p<{ id: number }>('SELECT id FROM people WHERE key = ?'),
      campaignId: p<{ id: number }>('SELECT id FROM campaigns WHERE key = ?'),
      samplesBetween: p<{ at: number; value: number; source: string }>(
        'SELECT at, value, source FROM samples WHERE metric_id = ? AND at BETWEEN ? AND ? ORDER BY at, id',
      ),
      allSamples: p<CorrectedRow>(
        `SELECT m.key AS metric, s.at, s.value, s.source, c.id AS cid, c.value AS corrected
         FROM samples s JOIN metrics m ON m.id = s.metric_id
         LEFT JOIN sample_corrections c ON c.id = (${LATEST_CORRECTION('id', 's.id', String(KNOWN_ALWAYS))})
         ORDER BY m.key, s.at, s.id`,
      ),
      // ---- sample corrections (issue 10) ----
      samplesInForce: p<CorrectedRow>(
        `SELECT '' AS metric, s.at, s.value, s.source, c.id AS cid, c.value AS corrected FROM samples s
         LEFT JOIN sample_corrections c ON c.id = (${LATEST_CORRECTION('id', 's.id', '@known')})
         WHERE s.metric_id = @id AND s.at BETWEEN @from AND @to ORDER BY s.at, s.id`,
      ),
      sampleRows: p<{ id: number; at: number; value: number; source: string }>(
        'SELECT id, at, value, source FROM samples WHERE metric_id = ? AND at BETWEEN ? AND ? ORDER BY at, id',
      ),
      sampleRow: p<{ id: number; at: number; value: number; source: string }>(
        'SELECT id, at, value, source FROM samples WHERE id = ? AND metric_id = ?',
      ),
      correctionRows: p<CorrectionRow>(
        `SELECT c.sample_id, c.recorded_at, c.value, c.reason, c.actor FROM sample_corrections c
         JOIN samples s ON s.id = c.sample_id WHERE s.metric_id = ? AND s.at BETWEEN ? AND ? ORDER BY c.recorded_at, c.id`,
      ),
      correctionsOf: p<CorrectionRow>(
        `SELECT sample_id, recorded_at, value, reason, actor FROM sample_corrections WHERE sample_id = ?
         ORDER BY recorded_at, id`,
      ),
      insertCorrection: p(
        'INSERT INTO sample_corrections (sample_id, recorded_at, value, reason, actor) VALUES (?, ?, ?, ?, ?)',
      ),
      getSetting: p<{ value: string }>('SELECT value FROM settings WHERE key = ?'),
      setSetting: p(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      audit: p<{
        id: number;
        at: number;
        actor: string;
        action: string;
        object_type: string;
        object_key: string;
        detail: string | null;
      }>(
        'SELECT id, at, actor, action, object_type, object_key, detail FROM audit_events ORDER BY id DESC LIMIT ?',
      ),
      upsertDepartment: p(
        `INSERT INTO departments (key, name, color, archived_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE
         SET name = excluded.name, color = excluded.color, archived_at = coalesce(excluded.archived_at, departments.archived_at)`,
      ),
      upsertPerson: p(
        `INSERT INTO people (key, name, department_id, roles, archived_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, department_id = excluded.department_id, roles = excluded.roles,
         archived_at = coalesce(excluded.archived_at, people.archived_at)`,
      ),
      upsertMetric: p(
        `INSERT INTO metrics (key, name, department_id, unit, direction, warn, fail, max_age_hours, min_value, max_value)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, department_id = excluded.department_id, unit = excluded.unit,
           direction = excluded.direction, warn = excluded.warn, fail = excluded.fail, max_age_hours = excluded.max_age_hours,
           min_value = excluded.min_value, max_value = excluded.max_value`,
      ),
      insertSample: p('INSERT INTO samples (metric_id, at, value, source) VALUES (?, ?, ?, ?)'),
      insertSampleBatch: p(
        `INSERT INTO samples (metric_id, at, value, source) VALUES ${Array(SAMPLE_BATCH).fill('(?, ?, ?, ?)').join(', ')}`,
      ),
      insertCampaign: p(
        'INSERT INTO campaigns (key, title, starts_at, ends_at, status, channels, owner_id, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      touchCampaign: p(
        'UPDATE campaigns SET revision = revision + 1, changed_by = ?, changed_at = ? WHERE key = ?',
      ),
      upsertCampaign: p(
        `INSERT INTO campaigns (key, title, starts_at, ends_at, status, channels, owner_id, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
           status = excluded.status, channels = excluded.channels, owner_id = excluded.owner_id, draft = excluded.draft`,
      ),
      clearCampaignDepartments: p('DELETE FROM campaign_departments WHERE campaign_id = ?'),
      addCampaignDepartment: p(
        'INSERT INTO campaign_departments (campaign_id, department_id, position) VALUES (?, ?, ?)',
      ),
      setStatus: p('UPDATE campaigns SET status = ? WHERE key = ?'),
      setDates: p('UPDATE campaigns SET starts_at = ?, ends_at = ? WHERE key = ?'),
      insertVersion: p(
        'INSERT INTO brief_versions (campaign_id, version, published_at, change, published_by, content) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      ackExists: p(
        `SELECT 1 FROM acknowledgements WHERE campaign_id = ? AND department_id = ? AND version = ? AND person_id = ?
         AND at = ? AND state = ? AND coalesce(note, '') = ? LIMIT 1`,
      ),
      insertAck: p(
        'INSERT INTO acknowledgements (campaign_id, department_id, version, person_id, at, state, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      decisionExists: p(
        `SELECT 1 FROM decisions WHERE campaign_id = ? AND decision = ? AND person_id = ? AND at = ?
         AND coalesce(expires, -1) = ? AND note = ? LIMIT 1`,
      ),
      insertDecision: p(
        'INSERT INTO decisions (campaign_id, decision, person_id, at, expires, note, flags) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      lastAudit: p<{ id: number; hash: string }>(
        'SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1',
      ),
      insertAudit: p(
        'INSERT INTO audit_events (id, at, actor, action, object_type, object_key, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      auditChain: p<{
        id: number;
        at: number;
        actor: string;
        action: string;
        object_type: string;
        object_key: string;
        detail: string | null;
        hash: string;
      }>(
        'SELECT id, at, actor, action, object_type, object_key, detail, hash FROM audit_events WHERE id > ? ORDER BY id LIMIT ?',
      ),
      insertChange: p('INSERT INTO change_log (at, actor, entity, key, action) VALUES (?, ?, ?, ?, ?)'),
      changesSince: p<{
        seq: number;
        at: number;
        actor: string;
        entity: string;
        key: string;
        action: string;
      }>('SELECT seq, at, actor, entity, key, action FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?'),
      lastChange: p<{ seq: number | null }>('SELECT max(seq) AS seq FROM change_log'),
    };
  }

  private id(stmt: Database.Statement<unknown[], { id: number }>, key: string, what: string): number {
    const row = stmt.get(key);
    if (!row) throw new Error(`unknown ${what} "${key}"`);
    return row.id;
  }

  // ---- reads ----

  async isEmpty(): Promise<boolean> {
    return (this.s.count.get()?.n ?? 0) === 0;
  }

  async listDepartments(): Promise<Department[]> {
    return this.s.departments.all().map(withArchivedAt);
  }

  async listPeople(): Promise<Person[]> {
    return this.s.people.all().map((p) => ({ ...withArchivedAt(p), roles: JSON.parse(p.roles) as Role[] }));
  }

  async listMetrics(): Promise<Metric[]> {
    return this.s.metrics.all().map(metricOfRow);
  }

  async getCampaign(key: string): Promise<StoredCampaign | undefined> {
    const row = this.s.campaignByKey.get(key);
    return row ? (await hydrateCampaigns(this.childRows, [row], Number.MAX_SAFE_INTEGER))[0] : undefined;
  }

  async listCampaigns(query: CampaignQuery): Promise<StoredCampaign[]> {
    const from = ms(query.from);
    const to = ms(query.to);
    // A campaign overlapping [from, to] starts no earlier than from minus the longest duration.
    // Read on every query (one seek on the duration index), never cached: another process may
    // have added a longer campaign since.
    const longest = this.s.maxDuration.get()?.d ?? 0;
    const knownAt = query.knownAt ? ms(query.knownAt) : Number.MAX_SAFE_INTEGER;
    const lo = from - longest;
    const publishedOnly = query.publishedOnly ? 1 : 0;
    const rows =
      query.awaiting === undefined
        ? this.s.campaignsInRange.all(lo, to, from, publishedOnly)
        : this.s.campaignsAwaiting.all({
            lo,
            hi: to,
            from,
            publishedOnly,
            department: query.awaiting,
            knownAt,
          });
    return hydrateCampaigns(this.childRows, rows, knownAt, childrenOf(query));
  }

  async allCampaigns(): Promise<StoredCampaign[]> {
    return hydrateCampaigns(this.childRows, this.s.allCampaigns.all(), Number.MAX_SAFE_INTEGER);
  }

  async searchCampaigns(text: string, limit: number, near?: string): Promise<CampaignSummary[]> {
    const rows =
      near === undefined
        ? this.s.searchCampaigns.all(containsPattern(text), limit)
        : this.s.searchCampaignsNear.all(containsPattern(text), ms(near), limit);
    return rows.map((row) =>
      campaignSummary(
        row,
        this.s.campaignDepartments.all(row.id).map((d) => d.key),
      ),
    );
  }
  async countCampaigns(text: string): Promise<number> {
    return this.s.countCampaigns.get(containsPattern(text))?.n ?? 0;
  }

  async latestSamples(requests: readonly SampleRequest[]): Promise<(Sample | undefined)[]> {
    const ids = new Map(this.s.metricIds.all().map((m) => [m.key, m.id]));
    const pairs: [number, number, number][] = [];
    const indexOf: number[] = []; // pair index -> request index (unknown metrics have no pair)
    requests.forEach(({ metric, at, knownAt }, i) => {
      const id = ids.get(metric);
      if (id === undefined) return;
      pairs.push([id, ms(at), ms(knownAt ?? at)]);
      indexOf.push(i);
    });
    const found: (Sample | undefined)[] = Array.from({ length: requests.length }, () => undefined);
    if (pairs.length === 0) return found;
    for (const row of this.s.latestSamples.all(JSON.stringify(pairs))) {
      const i = indexOf[row.i] as number;
      const { metric } = requests[i] as SampleRequest;
      found[i] = { metric, at: iso(row.at), value: row.value, source: row.source };
    }
    return found;
  }

  async listSamples(metric: string, from: string, to: string, knownAt?: string): Promise<Sample[]> {
    const id = this.s.metricId.get(metric)?.id;
    if (id === undefined) return [];
    const known = knownAt === undefined ? KNOWN_ALWAYS : ms(knownAt);
    const rows = this.s.samplesInForce.all({ id, from: ms(from), to: ms(to), known });
    return inForce(rows).map((r) => ({ ...r, metric }));
  }

  async allSamples(): Promise<Sample[]> {
    return inForce(this.s.allSamples.all());
  }

  async sampleEntries(metric: string, from: string, to: string): Promise<SampleEntry[]> {
    const id = this.s.metricId.get(metric)?.id;
    if (id === undefined) return [];
    const range = [id, ms(from), ms(to)] as const;
    return sampleEntries(metric, this.s.sampleRows.all(...range), this.s.correctionRows.all(...range));
  }

  async sampleEntry(metric: string, sampleId: number): Promise<SampleEntry | undefined> {
    const id = this.s.metricId.get(metric)?.id;
    const row = id === undefined ? undefined : this.s.sampleRow.get(sampleId, id);
    return row && sampleEntries(metric, [row], this.s.correctionsOf.all(sampleId))[0];
  }

  async getSetting(key: string): Promise<unknown> {
    const row = this.s.getSetting.get(key);
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  async listAudit(limit: number): Promise<AuditEvent[]> {
    return this.s.audit.all(limit).map((r) => ({
      id: r.id,
      at: iso(r.at),
      actor: r.actor,
      action: r.action,
      objectType: r.object_type,
      objectKey: r.object_key,
      detail: r.detail ?? '',
    }));
  }

  async auditChain(afterId: number, limit: number): Promise<ChainedAuditEvent[]> {
    return this.s.auditChain.all(afterId, limit).map((r) => ({
      id: r.id,
      at: iso(r.at),
      actor: r.actor,
      action: r.action,
      objectType: r.object_type,
      objectKey: r.object_key,
      detail: r.detail,
      hash: r.hash,
    }));
  }

  async changesSince(after: number, limit: number): Promise<StoredChange[]> {
    return this.s.changesSince.all(after, limit).map((r) => ({
      seq: r.seq,
      at: iso(r.at),
      actor: r.actor,
      entity: r.entity as StoredChange['entity'],
      key: r.key,
      action: r.action,
    }));
  }

  async lastChangeSeq(): Promise<number> {
    return this.s.lastChange.get()?.seq ?? 0;
  }

  // ---- writes ----

  async upsertDepartment(d: Department): Promise<void> {
    this.s.upsertDepartment.run(d.key, d.name, d.color, archivedMs(d));
  }

  async upsertPerson(p: Person): Promise<void> {
    this.s.upsertPerson.run(
      p.key,
      p.name,
      this.id(this.s.departmentId, p.department, 'department'),
      JSON.stringify(p.roles),
      archivedMs(p),
    );
  }

  async upsertMetric(m: Metric): Promise<void> {
    const dept = this.id(this.s.departmentId, m.department, 'department');
    const range = [m.min ?? null, m.max ?? null];
    this.s.upsertMetric.run(
      m.key,
      m.name,
      dept,
      m.unit,
      m.direction,
      m.warn,
      m.fail,
      m.maxAgeHours,
      ...range,
    );
  }

  async addSampleCorrection(c: NewSampleCorrection): Promise<void> {
    this.s.insertCorrection.run(c.sampleId, ms(c.at), c.value, c.reason, c.by);
  }

  async insertSamples(samples: readonly Sample[], options: { skipExisting: boolean }): Promise<number> {
    const ids = new Map<string, number>();
    const rows: SampleRow[] = [];
    for (const s of samples) {
      let id = ids.get(s.metric);
      if (id === undefined) {
        id = this.id(this.s.metricId, s.metric, 'metric');
        ids.set(s.metric, id);
      }
      rows.push([id, ms(s.at), s.value, s.source]);
    }
    const fresh = inIndexOrder(
      options.skipExisting
        ? await withoutStored(rows, async (id, from, to) => this.s.samplesBetween.all(id, from, to))
        : rows,
    );
    // Many rows per statement: less per-statement overhead on large CSV imports.
    let i = 0;
    for (; i + SAMPLE_BATCH <= fresh.length; i += SAMPLE_BATCH)
      this.s.insertSampleBatch.run(fresh.slice(i, i + SAMPLE_BATCH).flat());
    for (; i < fresh.length; i++) this.s.insertSample.run(...(fresh[i] as SampleRow));
    return fresh.length;
  }

  async appendSamples(metric: string, samples: SampleColumns, rows: readonly number[]): Promise<void> {
    const id = this.id(this.s.metricId, metric, 'metric');
    const { at, value, source, sources } = samples;
    // One parameter array reused for every statement of SAMPLE_BATCH rows.
    const params: (number | string)[] = Array.from({ length: SAMPLE_BATCH * 4 }, () => 0);
    let i = 0;
    for (; i + SAMPLE_BATCH <= rows.length; i += SAMPLE_BATCH) {
      for (let j = 0, k = 0; j < SAMPLE_BATCH; j++) {
        const row = rows[i + j] as number;
        params[k++] = id;
        params[k++] = at[row] as number;
        params[k++] = value[row] as number;
        params[k++] = sources[source[row] as number] as string;
      }
      this.s.insertSampleBatch.run(params);
    }
    for (; i < rows.length; i++) {
      const row = rows[i] as number;
      this.s.insertSample.run(id, at[row], value[row], sources[source[row] as number]);
    }
  }

  async insertCampaign(c: CampaignRow): Promise<void> {
    this.writeCampaign(this.s.insertCampaign, c);
  }

  async upsertCampaign(c: CampaignRow): Promise<void> {
    this.writeCampaign(this.s.upsertCampaign, c);
  }

  async touchCampaign(key: string, by: string, at: string): Promise<void> {
    this.s.touchCampaign.run(by, ms(at), key);
  }

  private writeCampaign(statement: Database.Statement, c: CampaignRow): void {
    const owner = this.id(this.s.personId, c.owner, 'person');
    const draft = c.draft ? JSON.stringify(briefContent(c.draft)) : null;
    statement.run(c.key, c.title, ms(c.start), ms(c.end), c.status, JSON.stringify(c.channels), owner, draft);
    const id = this.id(this.s.campaignId, c.key, 'campaign');
    this.s.clearCampaignDepartments.run(id);
    c.departments.forEach((d, i) =>
      this.s.addCampaignDepartment.run(id, this.id(this.s.departmentId, d, 'department'), i),
    );
  }

  async setCampaignStatus(key: string, status: CampaignStatus): Promise<void> {
    this.s.setStatus.run(status, key);
  }

  async setCampaignDates(key: string, start: string, end: string): Promise<void> {
    this.s.setDates.run(ms(start), ms(end), key);
  }

  async insertBriefVersion(campaign: string, v: BriefVersion): Promise<void> {
    const id = this.id(this.s.campaignId, campaign, 'campaign');
    const content = v.summary ? { ...briefContent(v), summary: v.summary } : briefContent(v);
    this.s.insertVersion.run(
      id,
      v.version,
      ms(v.publishedAt),
      v.change,
      v.publishedBy ?? null,
      JSON.stringify(content),
    );
  }

  async addAcknowledgement(campaign: string, a: Acknowledgement): Promise<boolean> {
    const args = [
      this.id(this.s.campaignId, campaign, 'campaign'),
      this.id(this.s.departmentId, a.department, 'department'),
      a.version,
      this.id(this.s.personId, a.by, 'person'),
      ms(a.at),
      a.state,
    ] as const;
    if (this.s.ackExists.get(...args, a.note ?? '')) return false;
    this.s.insertAck.run(...args, a.note ?? null);
    return true;
  }

  async addDecision(campaign: string, d: Decision): Promise<boolean> {
    const args = [
      this.id(this.s.campaignId, campaign, 'campaign'),
      d.decision,
      this.id(this.s.personId, d.by, 'person'),
      ms(d.at),
    ] as const;
    const expires = d.expires !== undefined ? ms(d.expires) : null;
    if (this.s.decisionExists.get(...args, expires ?? -1, d.note)) return false;
    this.s.insertDecision.run(...args, expires, d.note, d.flags ? JSON.stringify(d.flags) : null);
    return true;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.s.setSetting.run(key, JSON.stringify(value));
  }

  /** The write transaction holds SQLite's write lock, so reading the last hash and appending is atomic. */
  async audit(e: NewAuditEvent): Promise<void> {
    const last = this.s.lastAudit.get();
    const event = {
      id: (last?.id ?? 0) + 1,
      at: e.at,
      actor: e.actor,
      action: e.action,
      objectType: e.objectType,
      objectKey: e.objectKey,
      detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    };
    const hash = auditHash(last?.hash ?? CHAIN_START, event);
    this.s.insertAudit.run(
      event.id,
      ms(e.at),
      event.actor,
      event.action,
      event.objectType,
      event.objectKey,
      event.detail,
      hash,
    );
  }

  async appendChange(c: NewChange): Promise<number> {
    return Number(this.s.insertChange.run(ms(c.at), c.actor, c.entity, c.key, c.action).lastInsertRowid);
  }
}

/** Access queries (access.ts) on this connection; statements prepared once each. */
function sqliteRunner(db: Database.Database) {
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) prepared.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    all: async <R>(sql: string, params: readonly unknown[]) => statement(sql).all(...params) as R[],
    run: async (sql: string, params: readonly unknown[]) => statement(sql).run(...params).changes,
  };
}
