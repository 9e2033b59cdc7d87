// Over HTTP, a storage problem answers with its own status and reason instead of
// 500 "Something went wrong": 507 when the disk is full, 503 when the workspace
// is read-only; and the refused request wrote nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PERSON_HEADER,
  startHttpServer,
  type RunningServer,
} from '../../../electron/transports/http-server.ts';
import { createServices } from '../../../electron/services/services.ts';
import { SqliteStore } from '../../../electron/store/sqlite/sqlite-store.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
const open: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function serve(ws: TestWorkspace): Promise<RunningServer> {
  open.push(ws);
  const server = await startHttpServer(ws.services, { port: 0 });
  open.push(server);
  return server;
}

async function post(server: RunningServer, method: string, input: unknown, person = 'admin') {
  const res = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: person },
    body: JSON.stringify({ input }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { error?: { code: string; message: string; key?: string } },
  };
}

const department = { key: 'legal', name: 'Legal', color: '#334455' };

describe('storage problems over HTTP', () => {
  it('a full disk answers 507 with the reason, and nothing is written', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const ws = openWorkspace(file);
    const server = await serve(ws);
    // No more pages than the workspace has now: the next page SQLite needs is "disk full".
    const pages = ws.store.db.pragma('page_count', { simple: true }) as number;
    ws.store.db.pragma(`max_page_count = ${pages}`);
    const samples = Array.from({ length: 3000 }, (_, i) => ({
      metric: 'delivery_backlog',
      at: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString(),
      value: i,
      source: 'x'.repeat(80),
    }));
    const csv = [
      'metric,at,value,source',
      ...samples.map((s) => `${s.metric},${s.at},${s.value},${s.source}`),
    ].join('\n');
    const reply = await post(server, 'samples.importCsv', { csv, dryRun: false });
    expect(reply.status).toBe(507);
    expect(reply.body.error).toMatchObject({ code: 'insufficient_storage', key: 'storage_disk_full' });
    expect(reply.body.error?.message).toMatch(/is full: nothing was saved/);
    const listed = await post(server, 'samples.list', {
      metric: 'delivery_backlog',
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-03T00:00:00Z',
    });
    expect(listed.status).toBe(200);
    expect((listed.body as { result?: unknown[] }).result).toEqual([]);
  });

  it('a workspace damaged under the running server answers 503 "damaged", not 500', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const ws = openWorkspace(file);
    const server = await serve(ws);
    // Garbage over every page after the first few (the schema stays readable, the rows do not).
    const pageSize = ws.store.db.pragma('page_size', { simple: true }) as number;
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(size - 4 * pageSize, 0xa5), 0, size - 4 * pageSize, 4 * pageSize);
    fs.closeSync(fd);
    const reply = await post(server, 'workspace.export', {});
    expect(reply.status).toBe(503);
    expect(reply.body.error).toMatchObject({ code: 'unavailable', key: 'storage_corrupt' });
    expect(reply.body.error?.message).toMatch(/is damaged: it is not a readable Campaign Desk database/);
  });

  it('a read-only workspace answers reads, and 503 "read-only" to a change', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const ws = openWorkspace(file);
    await ws.close();
    const readonly = SqliteStore.open(file, { readonly: true });
    const services = createServices(readonly);
    open.push(readonly);
    const server = await startHttpServer(services, { port: 0 });
    open.push(server);
    const exported = await post(server, 'workspace.export', {});
    expect(exported.status).toBe(200);
    // The app says so up front (a banner), before anyone tries a change.
    const info = await post(server, 'workspace.info', {});
    expect((info.body as { result?: { readOnly: boolean } }).result?.readOnly).toBe(true);
    const reply = await post(server, 'departments.define', { department });
    expect(reply.status).toBe(503);
    expect(reply.body.error).toMatchObject({ code: 'unavailable', key: 'storage_read_only' });
    expect(reply.body.error?.message).toMatch(/is read-only: it can be read and exported/);
    const departments = await post(server, 'departments.list', {});
    expect(JSON.stringify(departments.body)).not.toContain('legal');
  });
});
