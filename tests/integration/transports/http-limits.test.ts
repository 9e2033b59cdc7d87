// What one client can hold of the HTTP server: bodies are cut off at the limit (413) without
// being buffered, half-sent headers time out, event streams are capped (429), malformed
// addresses and deeply nested JSON are refused with 400, the UI folder's symbolic links are
// not followed out of it, and no page may be framed.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  PERSON_HEADER,
  startHttpServer,
  type HttpLimits,
  type RunningServer,
} from '../../../electron/transports/http-server.ts';
import { fixtureDocument } from '../../helpers/files.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let ws: TestWorkspace;
let server: RunningServer | undefined;
let ui: string;

beforeEach(() => {
  const file = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(file);
  ws = openWorkspace(file);
  ui = path.join(tempDir(), 'ui');
  fs.mkdirSync(ui);
  fs.writeFileSync(path.join(ui, 'index.html'), '<title>Campaign Desk</title>');
  fs.mkdirSync(path.join(tempDir(), 'private'));
  fs.writeFileSync(path.join(tempDir(), 'private', 'secret.txt'), 'not for the browser');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await ws.close();
});

async function start(limits: Partial<HttpLimits> = {}): Promise<RunningServer> {
  server = await startHttpServer(ws.services, { port: 0, staticDir: ui, limits });
  return server;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  port: number,
  method: string,
  pathname: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: pathname,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const errorOf = (reply: Reply) =>
  (JSON.parse(reply.body) as { error: { code: string; key?: string; message: string } }).error;

/** Streams `total` bytes of a JSON string in 64 KiB chunks, honouring backpressure, until the answer comes. */
function streamBody(port: number, total: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/workspace.import',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        answered = true;
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, sent }));
      },
    );
    // The server closes the connection after its 413; writes still under way may fail then.
    req.on('error', (err) => (answered ? undefined : reject(err)));
    req.write('{"input":{"document":"');
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}}');
    };
    pump();
  });
}

describe('request bodies', () => {
  it('stop being read at the limit and are answered 413 with a clear error', async () => {
    const { port } = await start({ maxBodyBytes: 1024 * 1024 });
    const before = await ws.call('audit.list', { limit: 1000 });
    const reply = await streamBody(port, 200 * 1024 * 1024);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({
      error: { code: 'invalid_input', key: 'request_too_large', message: expect.stringContaining('1 MiB') },
    });
    // The server stopped reading: far less than the 200 MiB offered ever left the client.
    expect(reply.sent).toBeLessThan(32 * 1024 * 1024);
    expect(await ws.call('audit.list', { limit: 1000 })).toEqual(before);
  });

  it('are limited to 10 MiB by default, refused by their declared length before any is read', async () => {
    expect(DEFAULT_LIMITS.maxBodyBytes).toBe(10 * 1024 * 1024);
    const { port } = await start();
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/departments.list',
          headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024 + 1) },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.write('{"input":');
    });
    expect(reply.status).toBe(413);
    expect(errorOf(reply).message).toContain('10 MiB');
  });

  it('under the limit still work', async () => {
    const { port } = await start({ maxBodyBytes: 1024 * 1024 });
    const csv = `metric,at,value\n${'csat,2026-11-22T09:00:00Z,84\n'.repeat(20_000)}`;
    const reply = await request(
      port,
      'POST',
      '/api/samples.importCsv',
      JSON.stringify({ input: { csv, dryRun: true } }),
    );
    expect(reply.status).toBe(200);
  });

  it('of a sample import may carry a file over 10 MiB as the import dialog sends it (base64 in JSON)', async () => {
    const { port } = await start();
    const start0 = Date.parse('2027-01-01T00:00:00Z');
    const lines = Array.from(
      { length: 300_000 },
      (_, i) => `csat,${new Date(start0 + i * 3_600_000).toISOString()},${i % 100}`,
    );
    const bytes = Buffer.from(`metric,at,value\n${lines.join('\n')}\n`);
    const body = JSON.stringify({
      input: { file: { name: 'samples.csv', base64: bytes.toString('base64') }, dryRun: true },
    });
    expect(body.length).toBeGreaterThan(DEFAULT_LIMITS.maxBodyBytes);
    const reply = await request(port, 'POST', '/api/samples.importCsv', body, { [PERSON_HEADER]: 'taras' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ result: { good: 300_000, bad: 0 } });
    // Any other method is still held to the general limit.
    const other = await request(port, 'POST', '/api/workspace.import', body, { [PERSON_HEADER]: 'taras' });
    expect(other.status).toBe(413);
  });

  it('nested ten thousand levels deep are refused with 400 before parsing', async () => {
    const { port } = await start();
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deep = `{"input":{"document":${nested(10_000)}}}`;
    const reply = await request(port, 'POST', '/api/workspace.import', deep, { [PERSON_HEADER]: 'taras' });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'invalid_input', key: 'request_too_deep' });
    // Deep inside a value a schema lets through (a decision's flags), refused just the same.
    const doc = fixtureDocument();
    doc.campaigns[0]!.decisions = [
      { decision: 'go', by: 'ceo', at: '2026-11-01T00:00:00Z', note: 'x', flags: [{ a: 'NEST' }] },
    ];
    const flagged = JSON.stringify({ input: { document: doc } }).replace('"NEST"', nested(10_000));
    const inFlags = await request(port, 'POST', '/api/workspace.import', flagged, {
      [PERSON_HEADER]: 'admin',
    });
    expect(inFlags.status).toBe(400);
    expect(errorOf(inFlags).key).toBe('request_too_deep');
    // Brackets inside strings are text, not nesting.
    const brackets = JSON.stringify({ input: { query: '['.repeat(150) } });
    expect((await request(port, 'POST', '/api/campaigns.search', brackets)).status).toBe(200);
  });

  it('that are not JSON get 400', async () => {
    const { port } = await start();
    const reply = await request(port, 'POST', '/api/departments.list', '{"input":');
    expect(reply.status).toBe(400);
    expect(errorOf(reply).key).toBe('request_not_json');
  });
});

