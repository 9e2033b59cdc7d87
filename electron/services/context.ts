import { ApiError, type ApiErrorCode, type ChangeEvent } from '../../shared/api.ts';
import type { Person, Role } from '../../shared/domain.ts';
import type { Problem } from '../../shared/schemas/primitives.ts';
import { englishMessage, type Doing, type ErrorKey, type ErrorParams } from '../../shared/i18n/errors.ts';
import type { Store, StoreReader, StoreWriter } from '../store/store.ts';

/** What an audited write did: its audit event, and how the change feed names it. */
export interface AuditedChange {
  action: string;
  objectType: string;
  objectKey: string;
  detail?: unknown;
  entity: ChangeEvent['entity'];
  changeAction: string;
}

/** Who a call is made as. `system` is the command line and other trusted local tools. */
export type Actor =
  { kind: 'person'; person: Person } | { kind: 'system'; name: string } | { kind: 'anonymous' };

export const SYSTEM_CLI: Actor = { kind: 'system', name: 'cli' };

export function actorName(actor: Actor): string {
  if (actor.kind === 'person') return actor.person.key;
  if (actor.kind === 'system') return `system:${actor.name}`;
  return 'anonymous';
}

/** What every service shares: the store, the clock and the change feed. */
export class ServiceContext {
  private readonly listeners = new Set<(event: ChangeEvent) => void>();

  readonly store: Store;
  readonly now: () => Date;
  /** The zone of the machine the services run on: a new workspace's time zone. */
  readonly osTimeZone: string;

  constructor(
    store: Store,
    now: () => Date = () => new Date(),
    osTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
  ) {
    this.store = store;
    this.now = now;
    this.osTimeZone = osTimeZone;
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: Omit<ChangeEvent, 'actor'>, actor: Actor): void {
    const full = { ...event, actor: actorName(actor) };
    for (const listener of this.listeners) listener(full);
  }

  /**
   * One audited write: `work` and its audit event in one transaction, then the change feed.
   * `what` may depend on the result (e.g. the detail is what was stored).
   */
  async auditedWrite<T>(
    actor: Actor,
    what: AuditedChange | ((result: T) => AuditedChange),
    work: (tx: StoreWriter) => Promise<T>,
  ): Promise<T> {
    let change: AuditedChange | undefined;
    const result = await this.store.write(async (tx) => {
      const done = await work(tx);
      change = typeof what === 'function' ? what(done) : what;
      const { action, objectType, objectKey, detail } = change;
      await tx.audit({ actor: actorName(actor), action, objectType, objectKey, detail });
      return done;
    });
    if (change)
      this.emit({ entity: change.entity, key: change.objectKey, action: change.changeAction }, actor);
    return result;
  }

  /** Resolves a person key sent by a front end; unknown keys act as nobody. */
  async resolveActor(personKey: string | undefined, tx?: StoreReader): Promise<Actor> {
    if (!personKey) return { kind: 'anonymous' };
    const people = tx ? await tx.listPeople() : await this.store.read((r) => r.listPeople());
    const person = people.find((p) => p.key === personKey);
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
  if (!actor.person.roles.some((r) => roles.includes(r))) {
    const [role = '', other] = roles;
    const name = actor.person.name;
    throw other === undefined
      ? failure('forbidden', 'forbidden_role', { name, doing, role })
      : failure('forbidden', 'forbidden_role_either', { name, doing, role, other });
  }
}

export function notFound(what: 'campaign' | 'department' | 'metric', key: string): ApiError {
  return failure('not_found', `not_found_${what}`, { id: key });
}
