import type { ApiParsedInput, ReadinessSettings } from '../../shared/api.ts';
import { requireRole, type Actor, type ServiceContext } from './context.ts';
import { READINESS_SETTINGS_KEY, readSettings, TIME_ZONE_KEY } from './readiness-settings.ts';

/** The workspace's settings (horizon, lookback, acknowledgement deadline, time zone), kept in the store. */
export class SettingsService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  get(): Promise<ReadinessSettings> {
    return this.ctx.store.read((tx) => readSettings(tx, this.ctx));
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
      const current = await readSettings(tx, this.ctx);
      const merged: ReadinessSettings = {
        horizonDays: input.horizonDays ?? current.horizonDays,
        lookbackDays: input.lookbackDays ?? current.lookbackDays,
        ackDeadlineDays: input.ackDeadlineDays ?? current.ackDeadlineDays,
        timeZone: input.timeZone ?? current.timeZone,
      };
      const { timeZone, ...readiness } = merged;
      await tx.setSetting(READINESS_SETTINGS_KEY, readiness);
      await tx.setSetting(TIME_ZONE_KEY, timeZone);
      return merged;
    });
    return next;
  }
}
