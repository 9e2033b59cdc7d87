// Proof: a write answered 200 is durable, on both engines. `campaign-desk serve` runs on a real
// workspace while clients send samples and acknowledgements over HTTP; it is killed with SIGKILL
// at a random moment, mid-request, again and again. After every kill the workspace holds every
// write that was acknowledged (a SQLite file also passes its integrity check, opened read-only
// before anything recovers it); then the server starts again on it. At the end the audit chain
// verifies (`campaign-desk audit verify`).
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api } from '../../shared/api.ts';
import { runCli } from '../helpers/cli.ts';
import { createLocation, ENGINES, rawSql, removeLocation, type EngineName } from '../helpers/engines.ts';
import { startServe } from '../helpers/serve.ts';
import { tempDirFor } from '../helpers/temp-dir.ts';
import { createFixtureWorkspace } from '../helpers/workspace.ts';

const ROUNDS = Number(process.env.STORM_ROUNDS ?? 100);
const WRITERS = 4;
const PERSON_HEADER = 'x-campaign-desk-person';

/** Who writes what: each person only into their own department (metric owners, affected departments). */
const SAMPLE_WRITERS = [
  { person: 'olena', metric: 'csat' },
  { person: 'taras', metric: 'delivery_backlog' },
];
const ACK_WRITERS = [
  { person: 'taras', campaign: 'bf-next-day', department: 'delivery' },
  { person: 'ivan', campaign: 'spring-catalogue', department: 'sales' },
];

async function post(url: string, method: string, input: unknown, person: string): Promise<unknown> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: person },
    body: JSON.stringify({ input }),
  });
  const body = (await res.json()) as { result?: unknown; error?: { message: string } };
  if (res.status !== 200) throw new Error(`${method}: ${res.status} ${body.error?.message ?? ''}`);
  return body.result;
}

/** The current brief version of each campaign acknowledged, if the API asks for it. */
async function versions(url: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const { campaign } of ACK_WRITERS) {
    const detail = (await post(url, 'campaigns.get', { key: campaign }, 'admin')) as {
      campaign: { briefVersions: { version: number }[] };
    };
    out.set(campaign, Math.max(...detail.campaign.briefVersions.map((v) => v.version)));
  }
  return out;
}

const asksForVersion = 'version' in api['acknowledgements.record'].input.shape;

interface Stored {
  sources: Set<string>;
  notes: Set<string>;
}

const SOURCES = "SELECT source FROM samples WHERE source LIKE 'storm-%'";
const NOTES = "SELECT note FROM acknowledgements WHERE note LIKE 'storm-%'";

/** The storm's writes in the workspace right after a kill; a SQLite file must also be intact. */
async function storedAfterKill(workspace: string, engine: EngineName, round: number): Promise<Stored> {
  if (engine === 'postgres') {
    const column = async (sql: string) =>
      new Set((await rawSql(workspace, sql)).map((r) => String(Object.values(r)[0])));
    return { sources: await column(SOURCES), notes: await column(NOTES) };
  }
  const db = new Database(workspace, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
    return {
      sources: new Set(db.prepare(SOURCES).pluck().all() as string[]),
      notes: new Set(db.prepare(NOTES).pluck().all() as string[]),
    };
  } finally {
    db.close();
  }
}

describe.each(ENGINES)('%s', (engine) => {
  it(`keeps every acknowledged write through ${ROUNDS} kill -9 rounds`, async (context) => {
    const dir = tempDirFor(context);
    const workspace = engine === 'sqlite' ? path.join(dir, 'workspace.sqlite') : await createLocation(engine);
    if (engine === 'postgres') context.onTestFinished(() => removeLocation(workspace));
    await createFixtureWorkspace(workspace);
    const random = fc.sample(fc.integer({ min: 10, max: 300 }), { numRuns: ROUNDS, seed: 42 });
    const acknowledged = { samples: new Set<string>(), acks: new Set<string>() };
    let sent = 0;
    let minute = 0;
    let current: Map<string, number> | undefined;

    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServe(workspace, { compileCache: path.join(dir, 'compile-cache') });
      // Nothing publishes during the storm: the versions read once hold for every round.
      current ??= asksForVersion ? await versions(server.url) : new Map<string, number>();
      const versionOf = current;
      let killed = false;
      const writer = async (w: number) => {
        for (let i = 0; !killed; i++) {
          const tag = `storm-${round}-${w}-${i}`;
          sent++;
          try {
            if ((w + i) % 3 === 2) {
              const a = ACK_WRITERS[(round + w + i) % ACK_WRITERS.length]!;
              const version = versionOf.get(a.campaign);
              await post(
                server.url,
                'acknowledgements.record',
                { campaign: a.campaign, department: a.department, state: 'acknowledged', note: tag, version },
                a.person,
              );
              acknowledged.acks.add(tag);
            } else {
              const s = SAMPLE_WRITERS[(w + i) % SAMPLE_WRITERS.length]!;
              const at = new Date(Date.UTC(2026, 0, 1) + minute++ * 60_000).toISOString();
              await post(
                server.url,
                'samples.add',
                { metric: s.metric, at, value: i, source: tag },
                s.person,
              );
              acknowledged.samples.add(tag);
            }
          } catch (err) {
            // Once the server is gone, requests fail: those writes were never acknowledged.
            if (!killed) throw err;
          }
        }
      };
      const writing = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
      await new Promise((resolve) => setTimeout(resolve, random[round]));
      // From here on a failed request is one the kill cut off; a 200 that still arrives counts.
      killed = true;
      server.child.kill('SIGKILL');
      expect(await server.exited).toBe('SIGKILL');
      await writing;

      const { sources, notes } = await storedAfterKill(workspace, engine, round);
      const lost = [
        ...[...acknowledged.samples].filter((t) => !sources.has(t)),
        ...[...acknowledged.acks].filter((t) => !notes.has(t)),
      ];
      expect(lost, `round ${round}`).toEqual([]);
    }
    const verify = await runCli(['audit', 'verify', '--workspace', workspace]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    const writes = acknowledged.samples.size + acknowledged.acks.size;
    console.info(
      `kill -9 storm (${engine}): ${ROUNDS} rounds, ${sent} writes sent, ${writes} acknowledged ` +
        `(${acknowledged.samples.size} samples, ${acknowledged.acks.size} acknowledgements), 0 lost; audit verify ok`,
    );
    expect(acknowledged.acks.size).toBeGreaterThan(0);
    expect(writes).toBeGreaterThan(ROUNDS);
  }, 600_000);
});
