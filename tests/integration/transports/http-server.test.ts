// The API table over HTTP on loopback: the same dispatch as IPC, refusing other sites and
// hosts, serving the built UI and nothing beside it, and streaming changes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PERSON_HEADER,
  startHttpServer,
  type RunningServer,
} from '../../../electron/transports/http-server.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let ws: TestWorkspace;
let server: RunningServer;
let ui: string;

beforeEach(async () => {
  const file = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(file);
  ws = openWorkspace(file);
  ui = path.join(tempDir(), 'ui');
  fs.mkdirSync(ui);
  fs.writeFileSync(path.join(ui, 'index.html'), '<title>Campaign Desk</title>');
  fs.mkdirSync(path.join(tempDir(), 'ui-private'));
  fs.writeFileSync(path.join(tempDir(), 'ui-private', 'secret.txt'), 'not for the browser');
  server = await startHttpServer(ws.services, { port: 0, staticDir: ui });
});
afterEach(async () => {
  await server.close();
  await ws.close();
});

interface Reply {
  status: number;
  body: string;
}

function request(
  method: string,
  pathname: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path: pathname,
        headers: { 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(JSON.stringify(options.body));
    req.end();
  });
}

const call = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request('POST', `/api/${method}`, { body: { input }, headers });

describe('the API over HTTP', () => {
  it('answers a method with its result', async () => {
    const reply = await call('departments.list', {});
    expect(reply.status).toBe(200);
    const keys = (JSON.parse(reply.body) as { result: { key: string }[] }).result.map((d) => d.key);
    expect(keys).toEqual(['delivery', 'finance', 'marketing', 'sales', 'support']);
  });

  it('refuses bad input with the typed error and writes nothing', async () => {
    const before = await ws.call('audit.list', { limit: 1000 });
    const reply = await call(
      'campaigns.create',
      { title: '', start: 'tomorrow', end: 'later' },
      { [PERSON_HEADER]: 'maria' },
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await ws.call('audit.list', { limit: 1000 })).toEqual(before);
  });

  it('acts as the person named in the header, with their roles', async () => {
    const input = { title: 'Spring sale', start: '2027-03-01T08:00:00Z', end: '2027-03-05T18:00:00Z' };
    const member = await call('campaigns.create', input, { [PERSON_HEADER]: 'olena' });
    expect(member.status).toBe(403);
    const marketing = await call('campaigns.create', input, { [PERSON_HEADER]: 'maria' });
    expect(marketing.status).toBe(200);
    expect(JSON.parse(marketing.body)).toMatchObject({
      result: { key: 'spring-sale', owner: 'maria', status: 'draft' },
    });
  });

  it('refuses other sites, other host names and bodies that are not JSON', async () => {
    expect((await call('departments.list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('departments.list', {}, { host: 'evil.example' })).status).toBe(403);
    const form = await request('POST', '/api/departments.list', {
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.status).toBe(400);
    expect((await request('GET', '/api/departments.list')).status).toBe(404);
    expect((await call('no.such.method', {})).status).toBe(404);
  });

  it('streams every change to the open event streams', async () => {
    const events: string[] = [];
    const stream = http.get({ host: '127.0.0.1', port: server.port, path: '/api/events' }, (res) =>
      res.on('data', (chunk: Buffer) => events.push(chunk.toString())),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await call(
      'samples.add',
      { metric: 'csat', at: '2026-11-22T09:00:00Z', value: 84 },
      { [PERSON_HEADER]: 'olena' },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    stream.destroy();
    expect(events.join('')).toContain('"entity":"sample","key":"csat"');
  });
});

describe('the built UI', () => {
  it('serves its files, falls back to index.html for app routes, and nothing outside its folder', async () => {
    expect((await request('GET', '/')).body).toContain('Campaign Desk');
    expect((await request('GET', '/calendar/whatever')).body).toContain('Campaign Desk');
    const sibling = await request('GET', '/..%2fui-private%2fsecret.txt');
    expect(sibling.body).not.toContain('not for the browser');
    const up = await request('GET', '/%2e%2e/ui-private/secret.txt');
    expect(up.body).not.toContain('not for the browser');
  });

  it("sends a file whole, with its length (the app's chunk is several hundred KB)", async () => {
    const chunk = 'export const x = 1;\n'.repeat(35_000);
    fs.writeFileSync(path.join(ui, 'app.js'), chunk);
    const reply = await fetch(`http://127.0.0.1:${server.port}/app.js`);
    expect(reply.headers.get('content-type')).toContain('text/javascript');
    expect(reply.headers.get('content-length')).toBe(String(chunk.length));
    expect(await reply.text()).toBe(chunk);
    const head = await fetch(`http://127.0.0.1:${server.port}/app.js`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(chunk.length));
  });
});
