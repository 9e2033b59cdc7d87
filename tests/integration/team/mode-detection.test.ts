// The served UI tells the two modes apart by `GET /api/auth/session` (renderer/src/api/http-transport.ts):
// an embedded server answers that it is embedded (the person picker), a team server 401 without a session and
// 200 with one (the sign-in page, then the app as that person).
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../electron/transports/http-server.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

describe('which mode a page is served in', () => {
  const ws = useOpenFixtureWorkspace();
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('embedded: says so (not a 404 in the console), so the page offers "Who are you?"', async () => {
    server = await startHttpServer(ws.services, { port: 0 });
    const answer = await fetch(`${server.url}/api/auth/session`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ mode: 'embedded' });
    // Signing in is a team server's: an embedded one still has no such endpoint.
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ person: 'olena', password: 'olena-secret-pass' }),
    });
    expect(signIn.status).toBe(404);
  });

  it('team: 401 unauthenticated without a session, then the signed-in person', async () => {
    await ws.call('people.setPassword', { person: 'olena', password: 'olena-secret-pass' });
    server = await startHttpServer(ws.services, { port: 0, team: true });
    const before = await fetch(`${server.url}/api/auth/session`);
    expect(before.status).toBe(401);
    expect(((await before.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');

    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ person: 'olena', password: 'olena-secret-pass' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const after = await fetch(`${server.url}/api/auth/session`, { headers: { cookie } });
    expect(after.status).toBe(200);
    const body = (await after.json()) as { mode: string; person: { key: string } };
    expect(body.mode).toBe('team');
    expect(body.person.key).toBe('olena');
  });
});
