// The team workspace from the command line (team-server.md §2, §3, §7): passwords from standard
// input, machine tokens, and where `serve` may listen — run as users run it, in a child process.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { snapshot } from '../../helpers/engines.ts';
import { CLI_BIN, REPO_ROOT } from '../../helpers/paths.ts';
import { startServe, stopServe } from '../../helpers/serve.ts';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { FIXED_NOW, openWorkspace, useFixtureWorkspace } from '../../helpers/workspace.ts';

const copyFixture = useFixtureWorkspace();
const PASSWORD = 'a long enough password';

function fixture(context: { onTestFinished: (fn: () => void) => void }): string {
  const file = path.join(tempDirFor(context), 'workspace.sqlite');
  copyFixture(file);
  return file;
}

/** Signs in on the file directly, as the server would. */
async function signsIn(file: string, person: string, password: string): Promise<boolean> {
  const ws = openWorkspace(file, () => new Date(FIXED_NOW));
  try {
    await ws.services.access.signIn(person, password);
    return true;
  } catch {
    return false;
  } finally {
    await ws.close();
  }
}

describe.concurrent('people password', () => {
  it('sets the password from the first line of standard input only', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const result = await runCli(
      ['people', 'password', 'maria', '--workspace', file],
      {},
      `${PASSWORD}\nsecond line is not part of it\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Password of maria set');
    expect(result.stdout).not.toContain(PASSWORD);
    expect(await signsIn(file, 'maria', PASSWORD)).toBe(true);
    expect(await signsIn(file, 'maria', `${PASSWORD}\nsecond line is not part of it`)).toBe(false);
  });

  it('returns after the first line although standard input stays open', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const child = spawn(process.execPath, [CLI_BIN, 'people', 'password', 'maria', '--workspace', file], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    onTestFinished(() => void child.kill());
    child.stdin.write(`${PASSWORD}\r\n`);
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(await signsIn(file, 'maria', PASSWORD)).toBe(true);
  });

  it('a short password: exit 2, nothing written', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const before = await snapshot(file);
    const result = await runCli(['people', 'password', 'maria', '--workspace', file], {}, 'short\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/at least 12 characters/);
    expect(await snapshot(file)).toEqual(before);
  });

  it('an unknown person: exit 2, nothing written', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const before = await snapshot(file);
    const result = await runCli(['people', 'password', 'nobody', '--workspace', file], {}, `${PASSWORD}\n`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no person "nobody"');
    expect(await snapshot(file)).toEqual(before);
  });

  it('no workspace file is left behind for a refused password', async ({ onTestFinished }) => {
    const file = path.join(tempDirFor({ onTestFinished }), 'new.sqlite');
    const result = await runCli(['people', 'password', 'maria', '--workspace', file], {}, 'short\n');
    expect(result.code).toBe(2);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe.concurrent('tokens', () => {
  it('create prints the token alone on the last line; list shows name, scope and last use', async ({
    onTestFinished,
  }) => {
    const file = fixture({ onTestFinished });
    const created = await runCli([
      'tokens',
      'create',
      '--name',
      'helpdesk',
      '--scope',
      'samples:write',
      '--metric',
      'csat',
      '--metric',
      'first_response_hours',
      '--workspace',
      file,
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const lines = created.stdout.trimEnd().split('\n');
    const token = lines.at(-1) ?? '';
    expect(token).toMatch(/^cdt_[A-Za-z0-9_-]{43}$/);

    await runCli(['tokens', 'create', '--name', 'outlook', '--scope', 'calendar:read', '--workspace', file]);
    let listed = await runCli(['tokens', 'list', '--workspace', file]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain(token);
    const rows = listed.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(
      /^helpdesk\tsamples:write, metrics csat, first_response_hours\tlast used never\t/,
    );
    expect(rows[1]).toMatch(/^outlook\tcalendar:read, every department\tlast used never\t/);

    // Used once by a feed: the list says when.
    const ws = openWorkspace(file, () => new Date(FIXED_NOW));
    await ws.services.tokens.authenticate(token, 'samples:write');
    await ws.close();
    listed = await runCli(['tokens', 'list', '--workspace', file]);
    expect(listed.stdout).toContain(
      `helpdesk\tsamples:write, metrics csat, first_response_hours\tlast used ${FIXED_NOW}`,
    );
  });

  it('revoke ends a token; an unknown name fails with a clear message', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    await runCli(['tokens', 'create', '--name', 'helpdesk', '--scope', 'samples:write', '--workspace', file]);
    const revoked = await runCli(['tokens', 'revoke', 'helpdesk', '--workspace', file]);
    expect(revoked.code).toBe(0);
    expect((await runCli(['tokens', 'list', '--workspace', file])).stdout.trim()).toBe('No tokens.');

    const again = await runCli(['tokens', 'revoke', 'helpdesk', '--workspace', file]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('There is no token named "helpdesk"');
  });
});

describe.concurrent('serve: where it may listen', () => {
  it('a non-loopback address without --team: exit 2', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const result = await runCli(['serve', '--listen', '0.0.0.0:0', '--workspace', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('serve --team');
  });

  it('a non-loopback team server without TLS: exit 2 naming --insecure-http', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const result = await runCli(['serve', '--team', '--listen', '0.0.0.0:0', '--workspace', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--insecure-http');
  });

  it('--insecure-http lets a team server listen on 0.0.0.0', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const serve = await startServe(file, { args: ['--team', '--listen', '0.0.0.0:0', '--insecure-http'] });
    onTestFinished(() => stopServe(serve));
    const port = new URL(serve.url).port;
    const answer = await fetch(`http://127.0.0.1:${port}/api/auth/session`);
    expect(answer.status).toBe(401);
  });

  it('--tls-cert and --tls-key serve HTTPS', async ({ onTestFinished }) => {
    const dir = tempDirFor({ onTestFinished });
    const file = fixture({ onTestFinished });
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    selfSignedCertificate(cert, key);
    const serve = await startServe(file, {
      args: ['--team', '--listen', '127.0.0.1:0', '--tls-cert', cert, '--tls-key', key],
    });
    onTestFinished(() => stopServe(serve));
    expect(serve.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      https
        .get(`${serve.url}/api/auth/session`, { ca: fs.readFileSync(cert) }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        })
        .on('error', reject);
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unauthenticated' } });
  });
});

describe('serve --max-streams', () => {
  it('caps the open event streams in all', async ({ onTestFinished }) => {
    const file = fixture({ onTestFinished });
    const serve = await startServe(file, { args: ['--port', '0', '--max-streams', '2'] });
    onTestFinished(() => stopServe(serve));
    const open = (person: string) =>
      fetch(`${serve.url}/api/events`, { headers: { 'x-campaign-desk-person': person } });
    const streams = [await open('maria'), await open('olena')];
    onTestFinished(() => streams.forEach((s) => void s.body?.cancel()));
    expect(streams.map((s) => s.status)).toEqual([200, 200]);
    const third = await open('taras');
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({ error: { key: 'too_many_streams', params: { limit: 2 } } });
  });

  it('a count that is not a whole number: exit 2', async ({ onTestFinished }) => {
    const result = await runCli([
      'serve',
      '--max-streams',
      'many',
      '--workspace',
      fixture({ onTestFinished }),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-streams needs a whole number');
  });
});

/** A certificate for 127.0.0.1, signed by its own key (openssl must be on PATH). */
function selfSignedCertificate(cert: string, key: string): void {
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'pipe' },
    );
  } catch (err) {
    throw new Error(
      `this test needs openssl on PATH to make a self-signed certificate: ${(err as Error).message}`,
      { cause: err },
    );
  }
}
