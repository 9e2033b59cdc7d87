// Sign-in to a team workspace (team-server.md §3): passwords set by admins, sessions as opaque
// random tokens of which only a hash is stored, expiring after 12 hours unused or 30 days after
// sign-in, and a limit of 10 failed attempts per person in 15 minutes. Everything lives in the
// workspace, so every `serve` process sharing it answers the same.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Person } from '../../shared/domain.ts';
import type { SessionInfo } from '../../shared/schemas/access.ts';
import type { StoredSession } from '../store/access.ts';
import { failure, requireRole, type Actor, type ServiceContext } from './context.ts';
import { decoyHash, hashPassword, verifyPassword } from './password-hash.ts';

const HOUR = 3_600_000;
export const SESSION_IDLE_MS = 12 * HOUR;
export const SESSION_ABSOLUTE_MS = 30 * 24 * HOUR;
export const FAILURE_LIMIT = 10;
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** A session's (or machine token's) last use is written at most this often: not one write per request. */
export const TOUCH_EVERY_MS = 60_000;

export interface SignedIn {
  token: string;
  person: Person;
  expires: string;
  sessionId: string;
}

/** Who a valid session token belongs to, as the workspace holds them now (roles read afresh). */
export interface Authenticated {
  actor: Actor & { kind: 'person' };
  session: StoredSession;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export class AccessService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  private at(offsetMs: number): string {
    return new Date(this.ctx.now().getTime() + offsetMs).toISOString();
  }

  /** Admins set passwords; the person's other sessions end (a reset after a leak must lock the leak out). */
  async setPassword(
    personKey: string,
    password: string,
    actor: Actor,
    keepSession?: string,
  ): Promise<{ sessionsEnded: number }> {
    requireRole(actor, ['admin'], 'set_passwords');
    const hash = await hashPassword(password);
    const at = this.ctx.nowIso();
    return this.ctx.auditedWrite(
      actor,
      (done: { sessionsEnded: number }) => ({
        action: 'person.password',
        objectType: 'person',
        objectKey: personKey,
        detail: done,
      }),
      async (tx) => {
        if (!(await tx.listPeople()).some((p) => p.key === personKey))
          throw failure('not_found', 'not_found_person', { id: personKey });
        await tx.access.setPasswordHash(personKey, hash, at);
        return { sessionsEnded: await tx.access.endSessionsOf(personKey, at, keepSession) };
      },
    );
  }

  /** A wrong password and an unknown person fail alike (same error, same time taken). */
  async signIn(personKey: string, password: string): Promise<SignedIn> {
    const since = this.at(-FAILURE_WINDOW_MS);
    const { failures, stored, person } = await this.ctx.store.read(async (tx) => ({
      failures: await tx.access.failuresSince(personKey, since),
      stored: await tx.access.passwordHash(personKey),
      // An archived person cannot sign in (issue 10): they fail like an unknown one.
      person: (await tx.listPeople()).find((p) => p.key === personKey && !p.archivedAt),
    }));
    if (failures >= FAILURE_LIMIT)
      throw failure('rate_limited', 'sign_in_locked', { minutes: FAILURE_WINDOW_MS / 60_000 });
    const matches = await verifyPassword(password, stored ?? (await decoyHash()));
    if (!matches || !stored || !person) {
      const at = this.ctx.nowIso();
      await this.ctx.store.write((tx) => tx.access.recordFailure(personKey, at, since));
      throw failure('unauthenticated', 'sign_in_failed');
    }
    const token = randomBytes(32).toString('base64url');
    const sessionId = randomUUID();
    const expires = this.at(SESSION_ABSOLUTE_MS);
    const actor: Actor = { kind: 'person', person };
    await this.ctx.auditedWrite(
      actor,
      {
        action: 'session.start',
        objectType: 'person',
        objectKey: person.key,
        detail: { session: sessionId },
      },
      async (tx) => {
        await tx.access.clearFailures(person.key);
        await tx.access.insertSession({
          id: sessionId,
          tokenHash: tokenHash(token),
          person: person.key,
          at: this.ctx.nowIso(),
          absoluteExpiry: expires,
        });
      },
    );
    return { token, person, expires, sessionId };
  }

  /** The session's person, or undefined when the token is unknown, ended, expired, or its person is gone. */
  async authenticate(token: string): Promise<Authenticated | undefined> {
    if (!token || token.length > 200) return undefined;
    const now = this.ctx.now().getTime();
    const found = await this.ctx.store.read(async (tx) => {
      const session = await tx.access.sessionByTokenHash(tokenHash(token));
      if (!session) return undefined;
      const person = (await tx.listPeople()).find((p) => p.key === session.person && !p.archivedAt);
      return person && { session, person };
    });
    if (!found || !isOpen(found.session, now)) return undefined;
    if (now - Date.parse(found.session.lastUsedAt) >= TOUCH_EVERY_MS) {
      const at = this.ctx.nowIso();
      await this.ctx.store.write((tx) => tx.access.touchSession(found.session.id, at));
    }
    return { actor: { kind: 'person', person: found.person }, session: found.session };
  }

  async signOut(token: string): Promise<boolean> {
    const signedIn = await this.authenticate(token);
    if (!signedIn) return false;
    return this.end(signedIn.session.id, signedIn.actor, 'session.end');
  }

  async listSessions(actor: Actor): Promise<SessionInfo[]> {
    requireRole(actor, ['admin'], 'manage_sessions');
    const now = this.ctx.nowIso();
    const sessions = await this.ctx.store.read((tx) =>
      tx.access.openSessions(now, this.at(-SESSION_IDLE_MS)),
    );
    return sessions.map((s) => ({
      id: s.id,
      person: s.person,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: expiryOf(s),
    }));
  }

  /** An admin ends someone's session: its token is refused from the next request on. */
  async endSession(id: string, actor: Actor): Promise<{ ended: boolean }> {
    requireRole(actor, ['admin'], 'manage_sessions');
    return { ended: await this.end(id, actor, 'session.revoke') };
  }

  private end(id: string, actor: Actor, action: string): Promise<boolean> {
    const at = this.ctx.nowIso();
    return this.ctx.auditedWrite(
      actor,
      (ended: boolean) => (ended ? { action, objectType: 'session', objectKey: id } : undefined),
      (tx) => tx.access.endSession(id, at),
    );
  }
}

function expiryOf(s: StoredSession): string {
  const idle = Date.parse(s.lastUsedAt) + SESSION_IDLE_MS;
  return new Date(Math.min(idle, Date.parse(s.absoluteExpiry))).toISOString();
}

function isOpen(s: StoredSession, now: number): boolean {
  return s.endedAt === null && now < Date.parse(expiryOf(s));
}
