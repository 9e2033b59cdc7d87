// `npm run bench:team [-- --quick | --seconds S --rate N --clients N --writers N --pg URL]`
// (issue 9, team-server.md §5): two `serve --team` processes on one fresh PostgreSQL workspace,
// 200 event-stream clients split across them, 50 sample writes a second for 30 s through both.
// For each write: the time from sending it to the moment the last client received its event.
// Every event must reach every client. Also the servers' CPU and memory.
// Writes of one writer are sent one after another, so its k-th event is its k-th write: no id
// has to travel in the event.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { SYSTEM_CLI } from '../electron/services/context.ts';
import { createServices } from '../electron/services/services.ts';
import { openStore } from '../electron/store/open-store.ts';
import { formatTable, ms, type Figure } from './table.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PASSWORD = 'bench password, long enough';
const log = (text: string) => process.stderr.write(`${text}\n`);

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    rate: { type: 'string', default: '50' },
    clients: { type: 'string', default: '200' },
    writers: { type: 'string', default: '10' },
    people: { type: 'string', default: '50' },
    pg: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds ?? (args.quick ? 5 : 30));
const RATE = Number(args.rate);
const CLIENTS = Number(args.clients);
const PEOPLE = Number(args.people);
const WRITERS = Math.min(Number(args.writers), PEOPLE);
const SERVER_URL =
  args.pg ?? process.env.CAMPAIGN_DESK_TEST_PG ?? 'postgres://cdesk:cdesk@127.0.0.1:5432/postgres';

/** Bench people: desk01…; odd ones in support (writes csat), even ones in delivery. */
const people = Array.from({ length: PEOPLE }, (_, i) => ({
  key: `desk${String(i + 1).padStart(2, '0')}`,
  name: `Desk ${i + 1}`,
  department: i % 2 ? 'support' : 'delivery',
  roles: ['member' as const],
}));
const metricOf = (department: string) => (department === 'support' ? 'csat' : 'on_time_delivery');

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createWorkspace(): Promise<{ url: string; name: string }> {
  const name = `cdesk_bench_${crypto.randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString());
  try {
    const services = createServices(store);
    const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/signage-company.json'), 'utf8'));
    await services.workspace.import(doc, SYSTEM_CLI);
    for (const person of people) await services.people.definePerson(person, SYSTEM_CLI);
    await Promise.all(people.map((p) => services.access.setPassword(p.key, PASSWORD, SYSTEM_CLI)));
  } finally {
    await store.close();
  }
  return { url: url.toString(), name };
}

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

function startServer(workspace: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin/campaign-desk.mjs'),
      'serve',
      '--team',
      '--listen',
      '127.0.0.1:0',
      '--workspace',
      workspace,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en' } },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.stdout?.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const url = /on (http:\/\/[^\s]+:\d+) /.exec(out)?.[1];
      if (url) resolve({ child, url, exited });
    });
    void exited.then(() => reject(new Error(`serve ended before listening: ${err}`)));
  });
}

async function signIn(server: Server, person: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ person, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${person}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** One write's journey: sent at, answered at, and how many clients have its event (the last when). */
interface Write {
  sent: number;
  answered: number;
  delivered: number;
  lastArrival: number;
}
const writes = new Map<string, Write>();
const writeId = (actor: string, k: number) => `${actor}#${k}`;
let strayEvents = 0;

/** An event-stream client as a desk holds one: fetch with a streaming body and the Bearer header. */
async function openStream(
  server: Server,
  token: string,
  signal: AbortSignal,
): Promise<{ done: Promise<void> }> {
  const res = await fetch(`${server.url}/api/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal,
  });
  if (res.status !== 200 || !res.body) throw new Error(`event stream: ${res.status} ${await res.text()}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const seen = new Map<string, number>();
  let buffer = '';
  const first = await reader.read(); // ": connected"
  buffer += first.value ?? '';
  const done = (async () => {
    try {
      for (;;) {
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          // Only the actor is needed: cheaper than parsing 10 000 events a second.
          const actor = /"actor":"([^"]+)"/.exec(frame)?.[1];
          if (!actor) continue;
          const k = seen.get(actor) ?? 0;
          seen.set(actor, k + 1);
          const write = writes.get(writeId(actor, k));
          if (!write) {
            strayEvents++;
            continue;
          }
          write.delivered++;
          write.lastArrival = Math.max(write.lastArrival, performance.now());
        }
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
      }
    } catch (err) {
      if (!signal.aborted) throw err;
    }
  })();
  return { done };
}

/** CPU time (user + system, ms) and resident memory (MiB) of a process, from /proc. */
function usage(pid: number): { cpuMs: number; rssMib: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (clock ticks of 10 ms)
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuMs: ticks * 10, rssMib: Number(rss) / 1024 };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
const sleep = (msecs: number) => new Promise((r) => setTimeout(r, msecs));

