// Which automatic backups to keep: the newest of each of the last 7 days that have
// one, then the newest of each of the 4 weeks before those (ISO weeks, UTC), so about
// a month of history stays whatever the number of backups a day. Pure: tested alone.

export interface RetentionPolicy {
  daily: number;
  weekly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4 };

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Monday of the ISO week, as a day string: the week's bucket. */
function weekOf(at: Date): string {
  const monday = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return dayOf(monday);
}

/** The backups to keep, newest first; the others may be deleted. */
export function backupsToKeep<T extends { at: Date }>(
  backups: readonly T[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): T[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep: T[] = [];
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of newestFirst) {
    const day = dayOf(backup.at);
    if (days.size < policy.daily) {
      if (!days.has(day)) {
        days.add(day);
        keep.push(backup);
      }
      continue;
    }
    if (days.has(day)) continue; // an older backup of the oldest kept day
    const week = weekOf(backup.at);
    if (weeks.size >= policy.weekly) break;
    if (!weeks.has(week)) {
      weeks.add(week);
      keep.push(backup);
    }
  }
  return keep;
}
