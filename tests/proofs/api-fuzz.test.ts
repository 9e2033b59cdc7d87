// Proof: no input breaks the server. Every API method is called over HTTP on a spawned
// `campaign-desk serve` with inputs generated from its own zod schema (valid ones with the
// workspace's keys), the same with one part mutated or a hostile key added, and arbitrary
// JSON, some nesting thousands of levels deep. No answer may be a 5xx, the process must stay up, and a refused request must not
// have written anything: on both engines, through a separate connection (SQLite's data_version
// changes with every commit by the server; in PostgreSQL every committed insert or update leaves
// a row whose xmin is a new transaction id, and a delete lowers a count).
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { api, METHODS, type Method } from '../../shared/api.ts';
import { csvFile, workspaceDocument } from '../helpers/arbitraries.ts';
import { createLocation, ENGINES, removeLocation, tableNames, type EngineName } from '../helpers/engines.ts';
import { fixtureDocument } from '../helpers/files.ts';
import { startServe } from '../helpers/serve.ts';
import { tempDirFor } from '../helpers/temp-dir.ts';
import { createFixtureWorkspace } from '../helpers/workspace.ts';
import { arbitraryFor, mutated, type Hints } from '../helpers/zod-arbitrary.ts';
import { keyArb } from '../helpers/arbitraries.ts';

const INPUTS = Number(process.env.FUZZ_INPUTS ?? 5_000);
const PERSON_HEADER = 'x-campaign-desk-person';

const fixture = fixtureDocument();
const keysOf = (list: Record<string, unknown>[]) => list.map((item) => String(item.key));
const campaigns = keysOf(fixture.campaigns);
const departments = keysOf(fixture.departments);
const metrics = keysOf(fixture.metrics);
const oneOf = (keys: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, keyArb);

const hints: Hints = {
  campaign: oneOf(campaigns),
  key: oneOf([...campaigns, ...departments, ...metrics]),
  department: oneOf(departments),
  metric: oneOf(metrics),
  departments: fc.subarray(departments),
  csv: csvFile(metrics),
  document: fc.oneof(
    fc.constant(fixture),
    workspaceDocument({ departments: 2, people: 2, metrics: 2, samples: 4, campaigns: 2 }),
  ),
};
const withDeepFlags = JSON.stringify({
  input: {
    document: {
      ...fixture,
      campaigns: fixture.campaigns.map((c, i) =>
        i > 0
          ? c
          : {
              ...c,
              decisions: [{ decision: 'go', by: 'ceo', at: 'AT', note: 'x', flags: [{ a: 'NEST' }] }],
            },
      ),
    },
  },
});
const people = fc.constantFrom<string | undefined>(
  undefined,
  'admin',
  'maria',
  'taras',
  'olena',
  'ivan',
  'ceo',
  'ghost',
);

interface Call {
  body: string;
  person: string | undefined;
}

/**
 * A request: the JSON of a generated input as a generated person, or (as the admin, who may
 * import) a valid one nesting `depth` lists deep in a field.
 */
