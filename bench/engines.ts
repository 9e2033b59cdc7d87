// `npm run bench:engines -- postgres://…/EMPTY_DB` (team-server.md §1): the same generated
// workspace imported into a SQLite file and into the given (empty) PostgreSQL database, then,
// side by side as medians: import, readiness report, the visible-month calendar query and one
// acknowledgement write (p50 and p99). Both engines must give the same report.
import { isDeepStrictEqual } from 'node:util';
import { SYSTEM_CLI } from '../electron/services/context.ts';
import { createServices, type Services } from '../electron/services/services.ts';
import pg from 'pg';
import { isPostgresUrl, openStore } from '../electron/store/open-store.ts';
import type { Store } from '../electron/store/store.ts';
import { MONTH } from './calendar.ts';
import { generateDocument, type BenchDocument } from './generate.ts';
import { median, medianMs } from './measure.ts';
import { REPORT_AT } from './readiness.ts';
import { ms } from './table.ts';
import { removeBenchDir, tempFile } from './workspace.ts';

const RUNS = 7;
const WRITES = 200;

const log = (text: string) => process.stderr.write(`${text}\n`);

interface EngineFigures {
  importMs: number;
  readinessMs: number;
  calendarMs: number;
  ackP50: number;
  ackP99: number;
  report: unknown;
}

async function measure(location: string, doc: BenchDocument): Promise<EngineFigures> {
  const store: Store = await openStore(location);
  try {
    const services: Services = createServices(store, { now: () => new Date(REPORT_AT) });
    const started = performance.now();
    await services.workspace.import(structuredClone(doc) as unknown, SYSTEM_CLI);
    const importMs = performance.now() - started;
    if (isPostgresUrl(location)) await analyze(location);
    const report = await services.readiness.report({ at: REPORT_AT });
    const readinessMs = await medianMs(RUNS, () => services.readiness.report({ at: REPORT_AT }));
    const calendarMs = await medianMs(RUNS, () => store.read((tx) => tx.listCampaigns(MONTH)));
    const [ackP50, ackP99] = await acknowledgementWrites(store, doc);
    return { importMs, readinessMs, calendarMs, ackP50, ackP99, report };
  } finally {
    await store.close();
  }
}

/** Fresh planner statistics, as autovacuum gives a workspace soon after a large import. */
async function analyze(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** One acknowledgement per write transaction, as a person's click records it. */
async function acknowledgementWrites(store: Store, doc: BenchDocument): Promise<[number, number]> {
  const campaign = doc.campaigns.find((c) => c.briefVersions.length > 0 && c.departments.length > 0);
  const person = doc.people[0];
  if (!campaign || !person) throw new Error('the generated workspace has no campaign to acknowledge');
  const times: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const start = performance.now();
    await store.write((tx) =>
      tx.addAcknowledgement(campaign.key, {
        department: campaign.departments[0] as string,
        version: campaign.briefVersions.length,
        by: person.key,
        at: new Date(Date.parse(REPORT_AT) + i).toISOString(),
        state: 'acknowledged',
      }),
    );
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return [median(times), times[Math.floor(times.length * 0.99)] as number];
}

async function main(url: string | undefined): Promise<number> {
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    log('Usage: npm run bench:engines -- postgres://USER:PASSWORD@HOST:PORT/EMPTY_DATABASE');
    return 2;
  }
  const doc = generateDocument();
  log(`${doc.campaigns.length} campaigns, ${doc.samples.length.toLocaleString('en')} samples`);
  log('SQLite…');
  const sqlite = await measure(tempFile('engines'), doc);
  log('PostgreSQL…');
  const postgres = await measure(url, doc);
  const rows: [string, number, number][] = [
    [`import (${doc.campaigns.length} campaigns)`, sqlite.importMs, postgres.importMs],
    ['readiness report', sqlite.readinessMs, postgres.readinessMs],
    ['calendar month, listCampaigns', sqlite.calendarMs, postgres.calendarMs],
    ['acknowledgement write p50', sqlite.ackP50, postgres.ackP50],
    ['acknowledgement write p99', sqlite.ackP99, postgres.ackP99],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  process.stdout.write(
    `\n${'case'.padEnd(width)}  ${'SQLite'.padStart(10)}  ${'PostgreSQL'.padStart(10)}  ratio\n`,
  );
  for (const [name, a, b] of rows)
    process.stdout.write(
      `${name.padEnd(width)}  ${ms(a).padStart(10)}  ${ms(b).padStart(10)}  ${(b / a).toFixed(1)}×\n`,
    );
  const same = isDeepStrictEqual(sqlite.report, postgres.report);
  process.stdout.write(`\nReadiness reports ${same ? 'identical' : 'DIFFER'} on both engines.\n`);
  return same ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv[2]);
} finally {
  removeBenchDir();
}
