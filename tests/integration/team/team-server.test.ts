// team-server.md §2–§5 with two `serve --team` processes on one PostgreSQL workspace, as behind
// a load balancer: sign-in, the same 401 for a wrong password and an unknown person, the shared
// failed-attempt limit, roles decided by the server, live changes across processes, Last-Event-ID
// replay, sign-out and role changes taking effect at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_HEADER } from '../../../electron/transports/http-server.ts';
import { openEventStream, type EventStream } from '../../helpers/event-stream.ts';
import { createLocation, removeLocation } from '../../helpers/engines.ts';
import { startServe, stopServe, type ServeProcess } from '../../helpers/serve.ts';
import { createFixtureWorkspace, openWorkspaceAt } from '../../helpers/workspace.ts';

const PASSWORDS: Record<string, string> = {
  maria: 'maria-long-password',
  olena: 'olena-long-password',
  ceo: 'anna-long-password',
  admin: 'admin-long-password',
  taras: 'taras-long-password',
  ivan: 'ivan-long-password!',
};

interface Reply {
  status: number;
  body: { result?: unknown; error?: { code: string; message: string; key?: string } } & Record<
    string,
    unknown
  >;
}

async function post(
  url: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function signIn(url: string, person: string, password = PASSWORDS[person]): Promise<string> {
  const reply = await post(url, '/api/auth/sign-in', { person, password });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.token as string;
}

function call(url: string, token: string | undefined, method: string, input: unknown, extra = {}) {
  return post(url, `/api/${method}`, { input }, { ...(token ? bearer(token) : {}), ...extra });
}

describe('two team servers on one PostgreSQL workspace', () => {
  let workspace: string;
  const servers: ServeProcess[] = [];
  let one: string;
  let two: string;
  const port = (url: string) => Number(new URL(url).port);

  beforeAll(async () => {
    workspace = await createLocation('postgres');
    await createFixtureWorkspace(workspace);
    const setup = await openWorkspaceAt(workspace);
    for (const [person, password] of Object.entries(PASSWORDS))
      await setup.call('people.setPassword', { person, password });
    await setup.close();
    for (let i = 0; i < 2; i++)
      servers.push(await startServe(workspace, { args: ['--team', '--listen', '127.0.0.1:0'] }));
    [one, two] = servers.map((s) => s.url) as [string, string];
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) await stopServe(server);
    if (workspace) await removeLocation(workspace);
  });

  /** The workspace as the database holds it, read beside the servers. */
  async function inWorkspace<T>(
    work: (w: Awaited<ReturnType<typeof openWorkspaceAt>>) => Promise<T>,
  ): Promise<T> {
    const w = await openWorkspaceAt(workspace);
    try {
      return await work(w);
    } finally {
      await w.close();
    }
  }

  it('refuses every API call and the event stream without a session, and writes nothing', async () => {
    const list = await call(one, undefined, 'campaigns.list', {
      from: '2026-11-01T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
    });
    expect(list.status).toBe(401);
    expect(list.body.error?.code).toBe('unauthenticated');
    const create = await call(
      two,
      'not-a-token',
      'campaigns.create',
      {
        title: 'Sneaky',
        start: '2026-12-10T08:00:00Z',
        end: '2026-12-12T20:00:00Z',
        channels: [],
        departments: [],
      },
      { [PERSON_HEADER]: 'maria' },
    );
    expect(create.status).toBe(401);
    await expect(openEventStream(port(one))).rejects.toThrow(/401/);
    await expect(inWorkspace((w) => w.store.read((tx) => tx.searchCampaigns('Sneaky', 5)))).resolves.toEqual(
      [],
    );
  });

  it('answers a wrong password and an unknown person alike, then 429 across both processes even with the right password', async () => {
    const wrong = await post(one, '/api/auth/sign-in', { person: 'ivan', password: 'not-his-password' });
    const unknown = await post(two, '/api/auth/sign-in', {
      person: 'nobody-here',
      password: 'not-his-password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error?.code).toBe('unauthenticated');
    // Nine more failures, alternating processes: the count lives in the workspace.
    for (let i = 0; i < 9; i++) {
      const reply = await post(i % 2 ? one : two, '/api/auth/sign-in', {
        person: 'ivan',
        password: `wrong ${i}`,
      });
      expect(reply.status).toBe(401);
    }
    const locked = await post(one, '/api/auth/sign-in', { person: 'ivan', password: PASSWORDS.ivan });
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe('rate_limited');
    expect((await post(two, '/api/auth/sign-in', { person: 'ivan', password: PASSWORDS.ivan })).status).toBe(
      429,
    );
  }, 30_000);

  it('lets a support member acknowledge only for support: not for delivery, not publish, not decide (403, nothing written)', async () => {
    const olena = await signIn(one, 'olena');
    const before = await inWorkspace((w) => w.call('campaigns.get', { key: 'bf-next-day' }));
    const auditBefore = await inWorkspace((w) => w.store.read((tx) => tx.listAudit(1)));
    const version = before.campaign.briefVersions.length;

    const forDelivery = await call(two, olena, 'acknowledgements.record', {
      campaign: 'bf-next-day',
      department: 'delivery',
      version,
      state: 'acknowledged',
    });
    const publish = await call(one, olena, 'campaigns.publish', {
      key: 'bf-next-day',
      revision: before.campaign.revision,
      change: 'minor',
    });
    const decide = await call(two, olena, 'decisions.record', {
      campaign: 'bf-next-day',
      decision: 'go',
      note: 'Looks fine to me',
    });
    for (const reply of [forDelivery, publish, decide]) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(403);
      expect(reply.body.error?.code).toBe('forbidden');
    }
    const after = await inWorkspace((w) => w.call('campaigns.get', { key: 'bf-next-day' }));
    expect(after.campaign).toEqual(before.campaign);
    expect(await inWorkspace((w) => w.store.read((tx) => tx.listAudit(1)))).toEqual(auditBefore);
  });

  it('ignores a person header: the session decides who acts', async () => {
    const olena = await signIn(two, 'olena');
    const create = await call(
      one,
      olena,
      'campaigns.create',
      {
        title: 'Pretending to be Maria',
        start: '2026-12-10T08:00:00Z',
        end: '2026-12-12T20:00:00Z',
        channels: [],
        departments: [],
      },
      { [PERSON_HEADER]: 'maria' },
    );
    expect(create.status).toBe(403);
    expect(create.body.error?.message).toMatch(/Olena/);
    const session = await fetch(`${one}/api/auth/session`, {
      headers: { ...bearer(olena), [PERSON_HEADER]: 'admin' },
    });
    expect(((await session.json()) as { person: { key: string } }).person.key).toBe('olena');
  });

  it('brings an acknowledgement made through process 1 to an event stream on process 2 within 1 s', async () => {
    const olena = await signIn(one, 'olena');
    const maria = await signIn(two, 'maria');
    const stream = await openEventStream(port(two), undefined, bearer(maria));
    try {
      const { campaign } = (await call(one, olena, 'campaigns.get', { key: 'winter-signs' })).body.result as {
        campaign: { briefVersions: unknown[] };
      };
      const sent = performance.now();
      const ack = await call(one, olena, 'acknowledgements.record', {
        campaign: 'winter-signs',
        department: 'support',
        version: campaign.briefVersions.length,
        state: 'concern',
        note: 'Weekend shifts are thin',
      });
      expect(ack.status, JSON.stringify(ack.body)).toBe(200);
      const event = await stream.next((e) => e.data.key === 'winter-signs' && e.data.actor === 'olena', 1000);
      expect(event.arrived - sent).toBeLessThan(1000);
      expect(event.data.entity).toBe('campaign');
    } finally {
      stream.close();
    }
  });

  it('replays exactly what a client missed when it reconnects with Last-Event-ID', async () => {
    const maria = await signIn(one, 'maria');
    const taras = await signIn(two, 'taras');
    let stream: EventStream = await openEventStream(port(two), undefined, bearer(maria));
    const marker = await call(one, taras, 'samples.add', {
      metric: 'on_time_delivery',
      at: '2026-11-22T09:00:00Z',
      value: 91,
      source: 'replay test',
    });
    expect(marker.status, JSON.stringify(marker.body)).toBe(200);
    const seen = await stream.next((e) => e.data.actor === 'taras', 1000);
    stream.close();

    // While the client is away: three writes, through both processes.
    for (const [i, url] of [one, two, one].entries()) {
      const reply = await call(url, taras, 'samples.add', {
        metric: 'on_time_delivery',
        at: `2026-11-22T09:0${i + 1}:00Z`,
        value: 90 + i,
        source: 'replay test',
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    }
    stream = await openEventStream(port(one), Number(seen.id), bearer(maria));
    try {
      await stream.next(() => stream.events.length >= 3, 2000);
      await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more arrives
      const ids = stream.events.map((e) => Number(e.id));
      expect(ids).toEqual([Number(seen.id) + 1, Number(seen.id) + 2, Number(seen.id) + 3]);
      expect(stream.events.every((e) => e.data.actor === 'taras' && e.data.entity === 'sample')).toBe(true);
    } finally {
      stream.close();
    }
  });

  it('ends a session at once on sign-out, in every process', async () => {
    const maria = await signIn(one, 'maria');
    const range = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };
    expect((await call(two, maria, 'campaigns.list', range)).status).toBe(200);
    const out = await post(two, '/api/auth/sign-out', {}, bearer(maria));
    expect(out.body).toEqual({ signedOut: true });
    expect((await call(one, maria, 'campaigns.list', range)).status).toBe(401);
    expect((await call(two, maria, 'campaigns.list', range)).status).toBe(401);
  });

  it('applies a role change on the next request', async () => {
    const admin = await signIn(one, 'admin');
    const olena = await signIn(two, 'olena');
    const draft = {
      title: 'Support-led webinar',
      start: '2026-12-14T08:00:00Z',
      end: '2026-12-14T12:00:00Z',
      channels: [],
      departments: [],
    };
    expect((await call(one, olena, 'campaigns.create', draft)).status).toBe(403);
    const person = {
      key: 'olena',
      name: 'Olena Shevchuk',
      department: 'support',
      roles: ['member', 'marketing'],
    };
    expect((await call(two, admin, 'people.define', { person })).status).toBe(200);
    const created = await call(one, olena, 'campaigns.create', draft);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    // And taken away again: refused at once, through the other process.
    expect(
      (await call(one, admin, 'people.define', { person: { ...person, roles: ['member'] } })).status,
    ).toBe(200);
    expect((await call(two, olena, 'campaigns.create', draft)).status).toBe(403);
  });
});
