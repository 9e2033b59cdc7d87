// The desktop on a team workspace server (team-server.md §3, §5), against the fake
// electron module and a real HTTP server: connecting from the window, the session
// token kept only encrypted (safeStorage), calls and change events forwarded, the
// offline state with reads kept and writes refused visibly, an ended session, sign
// out, and going back to the file on this computer.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectOutcome, WorkspaceConnection } from '../../../shared/bridge.ts';
import { SESSION_TOKEN_FILE } from '../../../electron/shell/session-token.ts';
import { WORKSPACE_CHOICE_FILE } from '../../../electron/shell/workspace-choice.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { FakeTeamServer, TEAM_PASSWORD } from './fake-team-server.ts';
import { startApp, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const FAST = { timeoutMs: 3000, retryMs: { min: 30, max: 120 } };

let server: FakeTeamServer;
let s: Started;
beforeEach(async () => {
  server = new FakeTeamServer();
  await server.start();
  s = await startApp({ team: FAST });
});
afterEach(async () => {
  await s.close();
  await server.stop();
});

const invoke = (channel: string, ...args: unknown[]) => fake.ipcMain.invoke(channel, s.trusted(), ...args);
const connection = () => invoke(IPC.connection) as Promise<WorkspaceConnection>;
const connect = (
  fields: Partial<{ server: string; insecure: boolean; person: string; password: string }> = {},
) =>
  invoke(IPC.connectTeam, {
    server: server.url,
    insecure: false,
    person: 'maria',
    password: TEAM_PASSWORD,
    ...fields,
  }) as Promise<ConnectOutcome>;

/** What the window was sent on `channel`, in order. */
function sent<T>(channel: string): T[] {
  return s.window.webContents.send.mock.calls
    .filter(([c]) => c === channel)
    .map(([, payload]) => payload as T);
}

const tokenFile = () => path.join(s.userData, SESSION_TOKEN_FILE);

describe('connecting to a team workspace', () => {
  it('signs in from the window and keeps the token only encrypted through safeStorage', async () => {
    expect(await connection()).toMatchObject({ kind: 'local' });
    expect(await connect()).toEqual({ ok: true });

    const state = await connection();
    expect(state).toMatchObject({
      kind: 'team',
      server: server.url,
      host: `127.0.0.1:${server.port}`,
      person: 'maria',
      tokenKept: 'encrypted',
    });
    expect(sent<WorkspaceConnection>(IPC.connectionChanged).at(-1)).toMatchObject({ kind: 'team' });
    const [token] = [...server.sessions];
    if (!token) throw new Error('no session on the server');

    // On disk: the token only as safeStorage encrypted it; no password, no token in the choice file.
    const stored = fs.readFileSync(tokenFile());
    expect(stored.includes(token)).toBe(false);
    expect(stored.toString('latin1')).not.toContain(token);
    expect(fake.safeStorage.decryptString(stored)).toBe(token);
    for (const name of fs.readdirSync(s.userData)) {
      const file = path.join(s.userData, name);
      if (!fs.statSync(file).isFile()) continue;
      const text = fs.readFileSync(file, 'latin1');
      expect(text, name).not.toContain(token);
      expect(text, name).not.toContain(TEAM_PASSWORD);
    }
    expect(JSON.parse(fs.readFileSync(path.join(s.userData, WORKSPACE_CHOICE_FILE), 'utf8'))).toEqual({
      kind: 'team',
      server: server.url,
      insecure: false,
      person: 'maria',
    });

    // The next start is on the server, signed in with the decrypted token.
    await s.app.shutdown();
    s = await startApp({ tmp: s.tmp, team: FAST });
    expect(await connection()).toMatchObject({ kind: 'team', status: 'connected', person: 'maria' });
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true, result: { name: 'Signs & Co' } });
    expect(server.authorizations.at(-1)).toBe(`Bearer ${token}`);
  });

  it('a wrong password is refused with a worded error, and the desk stays on this computer', async () => {
    const outcome = await connect({ password: 'not the password' });
    expect(outcome).toMatchObject({ ok: false, error: { key: 'desk_sign_in_refused' } });
    expect(await connection()).toMatchObject({ kind: 'local' });
    expect(fs.existsSync(tokenFile())).toBe(false);
    expect(fs.existsSync(path.join(s.userData, WORKSPACE_CHOICE_FILE))).toBe(false);
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true, result: { kind: 'embedded' } });
  });

  it('checks the form at the IPC boundary: http to another machine needs the insecure box', async () => {
    expect(await connect({ server: 'http://desk.example.com' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', key: 'desk_insecure_http' },
    });
    expect(await connect({ server: 'ftp://desk.example.com' })).toMatchObject({
      error: { key: 'desk_address_scheme' },
    });
    expect(await connect({ password: '' })).toMatchObject({ error: { key: 'desk_password_required' } });
    expect(await connect({ person: '../admin' })).toMatchObject({ error: { key: 'desk_person_invalid' } });
    expect(await invoke(IPC.connectTeam, 'https://x')).toMatchObject({ error: { code: 'invalid_input' } });
    expect(server.sessions.size).toBe(0);
  });

  it('only the app’s own page may connect or read the connection', async () => {
    const foreign = { sender: s.window.webContents, senderFrame: { url: 'https://evil.example/' } };
    const outcome = await fake.ipcMain.invoke(IPC.connectTeam, foreign, {
      server: server.url,
      insecure: false,
      person: 'maria',
      password: TEAM_PASSWORD,
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fake.ipcMain.invoke(IPC.connection, foreign)).toBeUndefined();
    expect(server.sessions.size).toBe(0);
  });

  it('without OS encryption the token stays in memory only, and the window is told so', async () => {
    fake.safeStorage.available = false;
    expect(await connect()).toEqual({ ok: true });
    expect(await connection()).toMatchObject({ kind: 'team', status: 'connected', tokenKept: 'memory' });
    expect(fs.existsSync(tokenFile())).toBe(false);
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true });

    // After a restart there is no session to reuse: the sign-in form.
    await s.app.shutdown();
    s = await startApp({ tmp: s.tmp, team: FAST, before: () => (fake.safeStorage.available = false) });
    expect(await connection()).toMatchObject({ kind: 'team', status: 'signed-out' });
  });
});