function callsFor(method: Method): fc.Arbitrary<Call> {
  const valid = arbitraryFor(api[method].input, hints);
  const input = fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 6, arbitrary: mutated(valid) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
  const deep = fc.tuple(valid, fc.integer({ min: 50, max: 20_000 })).map(([value, depth]) => {
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    // For an import, deep inside the one place a document takes any value: a decision's flags.
    // A new decision each time (one already there is not stored again, nor its flags walked).
    const at = new Date(Date.UTC(2026, 10, 1) + depth * 60_000).toISOString();
    if (method === 'workspace.import')
      return withDeepFlags.replace('"NEST"', nested).replace('"AT"', `"${at}"`);
    return JSON.stringify({ input: value }).replace(/^\{"input":\{/, `{"input":{"deep":${nested},`);
  });
  return fc.oneof(
    {
      weight: 13,
      arbitrary: fc.record({ body: input.map((i) => JSON.stringify({ input: i })), person: people }),
    },
    { weight: 2, arbitrary: fc.record({ body: deep, person: fc.constant('admin') }) },
  );
}

const isPgDumpRefusal = (engine: EngineName, method: Method, status: number, key: string | undefined) =>
  engine === 'postgres' && method === 'workspace.backup' && status === 503 && key === 'backup_use_pg_dump';

interface WriteWatch {
  /** A value that changes whenever the server commits a change to the workspace. */
  mark: () => Promise<unknown>;
  close: () => Promise<void>;
}

async function watchWrites(workspace: string, engine: EngineName): Promise<WriteWatch> {
  if (engine === 'sqlite') {
    const db = new Database(workspace, { readonly: true, fileMustExist: true });
    return {
      mark: () => Promise.resolve(db.pragma('data_version', { simple: true })),
      close: () => {
        db.close();
        return Promise.resolve();
      },
    };
  }
  const tables = await tableNames(workspace);
  const sql = `SELECT ${tables
    .map((t) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${t}")`)
    .join(" || ',' || ")} AS mark`;
  const client = new pg.Client({ connectionString: workspace });
  await client.connect();
  return {
    mark: async () => (await client.query<{ mark: string }>(sql)).rows[0]?.mark,
    close: () => client.end(),
  };
}

describe.each(ENGINES)('%s', (engine) => {
  it(`answers ${INPUTS} fuzzed calls of every API method without a 5xx, a crash or a write on refusal`, async (context) => {
    const dir = tempDirFor(context);
    const workspace = engine === 'sqlite' ? path.join(dir, 'workspace.sqlite') : await createLocation(engine);
    if (engine === 'postgres') context.onTestFinished(() => removeLocation(workspace));
    await createFixtureWorkspace(workspace);
    const server = await startServe(workspace, { compileCache: path.join(dir, 'compile-cache') });
    const writes = await watchWrites(workspace, engine);
    const statuses = new Map<number, number>();
    let sent = 0;
    let pgDumpRefusals = 0;
    let acceptedWrites = 0;
    try {
      const perMethod = Math.ceil(INPUTS / METHODS.length);
      for (const method of METHODS) {
        await fc.assert(
          fc.asyncProperty(callsFor(method), async ({ body, person }) => {
            const before = await writes.mark();
            const res = await fetch(`${server.url}/api/${method}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(person ? { [PERSON_HEADER]: person } : {}) },
              body,
            });
            const reply = (await res.json()) as {
              result?: unknown;
              error?: { code: string; message: string; key?: string };
            };
            sent++;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            // The one 5xx by design: a PostgreSQL workspace refuses `workspace.backup` as unavailable
            // (503), pointing to pg_dump (tests/integration/store/postgres/postgres-store.test.ts).
            if (isPgDumpRefusal(engine, method, res.status, reply.error?.key)) pgDumpRefusals++;
            else expect(res.status, `${method}: ${reply.error?.message ?? ''}`).toBeLessThan(500);
            expect(server.child.exitCode).toBeNull();
            const after = await writes.mark();
            if (res.status !== 200) {
              expect(reply.error?.message).toBeTruthy();
              expect(after, `${method} refused (${res.status}) yet wrote`).toBe(before);
            } else if (after !== before) acceptedWrites++;
          }),
          { numRuns: perMethod, seed: 20261201, endOnFailure: true },
        );
      }
    } finally {
      await writes.close();
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const summary = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.info(
      `API fuzz (${engine}): ${sent} calls over ${METHODS.length} methods (${summary}); ${acceptedWrites} accepted calls wrote, 0 refused ones did` +
        (pgDumpRefusals ? `; the 503s: workspace.backup pointing to pg_dump (${pgDumpRefusals})` : ''),
    );
    expect(sent).toBeGreaterThanOrEqual(INPUTS);
    // Enough of them were valid to reach the services, not only the schemas.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(INPUTS / 5);
    // The watch sees the server's commits: otherwise "refused yet wrote" could never fail.
    expect(acceptedWrites).toBeGreaterThan(0);
  }, 600_000);
});
