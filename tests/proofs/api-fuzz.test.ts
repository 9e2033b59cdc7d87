// Proof: no input breaks the server. Every API method is called over HTTP on a spawned
// `campaign-desk serve` with inputs generated from its own zod schema (valid ones with the
// workspace's keys), the same with one part mutated or a hostile key added, and arbitrary
// JSON, some nesting thousands of levels deep. No answer may be a 5xx, the process must stay up, and a refused request must not
// have written anything (SQLite's data_version, read on a separate read-only connection,
// changes with every commit by the server).
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { api, METHODS, type Method } from '../../shared/api.ts';
import { csvFile, workspaceDocument } from '../helpers/arbitraries.ts';
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

it(`answers ${INPUTS} fuzzed calls of every API method without a 5xx, a crash or a write on refusal`, async (context) => {
  const dir = tempDirFor(context);
  const workspace = path.join(dir, 'workspace.sqlite');
  await createFixtureWorkspace(workspace);
  const server = await startServe(workspace, { compileCache: path.join(dir, 'compile-cache') });
  const db = new Database(workspace, { readonly: true, fileMustExist: true });
  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;
  const statuses = new Map<number, number>();
  let sent = 0;
  try {
    const perMethod = Math.ceil(INPUTS / METHODS.length);
    for (const method of METHODS) {
      await fc.assert(
        fc.asyncProperty(callsFor(method), async ({ body, person }) => {
          const before = dataVersion();
          const res = await fetch(`${server.url}/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(person ? { [PERSON_HEADER]: person } : {}) },
            body,
          });
          const reply = (await res.json()) as { result?: unknown; error?: { code: string; message: string } };
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${method}: ${reply.error?.message ?? ''}`).toBeLessThan(500);
          expect(server.child.exitCode).toBeNull();
          if (res.status !== 200) {
            expect(reply.error?.message).toBeTruthy();
            expect(dataVersion(), `${method} refused (${res.status}) yet wrote`).toBe(before);
          }
        }),
        { numRuns: perMethod, seed: 20261201, endOnFailure: true },
      );
    }
  } finally {
    db.close();
    server.child.kill('SIGTERM');
    await server.exited;
  }
  const summary = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  console.info(`API fuzz: ${sent} calls over ${METHODS.length} methods (${summary}); 0 failures`);
  expect(sent).toBeGreaterThanOrEqual(INPUTS);
  // Enough of them were valid to reach the services, not only the schemas.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(INPUTS / 5);
}, 600_000);
