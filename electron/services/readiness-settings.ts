import type { ReadinessSettings } from '../../shared/api.ts';
import { DEFAULT_READINESS_OPTIONS } from '../../shared/domain.ts';
import { randomUUID } from 'node:crypto';
import type { StoreReader, StoreWriter } from '../store/store.ts';
import type { ServiceContext } from './context.ts';

/** Where the workspace keeps its horizon, lookback and acknowledgement deadline. */
export const READINESS_SETTINGS_KEY = 'readiness';
/** Where the workspace keeps its time zone (of times written without one, of whole days). */
export const TIME_ZONE_KEY = 'time_zone';

/** Where the machine's zone comes from: read only when a workspace has none saved (it loads ICU's zone data). */
export interface MachineZone {
  readonly osTimeZone: string;
}

/** The workspace's saved settings over the spec's defaults; the zone defaults to the machine's. */
export async function readSettings(tx: StoreReader, machine: MachineZone): Promise<ReadinessSettings> {
  const saved = ((await tx.getSetting(READINESS_SETTINGS_KEY)) ?? {}) as Partial<ReadinessSettings>;
  const zone = await tx.getSetting(TIME_ZONE_KEY);
  return {
    horizonDays: saved.horizonDays ?? DEFAULT_READINESS_OPTIONS.horizonDays,
    lookbackDays: saved.lookbackDays ?? DEFAULT_READINESS_OPTIONS.lookbackDays,
    ackDeadlineDays: saved.ackDeadlineDays ?? DEFAULT_READINESS_OPTIONS.ackDeadlineDays,
    timeZone: typeof zone === 'string' ? zone : machine.osTimeZone,
  };
}

/** The workspace's time zone. */
export async function workspaceTimeZone(tx: StoreReader, machine: MachineZone): Promise<string> {
  return (await readSettings(tx, machine)).timeZone;
}

/** At first start the workspace takes the machine's zone, so moving the machine later changes nothing. */
export async function keepTimeZone(tx: StoreWriter, machine: MachineZone): Promise<void> {
  if ((await tx.getSetting(TIME_ZONE_KEY)) === undefined)
    await tx.setSetting(TIME_ZONE_KEY, machine.osTimeZone);
}

/** Where the workspace keeps its id (a UUID): what makes its calendar UIDs globally unique. */
const WORKSPACE_ID_KEY = 'workspace_id';

/** The workspace's id, made (and recorded in the audit trail) the first time something needs it. */
export async function ensureWorkspaceId(ctx: ServiceContext): Promise<string> {
  const saved = await ctx.store.read((tx) => tx.getSetting(WORKSPACE_ID_KEY));
  if (typeof saved === 'string') return saved;
  const id = randomUUID();
  // Two first exports at once: the first id written is kept, the other one is never recorded.
  return ctx.auditedWrite(
    { kind: 'system', name: 'workspace' },
    (kept: string) =>
      kept === id
        ? {
            action: 'workspace.identify',
            objectType: 'workspace',
            objectKey: '',
            detail: { id },
            entity: 'workspace',
            changeAction: 'identify',
          }
        : undefined,
    async (tx) => {
      const again = await tx.getSetting(WORKSPACE_ID_KEY);
      if (typeof again === 'string') return again;
      await tx.setSetting(WORKSPACE_ID_KEY, id);
      return id;
    },
  );
}
