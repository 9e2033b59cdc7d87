// Departments and people carry `archivedAt` only once archived (migration 7), on both engines:
// an active one reads back exactly as it was written, so exports of older workspaces do not change.
import { isoFromMs } from '../../shared/instant.ts';

/** The row with `archived_at` (ms or NULL) turned into an optional `archivedAt` instant. */
export function withArchivedAt<T extends object>(
  row: T & { archived_at: number | null },
): Omit<T, 'archived_at'> & { archivedAt?: string } {
  const { archived_at: archivedMs, ...rest } = row;
  return archivedMs === null ? rest : { ...rest, archivedAt: isoFromMs(Number(archivedMs)) };
}

/** The value an upsert writes: NULL leaves a stored archive instant as it is (nothing un-archives). */
export function archivedMs(item: { archivedAt?: string | undefined }): number | null {
  return item.archivedAt === undefined ? null : Date.parse(item.archivedAt);
}
