// Automatic backups kept: the newest of each of the last 7 days that have one, then
// the newest of each of the 4 weeks before those. Dates are pinned, not today's.
import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../electron/store/sqlite/retention.ts';

const at = (iso: string) => ({ at: new Date(iso), name: iso });
/** One backup a day at 09:00 UTC for `days` days ending on 2026-11-22 (a Sunday). */
const daily = (days: number) =>
  Array.from({ length: days }, (_, i) =>
    at(new Date(Date.parse('2026-11-22T09:00:00Z') - i * 86_400_000).toISOString()),
  );
const names = (kept: { name: string }[]) => kept.map((k) => k.name.slice(0, 10));

describe('backupsToKeep', () => {
  it('keeps 7 daily and 4 weekly backups out of 60 days of them', () => {
    const kept = backupsToKeep(daily(60));
    expect(names(kept)).toEqual([
      // the last 7 days
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      '2026-11-18',
      '2026-11-17',
      '2026-11-16',
      // then the newest of each earlier ISO week (Monday–Sunday)
      '2026-11-15',
      '2026-11-08',
      '2026-11-01',
      '2026-10-25',
    ]);
  });

  it('keeps only the newest backup of a day', () => {
    const kept = backupsToKeep([
      at('2026-11-22T08:00:00Z'),
      at('2026-11-22T18:00:00Z'),
      at('2026-11-21T08:00:00Z'),
    ]);
    expect(kept.map((k) => k.name)).toEqual(['2026-11-22T18:00:00Z', '2026-11-21T08:00:00Z']);
  });

  it('counts days that have a backup, not calendar days: a laptop off for two weeks keeps its history', () => {
    const before = daily(30).filter((b) => b.at < new Date('2026-11-05T00:00:00Z'));
    const kept = backupsToKeep([at('2026-11-22T09:00:00Z'), ...before]);
    // 13 backups: the 7 newest days, then the newest of each of the 2 weeks left (not 4: there are no more).
    expect(names(kept)).toEqual([
      '2026-11-22',
      '2026-11-04',
      '2026-11-03',
      '2026-11-02',
      '2026-11-01',
      '2026-10-31',
      '2026-10-30',
      '2026-10-29',
      '2026-10-25',
    ]);
  });

  it('keeps everything while there are fewer than the policy allows, and is stable when applied again', () => {
    expect(backupsToKeep(daily(5))).toHaveLength(5);
    const once = backupsToKeep(daily(60));
    expect(backupsToKeep(once)).toEqual(once);
  });
});
