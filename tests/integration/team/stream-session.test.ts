// An open event stream belongs to its session: when the session ends (signed out here, or by an
// admin), the stream is closed too, so a signed-out desk stops hearing the workspace.
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../electron/transports/http-server.ts';
import { openEventStream } from '../../helpers/event-stream.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

describe('event streams of a team server', () => {
  const ws = useOpenFixtureWorkspace();
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function signIn(url: string, person: string, password: string): Promise<string> {
    const res = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ person, password }),
    });
    return ((await res.json()) as { token: string }).token;
  }

  it('closes a stream soon after its session is ended by an admin', async () => {
    await ws.call('people.setPassword', { person: 'maria', password: 'maria-long-password' });
    await ws.call('people.setPassword', { person: 'admin', password: 'admin-long-password' });
    server = await startHttpServer(ws.services, {
      port: 0,
      team: true,
      limits: { streams: { perPerson: 8, total: 64, recheckMs: 100 } },
    });
    const maria = await signIn(server.url, 'maria', 'maria-long-password');
    const stream = await openEventStream(server.port, undefined, { authorization: `Bearer ${maria}` });
    const closed = new Promise<void>((resolve) => stream.onClose(resolve));
    // Still open while the session holds.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.closed).toBe(false);

    const admin = await signIn(server.url, 'admin', 'admin-long-password');
    const sessions = await fetch(`${server.url}/api/sessions.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ input: {} }),
    });
    const { result } = (await sessions.json()) as { result: { id: string; person: string }[] };
    const hers = result.find((s) => s.person === 'maria');
    expect(hers).toBeDefined();
    const ended = await fetch(`${server.url}/api/sessions.end`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ input: { id: hers?.id } }),
    });
    expect(((await ended.json()) as { result: unknown }).result).toEqual({ ended: true });
    await closed;
    expect(stream.closed).toBe(true);
  });
});
