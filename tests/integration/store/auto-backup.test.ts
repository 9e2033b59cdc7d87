// The daily automatic backup over two simulated months: one a day, pruned to 7 daily
// and 4 weekly; backups a person made are never deleted. The clock is pinned.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dailyBackup } from '../../../electron/store/sqlite/auto-backup.ts';
import { listBackups } from '../../../electron/store/sqlite/backups.ts';
import { SqliteStore } from '../../../electron/store/sqlite/sqlite-store.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const DAY = 86_400_000;
const START = Date.parse('2026-09-24T08:30:00Z');

describe('dailyBackup', () => {
  it('writes one backup a day and keeps 7 daily and 4 weekly ones', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    store = SqliteStore.open(file);
    const manual = await store.backup(new Date(START));
    for (let day = 0; day < 60; day++) {
      const first = await dailyBackup(store, new Date(START + day * DAY));
      expect(first.written).toBeDefined();
      // Started again later the same day: nothing new.
      const again = await dailyBackup(store, new Date(START + day * DAY + 3_600_000));
      expect(again.written).toBeUndefined();
    }
    const autos = listBackups(file).filter((b) => b.kind === 'auto');
    expect(autos.map((b) => b.at.toISOString().slice(0, 10))).toEqual([
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      '2026-11-18',
      '2026-11-17',
      '2026-11-16',
      '2026-11-15',
      '2026-11-08',
      '2026-11-01',
      '2026-10-25',
    ]);
    expect(fs.existsSync(manual)).toBe(true);
    const newest = autos[0]?.path ?? '';
    const copy = SqliteStore.open(newest, { readonly: true });
    try {
      expect(await copy.read((tx) => tx.allCampaigns())).toHaveLength(5);
    } finally {
      await copy.close();
    }
  });
});