describe('working on a team workspace', () => {
  beforeEach(async () => {
    expect(await connect()).toEqual({ ok: true });
  });

  it('forwards calls with the session’s Bearer token; the window cannot name someone else', async () => {
    const response = await s.call('acknowledgements.record', { campaign: 'bf-next-day' }, 'admin');
    expect(response).toMatchObject({ ok: true, result: { seq: 1 } });
    expect(server.acknowledgements).toEqual([{ campaign: 'bf-next-day' }]);
    expect(server.authorizations).toEqual([`Bearer ${[...server.sessions][0]}`]);
  });

  it('forwards change events to the window and resumes with Last-Event-ID after the server comes back', async () => {
    await vi.waitFor(() => expect(server.openStreams).toBe(1));
    server.publish({
      at: '2026-11-22T12:00:00Z',
      entity: 'campaign',
      key: 'bf',
      action: 'published',
      actor: 'olena',
    });
    await vi.waitFor(() =>
      expect(sent(IPC.change)).toEqual([expect.objectContaining({ seq: 1, action: 'published' })]),
    );

    await server.stop();
    await vi.waitFor(() =>
      expect(sent<WorkspaceConnection>(IPC.connectionChanged).at(-1)).toMatchObject({ status: 'offline' }),
    );
    // Written meanwhile through another desk.
    server.publish({
      at: '2026-11-22T12:01:00Z',
      entity: 'campaign',
      key: 'bf',
      action: 'acknowledged',
      actor: 'olena',
    });
    await server.start();
    await vi.waitFor(() => expect(sent(IPC.change)).toHaveLength(2));
    expect(sent(IPC.change)[1]).toMatchObject({ seq: 2, action: 'acknowledged' });
    expect(server.resumedFrom.at(-1)).toBe('1');
    expect(await connection()).toMatchObject({ status: 'connected' });
  });

  it('offline: what was read stays readable, and a write is an error the person sees, never sent', async () => {
    const before = await s.call('workspace.info', {});
    expect(before).toMatchObject({ ok: true, result: { name: 'Signs & Co' } });

    await server.stop();
    expect(await s.call('workspace.info', {})).toEqual(before);
    const write = await s.call('acknowledgements.record', { campaign: 'bf-next-day' });
    expect(write).toMatchObject({
      ok: false,
      error: { code: 'unavailable', key: 'desk_not_sent', params: { host: `127.0.0.1:${server.port}` } },
    });
    if (write.ok) throw new Error('the write succeeded');
    expect(write.error.message).toMatch(
      /^Not saved: the team workspace at 127\.0\.0\.1:\d+ cannot be reached/,
    );
    // A read never made before has nothing to show: it says so.
    expect(await s.call('people.list', {})).toMatchObject({ ok: false, error: { key: 'desk_unreachable' } });
    expect(await connection()).toMatchObject({ kind: 'team', status: 'offline' });
    expect(sent<WorkspaceConnection>(IPC.connectionChanged).at(-1)).toMatchObject({ status: 'offline' });
    expect(server.acknowledgements).toEqual([]);

    await server.start();
    await vi.waitFor(async () => expect(await connection()).toMatchObject({ status: 'connected' }));
  });

  it('a session the server ended sends the window back to sign-in, with the reason', async () => {
    server.sessions.clear();
    const response = await s.call('workspace.info', {});
    expect(response).toMatchObject({ ok: false, error: { key: 'desk_session_ended' } });
    expect(await connection()).toMatchObject({
      kind: 'team',
      status: 'signed-out',
      reason: 'desk_session_ended',
      server: server.url,
      person: 'maria',
    });
    expect(fs.existsSync(tokenFile())).toBe(false);
    // Signing in again brings the desk back.
    expect(await connect()).toEqual({ ok: true });
    expect(await connection()).toMatchObject({ status: 'connected' });
  });

  it('sign out ends the session on the server and forgets the token', async () => {
    await invoke(IPC.signOut);
    expect(server.sessions.size).toBe(0);
    expect(fs.existsSync(tokenFile())).toBe(false);
    const state = await connection();
    expect(state).toMatchObject({ kind: 'team', status: 'signed-out' });
    expect(state).not.toHaveProperty('reason');
    expect(await s.call('workspace.info', {})).toMatchObject({
      ok: false,
      error: { key: 'desk_session_ended' },
    });
  });

  it('switches back to the workspace on this computer, ending the session', async () => {
    expect(await invoke(IPC.useLocal)).toEqual({ ok: true });
    expect(await connection()).toMatchObject({ kind: 'local', file: s.app.workspaceFile });
    expect(server.sessions.size).toBe(0);
    expect(fs.existsSync(path.join(s.userData, WORKSPACE_CHOICE_FILE))).toBe(false);
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true, result: { kind: 'embedded' } });
  });
});

it('a start with a remembered server that is down opens offline, without the local file', async () => {
  await connect();
  await s.app.shutdown();
  await server.stop();
  const tmp = s.tmp;
  s = await startApp({ tmp, team: FAST });
  await vi.waitFor(async () => expect(await connection()).toMatchObject({ kind: 'team', status: 'offline' }));
  expect(await s.call('workspace.info', {})).toMatchObject({ ok: false, error: { key: 'desk_unreachable' } });
  // No workspace host was started for the file on this computer.
  expect(fake.FakeUtilityProcess.instances).toHaveLength(0);
  expect(s.app.connections.localClient()).toBeUndefined();
});
