// SQLite only: before migrating a workspace file, Campaign Desk keeps a copy of it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/store/migrations/index.ts';
import { columnsOf, execSql, migrateTo, openStoreAt, schemaVersion } from '../../../helpers/engines.ts';
import { dump, version1Rows } from '../../../helpers/migration-rows.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

const open = async (location: string, n?: number) =>
  n === undefined ? (await openStoreAt(location)).close() : migrateTo(location, n);
const backups = () => fs.readdirSync(tempDir()).filter((f) => f.endsWith('.bak'));

describe('a new workspace', () => {
  it('gets the schema; with nothing to lose there is no backup', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    await open(file, 1);
    expect(await schemaVersion(file)).toBe(1);
    expect(backups()).toEqual([]);
  });

  it('is never made from a 0-byte file, which may be a copy cut short: refused and left as it is', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    fs.writeFileSync(file, '');
    await expect(open(file, 1)).rejects.toThrow(/empty \(0-byte\) file/);
    expect(fs.statSync(file).size).toBe(0);
    expect(backups()).toEqual([]);
  });
});

describe.each(MIGRATIONS.filter((m) => m.version >= 2).map((m) => [m.version, m.name] as const))(
  'migration %i (%s)',
  (n) => {
    // By position: numbers may skip while branches that reserve them are merged (0005, 0007 before 0006).
    const at = MIGRATIONS.findIndex((m) => m.version === n);
    const previous = MIGRATIONS[at - 1]?.version ?? 0;
    it(`backs up the version ${previous} file first, rows and version as they were`, async () => {
      const file = path.join(tempDir(), 'workspace.sqlite');
      await open(file, at);
      await execSql(file, version1Rows());
      const columns = await columnsOf(file);
      const before = await dump(file, columns);
      await open(file, at + 1);

      const escaped = path.basename(file).replace(/\./g, '\\.');
      const copies = backups().filter((f) => new RegExp(`^${escaped}\\.v${previous}-.+\\.bak$`).test(f));
      expect(copies).toHaveLength(1);
      const copy = path.join(tempDir(), copies[0] as string);
      expect(await schemaVersion(copy)).toBe(previous);
      expect(await dump(copy, columns)).toEqual(before);
    });
  },
);

describe('an up-to-date workspace', () => {
  it('is opened without a new backup', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    await open(file);
    await open(file);
    expect(backups()).toEqual([]);
  });
});
