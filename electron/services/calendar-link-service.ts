// Each department's calendar subscription link (team-server.md §7: "Settings shows each
// department its subscription link"). A link is a `calendar:read` token limited to the
// department. Unlike other tokens its text is kept (as a workspace setting), because the
// department's members must be able to read the link again, as with any calendar app's
// "secret address"; it can only read that department's calendar, and revoking it (Machine
// tokens) ends the link at once.
import type { CalendarLink } from '../../shared/schemas/access.ts';
import type { StoreReader } from '../store/store.ts';
import { tokenHash } from './access-service.ts';
import { notFound, requireRole, type Actor, type ServiceContext } from './context.ts';
import type { TokenService } from './token-service.ts';

const settingKey = (department: string) => `calendarLink.${department}`;

export class CalendarLinkService {
  private readonly ctx: ServiceContext;
  private readonly tokens: TokenService;

  constructor(ctx: ServiceContext, tokens: TokenService) {
    this.ctx = ctx;
    this.tokens = tokens;
  }

  /** Admins: every department's live link. Everyone else: their own department's, if it has one. */
  async list(actor: Actor): Promise<CalendarLink[]> {
    if (actor.kind !== 'person') requireRole(actor, ['admin'], 'manage_tokens');
    return this.ctx.store.read(async (tx) => {
      const departments = (await tx.listDepartments()).map((d) => d.key);
      const mine =
        actor.kind !== 'person' || actor.person.roles.includes('admin')
          ? departments
          : departments.filter((d) => d === actor.person.department);
      const links: CalendarLink[] = [];
      for (const department of mine) {
        const token = await liveLink(tx, department);
        if (token) links.push({ department, token });
      }
      return links;
    });
  }

  /** Admins: the department's live link, or a new `calendar:read` token for it. */
  async create(department: string, actor: Actor): Promise<CalendarLink> {
    requireRole(actor, ['admin'], 'manage_tokens');
    const existing = await this.ctx.store.read(async (tx) => {
      if (!(await tx.listDepartments()).some((d) => d.key === department))
        throw notFound('department', department);
      return liveLink(tx, department);
    });
    if (existing) return { department, token: existing };
    const created = await this.tokens.create(
      { name: `calendar-${department}`, scope: 'calendar:read', metrics: [], department },
      actor,
      (tx, token) => tx.setSetting(settingKey(department), token),
    );
    return { department, token: created.token };
  }
}

/** The kept token text while its token is live (not revoked). */
async function liveLink(tx: StoreReader, department: string): Promise<string | undefined> {
  const token = await tx.getSetting(settingKey(department));
  if (typeof token !== 'string') return undefined;
  const stored = await tx.access.machineTokenByHash(tokenHash(token));
  return stored && stored.revokedAt === null && stored.department === department ? token : undefined;
}
