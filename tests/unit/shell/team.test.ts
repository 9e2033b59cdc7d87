// The desktop on a team workspace server (team-server.md §3, §5), against the fake
// electron module and the real team server (startHttpServer in team mode, on a SQLite
// copy of the fixture): connecting from the window, the session token kept only
// encrypted (safeStorage), calls and change events forwarded, the offline state with
// reads kept and writes refused visibly, an ended session, sign out, and going back
// to the file on this computer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../../shared/api.ts';
import type { ConnectOutcome, WorkspaceConnection } from '../../../shared/bridge.ts';
import { SESSION_TOKEN_FILE } from '../../../electron/shell/session-token.ts';
import type { TeamClient } from '../../../electron/shell/team-client.ts';
import { WORKSPACE_CHOICE_FILE } from '../../../electron/shell/workspace-choice.ts';
import { startHttpServer } from '../../../electron/transports/http-server.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import { createFixtureWorkspace } from '../../helpers/workspace.ts';
import * as fake from './fake-electron.ts';
import { startApp, type Started } from './start-app.ts';
import { TARAS_PASSWORD, TeamServer } from './team-server.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const FAST = { timeoutMs: 3000, retryMs: { min: 30, max: 120 } };
const ACK = { campaign: 'bf-next-day', department: 'delivery', version: 2, state: 'acknowledged' };

let fixture: string;
beforeAll(async () => {
  fixture = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-fixture-')), 'fixture.sqlite');
  await createFixtureWorkspace(fixture);
});
afterAll(() => fs.rmSync(path.dirname(fixture), { recursive: true, force: true }));

let server: TeamServer;
let s: Started;
beforeEach(async () => {
  server = await TeamServer.open(fixture);
  s = await startApp({ team: FAST });
});
afterEach(async () => {
  await s.close();
  await server.close();
});

const invoke = (channel: string, ...args: unknown[]) => fake.ipcMain.invoke(channel, s.trusted(), ...args);
const connection = () => invoke(IPC.connection) as Promise<WorkspaceConnection>;
const connect = (
  fields: Partial<{ server: string; insecure: boolean; person: string; password: string }> = {},
) =>
  invoke(IPC.connectTeam, {
    server: server.url,
    insecure: false,
    person: 'taras',
    password: TARAS_PASSWORD,
    ...fields,
  }) as Promise<ConnectOutcome>;

/** What the window was sent on `channel`, in order. */
function sent<T>(channel: string): T[] {
  return s.window.webContents.send.mock.calls
    .filter(([c]) => c === channel)
    .map(([, payload]) => payload as T);
}

const tokenFile = () => path.join(s.userData, SESSION_TOKEN_FILE);
const storedToken = () => fake.safeStorage.decryptString(fs.readFileSync(tokenFile()));

