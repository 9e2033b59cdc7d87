// team-server.md §7 over HTTP on a team server: samples pushed by a helpdesk with a
// `samples:write` token (CSV or JSON, all or nothing, idempotent, scoped to metrics), and the
// calendar a department subscribes to with a `calendar:read` token.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { createLocation, removeLocation } from '../../helpers/engines.ts';
import { startServe, stopServe, type ServeProcess } from '../../helpers/serve.ts';
import { createFixtureWorkspace, openWorkspaceAt } from '../../helpers/workspace.ts';

describe('machine feeds of a team server', () => {
  let workspace: string;
  let server: ServeProcess;
  let url: string;
  const tokens: Record<string, string> = {};

  /** Creates a token with the command line, as an admin would; it is the last line printed. */
  async function createToken(name: string, ...args: string[]): Promise<string> {
    const made = await runCli(['tokens', 'create', '--name', name, ...args, '--workspace', workspace]);
    expect(made.code, made.stderr).toBe(0);
    return made.stdout.trim().split('\n').at(-1) as string;
  }

  beforeAll(async () => {
    workspace = await createLocation('sqlite');
    await createFixtureWorkspace(workspace);
    tokens.helpdesk = await createToken(
      'helpdesk',
      '--scope',
      'samples:write',
      '--metric',
      'first_response_hours',
      '--metric',
      'csat',
    );
    tokens.everything = await createToken('warehouse', '--scope', 'samples:write');
    tokens.support = await createToken(
      'support-calendar',
      '--scope',
      'calendar:read',
      '--department',
      'support',
    );
    server = await startServe(workspace, { args: ['--team', '--listen', '127.0.0.1:0'] });
    url = server.url;
  }, 60_000);

  afterAll(async () => {
    await stopServe(server);
    await removeLocation(workspace);
  });

  const push = (token: string | undefined, type: string, body: string) =>
    fetch(`${url}/api/feeds/samples`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  async function samples(metric: string, source: string): Promise<number[]> {
    const w = await openWorkspaceAt(workspace);
    try {
      const all = await w.call('samples.list', {
        metric,
        from: '2026-11-01T00:00:00Z',
        to: '2026-12-31T00:00:00Z',
      });
      return all.filter((s) => s.source === source).map((s) => s.value);
    } finally {
      await w.close();
    }
  }

  it('imports CSV samples and imports nothing new when the same body comes again', async () => {
    const csv =
      'metric,at,value,source\ncsat,2026-11-22T08:00:00Z,4.4,helpdesk\ncsat,2026-11-22T09:00:00Z,4.5,helpdesk\n';
    const first = await push(tokens.helpdesk, 'text/csv', csv);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ imported: 2 });
    const again = await push(tokens.helpdesk, 'text/csv; charset=utf-8', csv);
    expect(await again.json()).toEqual({ imported: 0 });
    expect(await samples('csat', 'helpdesk')).toEqual([4.4, 4.5]);
  });

  it('imports JSON samples, the token naming the source when a sample does not', async () => {
    const body = JSON.stringify([
      { metric: 'first_response_hours', at: '2026-11-22T08:00:00Z', value: 3.5 },
      { metric: 'first_response_hours', at: '2026-11-22T09:00:00Z', value: 2.5, source: 'zendesk' },
    ]);
    const reply = await push(tokens.helpdesk, 'application/json', body);
    expect(await reply.json()).toEqual({ imported: 2 });
    expect(await samples('first_response_hours', 'helpdesk')).toEqual([3.5]);
    expect(await samples('first_response_hours', 'zendesk')).toEqual([2.5]);
    expect(await (await push(tokens.helpdesk, 'application/json', body)).json()).toEqual({ imported: 0 });
  });

  it('refuses a body with bad lines or JSON paths, names each, and writes nothing', async () => {
    const csv =
      'metric,at,value\ncsat,2026-11-23T08:00:00Z,4.1\ncsat,yesterday,4.0\ncsat,2026-11-23T10:00:00Z,lots\n';
    const bad = await push(tokens.helpdesk, 'text/csv', csv);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { code: string; problems: { path: string; message: string }[] };
    };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.problems.map((p) => p.path)).toEqual(['line 3', 'line 4']);
    expect(body.error.problems[1]?.message).toMatch(/lots/);

    const json = await push(
      tokens.helpdesk,
      'application/json',
      JSON.stringify([
        { metric: 'csat', at: '2026-11-23T08:00:00Z', value: 4.1 },
        { metric: 'csat', at: '2026-11-23T09:00:00Z', value: 'high' },
      ]),
    );
    expect(json.status).toBe(400);
    const jsonBody = (await json.json()) as { error: { problems: { path: string }[] } };
    expect(jsonBody.error.problems.map((p) => p.path)).toEqual(['$[1].value']);
    const broken = await push(tokens.helpdesk, 'application/json', '[{"metric": "csat",');
    expect(broken.status).toBe(400);
    expect(await push(tokens.helpdesk, 'text/plain', 'csat,1,2')).toHaveProperty('status', 400);
    // Nothing from any of them: the good first rows were not kept either.
    const w = await openWorkspaceAt(workspace);
    try {
      const stored = await w.call('samples.list', {
        metric: 'csat',
        from: '2026-11-23T00:00:00Z',
        to: '2026-11-24T00:00:00Z',
      });
      expect(stored).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it("refuses a metric outside the token's scope (403) and writes nothing of the body", async () => {
    const csv =
      'metric,at,value,source\ncsat,2026-11-24T08:00:00Z,4.2,scope-test\non_time_delivery,2026-11-24T08:00:00Z,99,scope-test\n';
    const reply = await push(tokens.helpdesk, 'text/csv', csv);
    expect(reply.status).toBe(403);
    expect(((await reply.json()) as { error: { message: string } }).error.message).toMatch(
      /on_time_delivery/,
    );
    expect(await samples('csat', 'scope-test')).toEqual([]);
    // A token without a metric list may add samples of every metric.
    expect(await (await push(tokens.everything, 'text/csv', csv)).json()).toEqual({ imported: 2 });
  });

  it('refuses an unknown, a missing, a calendar and a revoked token', async () => {
    const csv = 'metric,at,value\ncsat,2026-11-25T08:00:00Z,4.0\n';
    expect((await push(undefined, 'text/csv', csv)).status).toBe(401);
    expect((await push('cdt_not-a-token', 'text/csv', csv)).status).toBe(401);
    expect((await push(tokens.support, 'text/csv', csv)).status).toBe(403);
    const temporary = await createToken('temporary', '--scope', 'samples:write');
    expect((await push(temporary, 'text/csv', csv)).status).toBe(200);
    const revoked = await runCli(['tokens', 'revoke', 'temporary', '--workspace', workspace]);
    expect(revoked.code, revoked.stderr).toBe(0);
    const after = await push(temporary, 'text/csv', 'metric,at,value\ncsat,2026-11-25T09:00:00Z,4.0\n');
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it("serves a department's calendar to a subscription token, as RFC 5545 that ical.js reads", async () => {
    const reply = await fetch(
      `${url}/feeds/calendar.ics?token=${encodeURIComponent(tokens.support as string)}`,
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await reply.text()));
    const titles = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    // Support's campaigns only: spring-catalogue asks marketing and sales, not support.
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' | ')).toMatch(/Winter/i);
    expect(titles.join(' | ')).not.toMatch(/Spring catalogue/i);
    expect((await fetch(`${url}/feeds/calendar.ics`)).status).toBe(401);
    expect((await fetch(`${url}/feeds/calendar.ics?token=cdt_wrong`)).status).toBe(401);
    expect(
      (await fetch(`${url}/feeds/calendar.ics?token=${encodeURIComponent(tokens.helpdesk as string)}`))
        .status,
    ).toBe(403);
  });
});