async function main(): Promise<void> {
  log('building the CLI bundle…');
  await new Promise((resolve, reject) =>
    spawn(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' })
      .once('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`build-cli exited ${code}`))))
      .once('error', reject),
  );
  log(`creating a workspace with ${PEOPLE} people (passwords are slow hashes)…`);
  const workspace = await createWorkspace();
  const servers: Server[] = [];
  const abort = new AbortController();
  try {
    servers.push(await startServer(workspace.url), await startServer(workspace.url));
    log(`servers: ${servers.map((s) => s.url).join(', ')}; signing in…`);
    // Each person signs in on one server; the session works on both (it lives in the workspace).
    const tokens = await Promise.all(people.map((p, i) => signIn(servers[i % 2] as Server, p.key)));

    log(`opening ${CLIENTS} event streams…`);
    const readers: Promise<void>[] = [];
    for (let c = 0; c < CLIENTS; c++)
      readers.push(
        (await openStream(servers[c % 2] as Server, tokens[c % PEOPLE] as string, abort.signal)).done,
      );
    await sleep(1000); // every stream has read where the log stands

    const before = servers.map((s) => usage(s.child.pid as number));
    const benchBefore = process.cpuUsage();
    const peakRss = before.map((u) => u.rssMib);
    const sampler = setInterval(() => {
      servers.forEach(
        (s, i) => (peakRss[i] = Math.max(peakRss[i] as number, usage(s.child.pid as number).rssMib)),
      );
    }, 500);

    const total = Math.round(SECONDS * RATE);
    log(`writing ${total} samples at ${RATE}/s for ${SECONDS} s through both servers…`);
    const queues = Array.from({ length: WRITERS }, () => Promise.resolve());
    const counts = new Array<number>(WRITERS).fill(0);
    let late = 0;
    let failed = 0;
    const start = performance.now();
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const w = i % WRITERS;
      const person = people[w] as (typeof people)[number];
      const server = servers[w % 2] as Server;
      const token = tokens[w] as string;
      queues[w] = (queues[w] as Promise<void>).then(async () => {
        const sent = performance.now();
        if (sent - due > 1000 / RATE) late++;
        const write: Write = { sent, answered: 0, delivered: 0, lastArrival: 0 };
        writes.set(writeId(person.key, counts[w] as number), write);
        counts[w] = (counts[w] as number) + 1;
        const res = await fetch(`${server.url}/api/samples.add`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            input: {
              metric: metricOf(person.department),
              at: new Date(base + i * 1000).toISOString(),
              value: 50 + (i % 50),
            },
          }),
        });
        write.answered = performance.now();
        if (res.status !== 200) {
          failed++;
          log(`write ${i}: ${res.status} ${await res.text()}`);
        } else await res.arrayBuffer();
      });
    }
    await Promise.all(queues);
    const writing = performance.now() - start;
    // Wait (at most 10 s) for the last events to arrive everywhere.
    const expected = writes.size * CLIENTS;
    const delivered = () => [...writes.values()].reduce((n, w) => n + w.delivered, 0);
    for (let waited = 0; delivered() < expected && waited < 10_000; waited += 50) await sleep(50);
    clearInterval(sampler);
    const after = servers.map((s) => usage(s.child.pid as number));
    const benchCpu = process.cpuUsage(benchBefore);
    const elapsed = performance.now() - start;

    const latencies = [...writes.values()]
      .filter((w) => w.delivered === CLIENTS)
      .map((w) => w.lastArrival - w.sent)
      .sort((a, b) => a - b);
    // The part of the delay after the write was answered (committed): the live-change path alone.
    const afterAnswer = [...writes.values()]
      .filter((w) => w.delivered === CLIENTS)
      .map((w) => Math.max(0, w.lastArrival - w.answered))
      .sort((a, b) => a - b);
    const answers = [...writes.values()].map((w) => w.answered - w.sent).sort((a, b) => a - b);
    const got = delivered();
    const figures: Figure[] = [
      {
        measure: 'writes sent (achieved rate)',
        app: `${writes.size} (${(writes.size / (writing / 1000)).toFixed(1)}/s)`,
      },
      { measure: 'writes refused', app: String(failed), target: '0', pass: failed === 0 },
      { measure: 'writes sent > 1 slot late', app: String(late) },
      {
        measure: 'events delivered / expected',
        app: `${got} / ${expected}`,
        target: 'all',
        pass: got === expected && strayEvents === 0,
      },
      { measure: 'delivery to all clients, p50', app: ms(percentile(latencies, 50)) },
      {
        measure: 'delivery to all clients, p99',
        app: ms(percentile(latencies, 99)),
        target: '< 1000 ms',
        pass: percentile(latencies, 99) < 1000,
      },
      {
        measure: 'delivery to all clients, max',
        app: ms(latencies.at(-1) ?? NaN),
        target: '< 1000 ms',
        pass: (latencies.at(-1) ?? Infinity) < 1000,
      },
      { measure: 'after the answer, to all clients, p50', app: ms(percentile(afterAnswer, 50)) },
      { measure: 'after the answer, to all clients, p99', app: ms(percentile(afterAnswer, 99)) },
      { measure: 'write answered, p50', app: ms(percentile(answers, 50)) },
      { measure: 'write answered, p99', app: ms(percentile(answers, 99)) },
      ...servers.flatMap((_, i) => {
        const cpu =
          ((after[i] as { cpuMs: number }).cpuMs - (before[i] as { cpuMs: number }).cpuMs) / elapsed;
        return [
          { measure: `server ${i + 1} CPU (of one core)`, app: `${(cpu * 100).toFixed(0)} %` },
          { measure: `server ${i + 1} RSS, peak`, app: `${(peakRss[i] as number).toFixed(0)} MiB` },
        ];
      }),
    ];
    figures.push({
      measure: 'this bench (clients + writers) CPU',
      app: `${(((benchCpu.user + benchCpu.system) / 1000 / elapsed) * 100).toFixed(0)} %`,
    });
    const clients = `${CLIENTS} clients (${CLIENTS / 2} per server), ${PEOPLE} people, ${WRITERS} writers`;
    process.stdout.write(
      `\nTeam server load: ${clients}, ${RATE} writes/s for ${SECONDS} s\n\n${formatTable(figures)}\n`,
    );
    if (figures.some((f) => f.pass === false)) process.exitCode = 1;
    abort.abort();
    await Promise.allSettled(readers);
  } finally {
    abort.abort();
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    await onServer(`DROP DATABASE IF EXISTS ${workspace.name} WITH (FORCE)`);
  }
}

await main();