describe('connecting to a team workspace', () => {
  it('signs in from the window and keeps the token only encrypted through safeStorage', async () => {
    expect(await connection()).toMatchObject({ kind: 'local' });
    expect(await connect()).toEqual({ ok: true });

    expect(await connection()).toMatchObject({
      kind: 'team',
      server: server.url,
      host: `127.0.0.1:${server.port}`,
      person: 'taras',
      status: 'connected',
      tokenKept: 'encrypted',
    });
    expect(sent<WorkspaceConnection>(IPC.connectionChanged).at(-1)).toMatchObject({ kind: 'team' });

    // On disk: the token only as safeStorage encrypted it, and it is the server's session for taras.
    const token = storedToken();
    expect(await server.sessionOf(token)).toBe('taras');
    const stored = fs.readFileSync(tokenFile());
    expect(stored.toString('latin1')).not.toContain(token);
    for (const name of fs.readdirSync(s.userData)) {
      const file = path.join(s.userData, name);
      if (!fs.statSync(file).isFile()) continue;
      const text = fs.readFileSync(file, 'latin1');
      expect(text, name).not.toContain(token);
      expect(text, name).not.toContain(TARAS_PASSWORD);
    }
    expect(JSON.parse(fs.readFileSync(path.join(s.userData, WORKSPACE_CHOICE_FILE), 'utf8'))).toEqual({
      kind: 'team',
      server: server.url,
      insecure: false,
      person: 'taras',
    });

    // The next start is on the server, signed in with the decrypted token.
    await s.app.shutdown();
    s = await startApp({ tmp: s.tmp, team: FAST });
    expect(await connection()).toMatchObject({ kind: 'team', status: 'connected', person: 'taras' });
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true, result: { kind: 'embedded' } });
    const people = await s.call('people.list', {});
    expect(people).toMatchObject({
      ok: true,
      result: expect.arrayContaining([expect.objectContaining({ key: 'taras' })]),
    });
  });

  it('a wrong password is refused with a worded error, and the desk stays on this computer', async () => {
    const outcome = await connect({ password: 'not the password' });
    expect(outcome).toMatchObject({ ok: false, error: { key: 'desk_sign_in_refused' } });
    expect(await connect({ person: 'nobody' })).toEqual(outcome);
    expect(await connection()).toMatchObject({ kind: 'local' });
    expect(fs.existsSync(tokenFile())).toBe(false);
    expect(fs.existsSync(path.join(s.userData, WORKSPACE_CHOICE_FILE))).toBe(false);
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
    expect(await connection()).toMatchObject({ kind: 'local' });
  });

  it('follows no redirect: the password goes only to the address the person gave', async () => {
    // A server that sends sign-ins on to the real one, with the body (a 307 keeps it).
    const bounced: string[] = [];
    const redirector = http.createServer((req, res) => {
      bounced.push(req.url ?? '');
      res.writeHead(307, { location: `${server.url}${req.url}` }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = redirector.address() as AddressInfo;
      const outcome = await connect({ server: `http://127.0.0.1:${port}` });
      expect(outcome).toMatchObject({
        ok: false,
        error: { key: 'desk_redirected', params: { location: `${server.url}/api/auth/sign-in` } },
      });
      expect(bounced).toEqual(['/api/auth/sign-in']);
      expect(await connection()).toMatchObject({ kind: 'local' });
    } finally {
      await new Promise((resolve) => redirector.close(resolve));
    }
  });

  it('over https, a certificate the machine does not trust is refused before anything is sent', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-tls-'));
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '3650',
      '-subj',
      '/CN=127.0.0.1',
    ]);
    expect(made.status, String(made.stderr)).toBe(0);
    const tls = { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
    const secure = await startHttpServer(server.workspace.services, {
      port: 0,
      team: true,
      tls,
      staticDir: dir,
    });
    try {
      expect(secure.url).toMatch(/^https:/);
      const outcome = await connect({ server: secure.url });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'desk_certificate' } });
      expect(await connection()).toMatchObject({ kind: 'local' });
    } finally {
      await secure.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('only the app’s own page may connect or read the connection', async () => {
    const foreign = { sender: s.window.webContents, senderFrame: { url: 'https://evil.example/' } };
    const outcome = await fake.ipcMain.invoke(IPC.connectTeam, foreign, {
      server: server.url,
      insecure: false,
      person: 'taras',
      password: TARAS_PASSWORD,
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fake.ipcMain.invoke(IPC.connection, foreign)).toBeUndefined();
    expect(await connection()).toMatchObject({ kind: 'local' });
  });

  it('on Linux without a keyring (safeStorage’s basic_text) the token stays in memory only', async () => {
    fake.safeStorage.backend = 'basic_text';
    expect(await connect()).toEqual({ ok: true });
    expect(await connection()).toMatchObject({ kind: 'team', status: 'connected', tokenKept: 'memory' });
    expect(fs.existsSync(tokenFile())).toBe(false);
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

  it('forwards calls as the session’s person: the window cannot name someone else', async () => {
    // The window names admin; the server acts as taras, who may acknowledge for delivery.
    expect(await s.call('acknowledgements.record', ACK, 'admin')).toMatchObject({ ok: true });
    await vi.waitFor(() =>
      expect(sent<ChangeEvent>(IPC.change).at(-1)).toMatchObject({ key: 'bf-next-day', actor: 'taras' }),
    );
    // Only methods of the API table leave the desk.
    expect(await s.call('../auth/sign-out', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await connection()).toMatchObject({ status: 'connected' });
    // And the server's roles hold: taras cannot cancel a campaign.
    const publish = await s.call('campaigns.cancel', { key: 'bf-next-day', revision: 1 }, 'maria');
    expect(publish).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('forwards a picked file to the server as its bytes, checked and imported there', async () => {
    const csv = 'metric,at,value\non_time_delivery,2030-01-01T00:00:00Z,97\n';
    const bytes = new TextEncoder().encode(csv);
    const dry = await s.call('samples.importCsv', { file: { name: 'otd.csv', bytes }, dryRun: true });
    expect(dry).toMatchObject({ ok: true, result: { good: 1, bad: 0, format: 'UTF-8' } });
    const fileId = (dry as { result: { fileId: string } }).result.fileId;
    expect(await s.call('samples.importCsv', { fileId })).toMatchObject({
      ok: true,
      result: { imported: 1 },
    });
  });

  it('forwards change events to the window and resumes with Last-Event-ID after the server comes back', async () => {
    await vi.waitFor(() => expect((s.app.workspace.current as TeamClient).streaming).toBe(true));
    await server.workspace.call('acknowledgements.record', { ...ACK, department: 'sales' }, 'ivan');
    await vi.waitFor(() => expect(sent<ChangeEvent>(IPC.change)).toHaveLength(1));
    const first = sent<ChangeEvent>(IPC.change)[0]!;

    await server.stop();
    await vi.waitFor(() =>
      expect(sent<WorkspaceConnection>(IPC.connectionChanged).at(-1)).toMatchObject({ status: 'offline' }),
    );
    // Written meanwhile through another desk (or the CLI) on the same workspace.
    await server.workspace.call('acknowledgements.record', ACK, 'taras');
    await server.start();
    await vi.waitFor(() => expect(sent<ChangeEvent>(IPC.change)).toHaveLength(2), { timeout: 3000 });
    expect(sent<ChangeEvent>(IPC.change)[1]).toMatchObject({ seq: first.seq + 1, actor: 'taras' });
    expect(await connection()).toMatchObject({ status: 'connected' });
  });

  it('offline: what was read stays readable, and a write is an error the person sees, never sent', async () => {
    const before = await s.call('campaigns.get', { key: 'bf-next-day' });
    expect(before).toMatchObject({ ok: true, result: { campaign: { key: 'bf-next-day' } } });

    await server.stop();
    expect(await s.call('campaigns.get', { key: 'bf-next-day' })).toEqual(before);
    const write = await s.call('acknowledgements.record', ACK);
    expect(write).toMatchObject({
      ok: false,
      error: { code: 'unavailable', key: 'desk_not_sent', params: { host: `127.0.0.1:${server.port}` } },
    });
    if (write.ok) throw new Error('the write succeeded');
    expect(write.error.message).toMatch(
      /^Not saved: the team workspace at 127\.0\.0\.1:\d+ cannot be reached/,
    );
    // A read never made before has nothing to show: it says so.
    expect(await s.call('audit.list', {})).toMatchObject({ ok: false, error: { key: 'desk_unreachable' } });
    expect(await connection()).toMatchObject({ kind: 'team', status: 'offline' });
    expect(sent<WorkspaceConnection>(IPC.connectionChanged).at(-1)).toMatchObject({ status: 'offline' });
    const { campaign } = await server.workspace.call('campaigns.get', { key: 'bf-next-day' });
    expect(campaign.acknowledgements.some((a) => a.by === 'taras' && a.version === 2)).toBe(false);

    await server.start();
    await vi.waitFor(async () => expect(await connection()).toMatchObject({ status: 'connected' }), {
      timeout: 3000,
    });
  });

  it('a session the server ended sends the window back to sign-in, with the reason', async () => {
    await server.endSession(storedToken());
    const response = await s.call('workspace.info', {});
    expect(response).toMatchObject({ ok: false, error: { key: 'desk_session_ended' } });
    expect(await connection()).toMatchObject({
      kind: 'team',
      status: 'signed-out',
      reason: 'desk_session_ended',
      server: server.url,
      person: 'taras',
    });
    expect(fs.existsSync(tokenFile())).toBe(false);
    // Signing in again brings the desk back.
    expect(await connect()).toEqual({ ok: true });
    expect(await connection()).toMatchObject({ status: 'connected' });
  });

  it('sign out ends the session on the server and forgets the token', async () => {
    const token = storedToken();
    await invoke(IPC.signOut);
    expect(await server.sessionOf(token)).toBeUndefined();
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
    const token = storedToken();
    expect(await invoke(IPC.useLocal)).toEqual({ ok: true });
    expect(await connection()).toMatchObject({ kind: 'local', file: s.app.workspaceFile });
    expect(await server.sessionOf(token)).toBeUndefined();
    expect(fs.existsSync(path.join(s.userData, WORKSPACE_CHOICE_FILE))).toBe(false);
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true, result: { empty: true } });
  });
});

it('a start with a remembered server that is down opens offline, without the local file', async () => {
  await connect();
  await s.app.shutdown();
  await server.stop();
  s = await startApp({ tmp: s.tmp, team: FAST });
  await vi.waitFor(async () => expect(await connection()).toMatchObject({ kind: 'team', status: 'offline' }));
  expect(await s.call('workspace.info', {})).toMatchObject({ ok: false, error: { key: 'desk_unreachable' } });
  // No workspace host was started for the file on this computer.
  expect(fake.FakeUtilityProcess.instances).toHaveLength(0);
  expect(s.app.connections.localClient()).toBeUndefined();
});
