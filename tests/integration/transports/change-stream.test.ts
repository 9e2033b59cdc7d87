// Spec §5: every accepted write — made through this server, another process on the same
// workspace file, or the command line — reaches the open event streams within a second,
// as an event whose id is the change log's sequence number; a client that reconnects
// with Last-Event-ID gets, in order, what it missed.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, PERSON_HEADER } from '../../../electron/transports/http-server.ts';
import { runCli } from '../../helpers/cli.ts';
import { openEventStream } from '../../helpers/event-stream.ts';
import { CLI_BIN, fixturePath, REPO_ROOT } from '../../helpers/paths.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `campaign-desk serve --port 0` in its own process; resolves with its URL's port. */
function serve(workspace: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', '--workspace', workspace], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      if (port) resolve({ port: Number(port), child });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

describe('changes made by another process', () => {
  it('a CLI import into the workspace reaches an open serve’s event stream within 1 s', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const { port } = await serve(file);
    const stream = await openEventStream(port);
    cleanups.push(() => stream.close());

    const cli = await runCli(['metrics', 'import', fixturePath('metrics-good.csv'), '--workspace', file]);
    const written = performance.now(); // the CLI has committed and exited
    expect(cli.code).toBe(0);
    const event = await stream.next((e) => e.data.entity === 'sample' && e.data.action === 'import');
    const latency = event.arrived - written;
    console.info(`cross-process change delivery: ${latency.toFixed(0)} ms after the CLI exited`);
    expect(latency).toBeLessThan(1000);
    expect(event.data).toMatchObject({ actor: 'system:cli', seq: Number(event.id) });
  });
});

describe('resuming a stream', () => {
  it('Last-Event-ID replays, in order, every change after it; ids increase', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const ws = openWorkspace(file);
    const server = await startHttpServer(ws.services, { port: 0, staticDir: tempDir() });
    cleanups.push(
      () => ws.close(),
      () => server.close(),
    );

    const first = await openEventStream(server.port);
    const add = (value: number) =>
      fetch(`${server.url}/api/samples.add`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'olena' },
        body: JSON.stringify({ input: { metric: 'csat', at: '2026-11-22T09:00:00Z', value } }),
      });
    for (const value of [81, 82, 83]) expect((await add(value)).status).toBe(200);
    await first.next(() => first.events.length >= 3);
    first.close();
    const ids = first.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(3);

    // Disconnected after the first event: two more writes happen while away.
    for (const value of [84, 85]) expect((await add(value)).status).toBe(200);
    const resumed = await openEventStream(server.port, ids[0]);
    cleanups.push(() => resumed.close());
    await resumed.next(() => resumed.events.length >= 4);
    expect(resumed.events.map((e) => Number(e.id))).toEqual([ids[1], ids[2], ids[2]! + 1, ids[2]! + 2]);
    expect(resumed.events.every((e) => e.data.entity === 'sample' && e.data.key === 'csat')).toBe(true);
  });

  it('a stale revision over HTTP is 409 conflict', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const ws = openWorkspace(file);
    const server = await startHttpServer(ws.services, { port: 0, staticDir: tempDir() });
    cleanups.push(
      () => ws.close(),
      () => server.close(),
    );
    const reply = await fetch(`${server.url}/api/campaigns.cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'maria' },
      body: JSON.stringify({ input: { key: 'bf-next-day', revision: 0 } }),
    });
    expect(reply.status).toBe(409);
    expect(await reply.json()).toMatchObject({
      error: { code: 'conflict', key: 'campaign_changed_by_system' },
    });
  });
});
