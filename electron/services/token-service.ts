// Machine tokens (team-server.md §7): a helpdesk or warehouse pushes samples, a calendar app
// subscribes. The token is shown once; only its SHA-256 is stored (a 256-bit random token
// needs no slow hash). Revoked tokens are refused at once.
import { randomBytes, randomUUID } from 'node:crypto';
import type {
  CreatedMachineToken,
  MachineTokenInfo,
  TokenCreate,
  TokenScope,
} from '../../shared/schemas/access.ts';
import type { StoredMachineToken } from '../store/access.ts';
import type { StoreWriter } from '../store/store.ts';
import { tokenHash, TOUCH_EVERY_MS } from './access-service.ts';
import { actorName, failure, notFound, requireRole, type Actor, type ServiceContext } from './context.ts';

const info = (t: StoredMachineToken): MachineTokenInfo => ({
  name: t.name,
  scope: t.scope,
  metrics: t.metrics,
  department: t.department,
  createdAt: t.createdAt,
  createdBy: t.createdBy,
  lastUsedAt: t.lastUsedAt,
});

export class TokenService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  /** `alongside` runs in the same write (a department's calendar link keeps the token's text). */
  async create(
    input: TokenCreate,
    actor: Actor,
    alongside?: (tx: StoreWriter, token: string) => Promise<void>,
  ): Promise<CreatedMachineToken> {
    requireRole(actor, ['admin'], 'manage_tokens');
    const token = `cdt_${randomBytes(32).toString('base64url')}`;
    const stored: StoredMachineToken = {
      id: randomUUID(),
      name: input.name,
      scope: input.scope,
      metrics: [...new Set(input.metrics ?? [])],
      department: input.department ?? null,
      createdAt: this.ctx.nowIso(),
      createdBy: actorName(actor),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.ctx.auditedWrite(
      actor,
      { action: 'token.create', objectType: 'token', objectKey: input.name, detail: info(stored) },
      async (tx) => {
        const metrics = new Set((await tx.listMetrics()).map((m) => m.key));
        for (const key of stored.metrics) if (!metrics.has(key)) throw notFound('metric', key);
        if (stored.department && !(await tx.listDepartments()).some((d) => d.key === stored.department))
          throw notFound('department', stored.department);
        if ((await tx.access.liveMachineTokens()).some((t) => t.name === stored.name))
          throw failure('conflict', 'token_name_taken', { name: stored.name });
        await tx.access.insertMachineToken({ ...stored, tokenHash: tokenHash(token) });
        await alongside?.(tx, token);
      },
    );
    return { ...info(stored), token };
  }

  async list(actor: Actor): Promise<MachineTokenInfo[]> {
    requireRole(actor, ['admin'], 'manage_tokens');
    return (await this.ctx.store.read((tx) => tx.access.liveMachineTokens())).map(info);
  }

  async revoke(name: string, actor: Actor): Promise<{ revoked: boolean }> {
    requireRole(actor, ['admin'], 'manage_tokens');
    const at = this.ctx.nowIso();
    const revoked = await this.ctx.auditedWrite(
      actor,
      (done: boolean) =>
        done ? { action: 'token.revoke', objectType: 'token', objectKey: name } : undefined,
      (tx) => tx.access.revokeMachineToken(name, at),
    );
    if (!revoked) throw failure('not_found', 'not_found_token', { id: name });
    return { revoked };
  }

  /**
   * The live token with this text, as the actor its feed acts as; throws 401 when unknown or
   * revoked and 403 when its scope is another.
   */
  async authenticate(
    token: string,
    scope: TokenScope,
  ): Promise<{ actor: Actor & { kind: 'machine' }; token: StoredMachineToken }> {
    const found =
      token && token.length <= 200
        ? await this.ctx.store.read((tx) => tx.access.machineTokenByHash(tokenHash(token)))
        : undefined;
    if (!found || found.revokedAt !== null) throw failure('unauthenticated', 'token_invalid');
    if (found.scope !== scope) throw failure('forbidden', 'token_wrong_scope', { name: found.name, scope });
    const now = this.ctx.now().getTime();
    if (found.lastUsedAt === null || now - Date.parse(found.lastUsedAt) >= TOUCH_EVERY_MS) {
      const at = this.ctx.nowIso();
      await this.ctx.store.write((tx) => tx.access.touchMachineToken(found.id, at));
    }
    return { actor: { kind: 'machine', name: found.name, metrics: found.metrics }, token: found };
  }
}
