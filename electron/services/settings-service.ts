import type { ApiParsedInput, ReadinessSettings } from '../../shared/api.ts';
import { requireRole, type Actor, type ServiceContext } from './context.ts';
import { READINESS_SETTINGS_KEY, readSettings } from './readiness-settings.ts';

/** The workspace's readiness options (horizon, lookback, acknowledgement deadline), kept in the store. */
export class SettingsService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  get(): Promise<ReadinessSettings> {
    return this.ctx.store.read((tx) => readSettings(tx));
  }

  async set(input: ApiParsedInput<'settings.set'>, actor: Actor): Promise<ReadinessSettings> {
    requireRole(actor, ['leadership', 'admin'], 'change_settings');
    const change = { action: 'settings.set', objectType: 'workspace', objectKey: READINESS_SETTINGS_KEY };
    const audited = (merged: ReadinessSettings) => ({
      ...change,
      detail: merged,
      entity: 'workspace' as const,
      changeAction: 'settings',
    });
    const next = await this.ctx.auditedWrite(actor, audited, async (tx) => {
      const current = await readSettings(tx);
      const merged: ReadinessSettings = {
        horizonDays: input.horizonDays ?? current.horizonDays,
        lookbackDays: input.lookbackDays ?? current.lookbackDays,
        ackDeadlineDays: input.ackDeadlineDays ?? current.ackDeadlineDays,
      };
      await tx.setSetting(READINESS_SETTINGS_KEY, merged);
      return merged;
    });
    return next;
  }
}
