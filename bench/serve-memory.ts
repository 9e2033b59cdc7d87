// `serve` memory after a 200,000-row CSV import through the HTTP API as the UI sends it (a dry
// run, then the import), beside its floor: a Node process with the same workspace open and
// nothing else. Resident memory read from /proc once each process has settled.
import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitUpload, UPLOAD_CONTENT_TYPE, UPLOAD_INPUT_HEADER, uploadHeader } from '../shared/upload.ts';
import { copyWorkspace, removeWorkspace } from './workspace.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'campaign-desk.mjs');
// The CSV covers every department's metrics: it is sent as an admin, added to the bench's copy.
const ADMIN = 'bench-admin';

export interface ServeMemoryFigures {
  /** Resident set once started (its daily backup written) and idle, before the import, MB. */
  idleMb: number;
  /** Resident set after the import, MB. */
  serveMb: number;
  /** The most resident memory at any time during the import, MB. */
  servePeakMb: number;
  floorMb: number;
}

const mb = (kb: number) => kb / 1024;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /on (https?:\/\/[^\s]+:\d+) /.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`serve ended (${String(code)}) before listening`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await ended;
}

/** A call as the UI's HTTP transport sends it: JSON, or a file's bytes as the body (shared/upload.ts). */
async function call(url: string, method: string, input: unknown): Promise<unknown> {
  const upload = splitUpload(input);
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: upload
      ? {
          'content-type': UPLOAD_CONTENT_TYPE,
          [UPLOAD_INPUT_HEADER]: uploadHeader(upload.rest),
          'x-campaign-desk-person': ADMIN,
        }
      : { 'content-type': 'application/json', 'x-campaign-desk-person': ADMIN },
    body: upload ? (upload.bytes as Uint8Array<ArrayBuffer>) : JSON.stringify({ input }),
  });
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: unknown }).result;
}

export async function measureServeMemory(workspace: string, csv: string): Promise<ServeMemoryFigures> {
  const file = copyWorkspace(workspace, 'serve-memory');
  const db = new Database(file);
  db.prepare(
    `INSERT INTO people (key, name, department_id, roles) VALUES (?, 'Bench admin', (SELECT min(id) FROM departments), '["admin"]')`,
  ).run(ADMIN);
  db.close();
  const serve = spawn(process.execPath, [CLI, 'serve', '--workspace', file, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await listening(serve);
    const pid = serve.pid as number;
    await settle();
    const idleMb = mb(statusKb(pid, 'VmRSS'));
    // As the import dialog does: the dry run sends the file's bytes, the import only the id it
    // answered with. (Until the third pass the bench sent the file as text in JSON; docs/performance.md.)
    const picked = { name: 'samples.csv', bytes: Buffer.from(csv) };
    const dry = await call(url, 'samples.importCsv', { file: picked, dryRun: true });
    const { fileId } = dry as { fileId: string };
    await call(url, 'samples.importCsv', { fileId, dryRun: false });
    await settle();
    const figures = { idleMb, serveMb: mb(statusKb(pid, 'VmRSS')), servePeakMb: mb(statusKb(pid, 'VmHWM')) };
    await stop(serve);
    return { ...figures, floorMb: await floorMb(file) };
  } finally {
    await stop(serve);
    removeWorkspace(file);
  }
}

/** Node with the workspace open (better-sqlite3, one read), idle. */
async function floorMb(file: string): Promise<number> {
  const script = `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)});
    db.prepare('SELECT count(*) FROM samples').get(); console.log('open'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    await settle();
    return mb(statusKb(child.pid as number, 'VmRSS'));
  } finally {
    await stop(child);
  }
}
