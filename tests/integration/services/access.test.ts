// Sign-in to a team workspace (team-server.md §3, §4) on a real SQLite file with a pinned clock
// the tests move forward: the same refusal for a wrong password and an unknown person, the
// failed-attempt limit, session expiry, roles read afresh, and nothing secret in the file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.ts';
import { verifyAuditChain } from '../../../electron/services/audit-service.ts';
import { snapshot } from '../../helpers/engines.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import {
  FIXED_NOW,
  openWorkspace,
  useFixtureWorkspace,
  type TestWorkspace,
} from '../../helpers/workspace.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PASSWORD = 'correct horse battery';
const OTHER = 'another long password';

// Every sign-in and password is a deliberately slow scrypt (~170 ms, more on a busy machine).
const SLOW_HASHES = { timeout: 120_000 };

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let ws: TestWorkspace;
let file: string;
let now: number;
const advance = (ms: number) => (now += ms);

beforeEach(async () => {
  file = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(file);
  now = Date.parse(FIXED_NOW);
  ws = openWorkspace(file, () => new Date(now));
  for (const person of ['maria', 'olena', 'admin'])
    await ws.call('people.setPassword', { person, password: PASSWORD });
});
afterEach(() => ws.close());

const signIn = (person: string, password = PASSWORD) => ws.services.access.signIn(person, password);
const refusal = async (work: Promise<unknown>) => {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(err)}`);
  return { code: err.code, message: err.message, key: err.key, params: err.params };
};
const whoIs = async (token: string) => (await ws.services.access.authenticate(token))?.actor.person;

describe('signing in', SLOW_HASHES, () => {
  it('a wrong password and an unknown person get the same refusal', async () => {
    const wrong = await refusal(signIn('maria', 'not the password'));
    const unknown = await refusal(signIn('nobody', PASSWORD));
    // A person without a password yet is refused alike.
    const noPassword = await refusal(signIn('taras', PASSWORD));
    expect(wrong).toMatchObject({ code: 'unauthenticated', key: 'sign_in_failed' });
    expect(unknown).toEqual(wrong);
    expect(noPassword).toEqual(wrong);
  });

  it('the 11th attempt within 15 minutes is refused even with the right password, and succeeds after the window', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await refusal(signIn('maria', `wrong guess ${i}`))).code).toBe('unauthenticated');
      advance(MINUTE);
    }
    // 10 failures between 0 and 9 minutes ago.
    expect(await refusal(signIn('maria'))).toMatchObject({ code: 'rate_limited', key: 'sign_in_locked' });
    // Another person is not locked out by maria's failures.
    expect((await signIn('olena')).person.key).toBe('olena');
    // Until the first failure is more than 15 minutes old, still locked.
    advance(15 * MINUTE - 10 * MINUTE);
    expect((await refusal(signIn('maria'))).code).toBe('rate_limited');
    advance(1);
    expect((await signIn('maria')).person.key).toBe('maria');
  });

  it('an unknown person is limited too (both answers must look the same)', async () => {
    for (let i = 0; i < 10; i++) await refusal(signIn('nobody', `guess ${i}`));
    expect((await refusal(signIn('nobody', 'guess 11'))).code).toBe('rate_limited');
  });

  it('a successful sign-in clears the count', async () => {
    for (let i = 0; i < 9; i++) await refusal(signIn('maria', `wrong guess ${i}`));
    await signIn('maria');
    for (let i = 0; i < 9; i++) await refusal(signIn('maria', `wrong again ${i}`));
    expect((await signIn('maria')).person.key).toBe('maria');
  });
});

describe('sessions', SLOW_HASHES, () => {
  it('a session ends after 12 hours unused; using it keeps it open', async () => {
    const { token, expires } = await signIn('maria');
    expect(expires).toBe(new Date(now + 30 * 24 * HOUR).toISOString());
    advance(12 * HOUR - MINUTE);
    expect((await whoIs(token))?.key).toBe('maria');
    advance(12 * HOUR - MINUTE);
    expect((await whoIs(token))?.key).toBe('maria');
    advance(12 * HOUR);
    expect(await whoIs(token)).toBeUndefined();
    // Not even the idle limit's worth of use brings it back.
    expect(await ws.call('sessions.list', {}, 'admin')).toEqual([]);
  });

  it('a session ends 30 days after sign-in however often it is used', async () => {
    const { token } = await signIn('maria');
    const start = now;
    while (now + 11 * HOUR < start + 30 * 24 * HOUR) {
      advance(11 * HOUR);
      expect((await whoIs(token))?.key).toBe('maria');
    }
    now = start + 30 * 24 * HOUR - 1;
    expect((await whoIs(token))?.key).toBe('maria');
    advance(1);
    expect(await whoIs(token)).toBeUndefined();
  });

  it('a role change takes effect on the next authenticate', async () => {
    const { token } = await signIn('olena');
    expect((await whoIs(token))?.roles).toEqual(['member']);
    const olena = (await ws.call('people.list', {})).find((p) => p.key === 'olena');
    await ws.call('people.define', { person: { ...olena, roles: ['member', 'leadership'] } }, 'admin');
    expect((await whoIs(token))?.roles).toEqual(['member', 'leadership']);
  });

  it('an ended session is refused, by sign-out or by an admin', async () => {
    const first = await signIn('maria');
    expect(await ws.services.access.signOut(first.token)).toBe(true);
    expect(await whoIs(first.token)).toBeUndefined();
    expect(await ws.services.access.signOut(first.token)).toBe(false);

    const second = await signIn('maria');
    const [open] = await ws.call('sessions.list', {}, 'admin');
    expect(open?.id).toBe(second.sessionId);
    expect(await ws.call('sessions.end', { id: second.sessionId }, 'admin')).toEqual({ ended: true });
    expect(await whoIs(second.token)).toBeUndefined();
    expect(await whoIs('made-up-token')).toBeUndefined();
  });
});

describe('passwords', SLOW_HASHES, () => {
  it('a non-admin may not set a password, and nothing is written', async () => {
    const before = await snapshot(file);
    const refused = await refusal(
      ws.call('people.setPassword', { person: 'maria', password: OTHER }, 'maria'),
    );
    expect(refused.code).toBe('forbidden');
    expect(await snapshot(file)).toEqual(before);
    expect((await signIn('maria')).person.key).toBe('maria');
    expect((await refusal(signIn('maria', OTHER))).code).toBe('unauthenticated');
  });

  it("a new password ends the person's other sessions, and only the new one signs in", async () => {
    const a = await signIn('maria');
    const b = await signIn('maria');
    const olena = await signIn('olena');
    expect(await ws.call('people.setPassword', { person: 'maria', password: OTHER }, 'admin')).toEqual({
      sessionsEnded: 2,
    });
    expect(await whoIs(a.token)).toBeUndefined();
    expect(await whoIs(b.token)).toBeUndefined();
    expect((await whoIs(olena.token))?.key).toBe('olena');
    expect((await refusal(signIn('maria'))).code).toBe('unauthenticated');
    expect((await signIn('maria', OTHER)).person.key).toBe('maria');
  });

  it('a password for an unknown person or a short one is refused, nothing written', async () => {
    const before = await snapshot(file);
    expect(
      (await refusal(ws.call('people.setPassword', { person: 'nobody', password: OTHER }, 'admin'))).code,
    ).toBe('not_found');
    expect(
      (await refusal(ws.call('people.setPassword', { person: 'maria', password: 'short' }, 'admin'))).code,
    ).toBe('invalid_input');
    expect(await snapshot(file)).toEqual(before);
  });
});

describe('audit', SLOW_HASHES, () => {
  it('only admin and leadership read the audit trail', async () => {
    for (const person of ['maria', 'olena', 'taras'])
      expect((await refusal(ws.call('audit.list', { limit: 10 }, person))).code).toBe('forbidden');
    expect((await ws.call('audit.list', { limit: 10 }, 'ceo')).length).toBeGreaterThan(0);
    expect((await ws.call('audit.list', { limit: 10 }, 'admin')).length).toBeGreaterThan(0);
  });

  it('every access write is audited, the chain stays intact, and no secret reaches the file', async () => {
    const session = await signIn('maria');
    await ws.services.access.signOut(session.token);
    const other = await signIn('olena');
    await ws.call('sessions.end', { id: other.sessionId }, 'admin');
    const kept = await signIn('maria');
    await ws.call('people.setPassword', { person: 'olena', password: OTHER }, 'admin');
    const created = await ws.call('tokens.create', { name: 'helpdesk', scope: 'samples:write' }, 'admin');
    await ws.call('tokens.revoke', { name: 'helpdesk' }, 'admin');
    const feed = await ws.call('tokens.create', { name: 'outlook', scope: 'calendar:read' }, 'admin');

    const events = (await ws.call('audit.list', { limit: 1000 }, 'admin')).reverse();
    const access = events
      .filter((e) => /^(person\.password|session\.|token\.)/.test(e.action))
      .map((e) => [e.actor, e.action, e.objectKey]);
    expect(access).toEqual([
      ['system:cli', 'person.password', 'maria'],
      ['system:cli', 'person.password', 'olena'],
      ['system:cli', 'person.password', 'admin'],
      ['maria', 'session.start', 'maria'],
      ['maria', 'session.end', session.sessionId],
      ['olena', 'session.start', 'olena'],
      ['admin', 'session.revoke', other.sessionId],
      ['maria', 'session.start', 'maria'],
      ['admin', 'person.password', 'olena'],
      ['admin', 'token.create', 'helpdesk'],
      ['admin', 'token.revoke', 'helpdesk'],
      ['admin', 'token.create', 'outlook'],
    ]);
    expect(await verifyAuditChain(ws.store)).toEqual({ events: events.length });

    await ws.close();
    const secrets = [PASSWORD, OTHER, session.token, other.token, kept.token, created.token, feed.token];
    for (const suffix of ['', '-wal', '-shm']) {
      if (!fs.existsSync(file + suffix)) continue;
      const bytes = fs.readFileSync(file + suffix);
      for (const secret of secrets) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}${suffix}`).toBe(false);
        // Nor its UTF-16 form, in case a column were stored so.
        expect(bytes.includes(Buffer.from(secret, 'utf16le'))).toBe(false);
      }
    }
    ws = openWorkspace(file, () => new Date(now));
  });
});
