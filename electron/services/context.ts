import type { ChangeEvent } from '../../shared/api.ts';
import { ApiError, type ApiErrorCode } from '../../shared/api-error.ts';
import type { Person, Role } from '../../shared/domain.ts';
import type { Problem } from '../../shared/schemas/primitives.ts';
import { englishMessage, type Doing, type ErrorKey, type ErrorParams } from '../../shared/i18n/errors.ts';
import type { Store, StoreReader, StoreWriter } from '../store/store.ts';
import { ChangeFeed } from './change-feed.ts';

/** What an audited write did: its audit event, and how the change feed names it. */
export type AuditedChange = {
  action: string;
  objectType: string;
  objectKey: string;
  detail?: unknown;
} & (
  | { entity: ChangeEvent['entity']; changeAction: string }
  // Access records (sign-in, passwords, tokens) are audited but no desk shows them: no change event.
  | { entity?: undefined; changeAction?: undefined }
);

/**
 * Who a call is made as. `system` is the command line and other trusted local tools; `machine`
 * a feed token (team-server.md §7), which may add samples of the metrics it names and nothing else.
 */
export type Actor =
  | { kind: 'person'; person: Person }
  | { kind: 'system'; name: string }
  | { kind: 'machine'; name: string; metrics: readonly string[] }
  | { kind: 'anonymous' };

export const SYSTEM_CLI: Actor = { kind: 'system', name: 'cli' };

export function actorName(actor: Actor): string {
  if (actor.kind === 'person') return actor.person.key;
  if (actor.kind === 'system') return `system:${actor.name}`;
  if (actor.kind === 'machine') return `token:${actor.name}`;
  return 'anonymous';
}

/** What every service shares: the store, the clock and the change feed. */
export class ServiceContext {
  readonly store: Store;
  readonly now: () => Date;
  private machineZone: string | undefined;
  private readonly feed: ChangeFeed;

  constructor(store: Store, now: () => Date = () => new Date(), osTimeZone?: string) {
    this.store = store;
    this.now = now;
    this.machineZone = osTimeZone;
    this.feed = new ChangeFeed(store);
  }

  /**
   * The zone of the machine the services run on: a new workspace's time zone. Asked only when
   * needed: Intl.DateTimeFormat loads ICU's zone and calendar data (≈ 5 MB resident).
   */
  get osTimeZone(): string {
    return (this.machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  /**
   * Hears every accepted write, made by this process or any other on the same workspace.
   * With `after` (a change's `seq`), first every later change, in order (resuming a stream).
   */
  onChange(listener: (event: ChangeEvent) => void, options: { after?: number } = {}): () => void {
    return this.feed.subscribe(listener, options.after);
  }

  /**
   * The one write path: `work`, its audit event and its change-log row in one transaction;
   * then listeners hear it before this returns. `what` may depend on the result (e.g. the
   * detail is what was stored); when it gives `undefined` nothing was written and nothing is recorded.
   */
  async auditedWrite<T>(
    actor: Actor,
    what: AuditedChange | ((result: T) => AuditedChange | undefined),
    work: (tx: StoreWriter) => Promise<T>,
  ): Promise<T> {
    const at = this.nowIso();
    const name = actorName(actor);
    const result = await this.store.write(async (tx) => {
      const done = await work(tx);
      const change = typeof what === 'function' ? what(done) : what;
      if (change) {
        const { action, objectType, objectKey, detail } = change;
        await tx.audit({ at, actor: name, action, objectType, objectKey, detail });
        if (change.entity)
          await tx.appendChange({
            at,
            actor: name,
            entity: change.entity,
            key: objectKey,
            action: change.changeAction,
          });
      }
      return done;
    });
    await this.feed.poll();
    return result;
  }

  /** Resolves a person key sent by a front end; unknown and archived people act as nobody. */
  async resolveActor(personKey: string | undefined, tx?: StoreReader): Promise<Actor> {
    if (!personKey) return { kind: 'anonymous' };
    const people = tx ? await tx.listPeople() : await this.store.read((r) => r.listPeople());
    const person = people.find((p) => p.key === personKey && !p.archivedAt);
    return person ? { kind: 'person', person } : { kind: 'anonymous' };
  }
}

/** An ApiError with a message key: English `message` from the same template front ends translate. */
export function failure(
  code: ApiErrorCode,
  key: ErrorKey,
  params: ErrorParams = {},
  problems?: Problem[],
): ApiError {
  return new ApiError(code, englishMessage(key, params), problems, key, params);
}

/** Throws unless the actor holds one of the roles (the system actor holds all). */
export function requireRole(actor: Actor, roles: readonly Role[], doing: Doing): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'anonymous') throw failure('forbidden', 'forbidden_anonymous', { doing });
  if (actor.kind === 'machine') throw failure('forbidden', 'forbidden_token', { name: actor.name, doing });
  if (!actor.person.roles.some((r) => roles.includes(r))) {
    const [role = '', other] = roles;
    const name = actor.person.name;
    // Only an admin can: the person is told whom to ask (issue 10), not which command to run.
    if (role === 'admin' && other === undefined)
      throw failure('forbidden', 'forbidden_ask_admin', { name, doing });
    throw other === undefined
      ? failure('forbidden', 'forbidden_role', { name, doing, role })
      : failure('forbidden', 'forbidden_role_either', { name, doing, role, other });
  }
}

export function notFound(what: 'campaign' | 'department' | 'metric' | 'person', key: string): ApiError {
  return failure('not_found', `not_found_${what}`, { id: key });
}