describe('malformed addresses', () => {
  it('get 400, not 500', async () => {
    const { port } = await start();
    for (const address of ['/api/%', '/api/%zz', '/%', '/assets/%e0%a4%a.js']) {
      const api = address.startsWith('/api/');
      const reply = await request(port, api ? 'POST' : 'GET', address, api ? '{}' : undefined);
      expect(reply.status, address).toBe(400);
      expect(errorOf(reply).key).toBe('request_bad_address');
    }
  });
});

describe('connections', () => {
  it('are closed when their headers do not arrive in time', async () => {
    expect(DEFAULT_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    const { port } = await start({ headersTimeoutMs: 300 });
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'),
      );
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('event streams', () => {
  function openStream(port: number, person?: string): Promise<{ status: number; close: () => void }> {
    return new Promise((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: '/api/events', headers: person ? { [PERSON_HEADER]: person } : {} },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, close: () => req.destroy() });
        },
      );
      req.on('error', reject);
    });
  }

  it('are capped per person and overall; further ones get 429 until one closes', async () => {
    const { port } = await start({ streams: { perPerson: 2, total: 3 } });
    const maria = [await openStream(port, 'maria'), await openStream(port, 'maria')];
    expect(maria.map((s) => s.status)).toEqual([200, 200]);
    const third = await openStream(port, 'maria');
    expect(third.status).toBe(429);
    expect((await openStream(port, 'olena')).status).toBe(200);
    expect((await openStream(port, 'taras')).status).toBe(429);
    maria[0]?.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await openStream(port, 'taras')).status).toBe(200);
    const refused = await request(port, 'GET', '/api/events?person=taras');
    expect(refused.status).toBe(429);
    expect(errorOf(refused)).toMatchObject({ key: 'too_many_streams' });
  });
});

describe('the built UI', () => {
  it('never follows a symbolic link out of its folder', async () => {
    fs.symlinkSync(path.join(tempDir(), 'private', 'secret.txt'), path.join(ui, 'leak.txt'));
    fs.symlinkSync(path.join(tempDir(), 'private'), path.join(ui, 'assets'));
    const { port } = await start();
    for (const address of ['/leak.txt', '/assets/secret.txt']) {
      const reply = await request(port, 'GET', address);
      expect(reply.body, address).not.toContain('not for the browser');
    }
  });

  it('follows links that stay inside it, and no page may be framed by another site', async () => {
    fs.writeFileSync(path.join(ui, 'real.js'), 'export {}');
    fs.symlinkSync(path.join(ui, 'real.js'), path.join(ui, 'linked.js'));
    const { port } = await start();
    expect((await request(port, 'GET', '/linked.js')).body).toBe('export {}');
    for (const reply of [
      await request(port, 'GET', '/'),
      await request(port, 'POST', '/api/departments.list', '{}'),
    ]) {
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
  });
});
