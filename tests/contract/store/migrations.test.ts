// Every migration keeps the rows people entered, on both engines; a workspace that is up to
// date is opened without change. (SQLite's backup before migrating: ../../integration/store/sqlite.)
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/store/migrations/index.ts';
import {
  columnsOf,
  ENGINES,
  execSql,
  openStoreAt,
  rawSql,
  schemaVersion,
  snapshot,
  useLocation,
} from '../../helpers/engines.ts';
import { dump, version1Rows } from '../../helpers/migration-rows.ts';

const open = async (location: string, n?: number) =>
  (await openStoreAt(location, n === undefined ? {} : { migrations: MIGRATIONS.slice(0, n) })).close();

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);

  it('migration 1 creates the schema of an empty workspace', async () => {
    await open(location(), 1);
    expect(await schemaVersion(location())).toBe(1);
    await execSql(location(), version1Rows());
    expect((await rawSql(location(), 'SELECT key FROM campaigns'))[0]).toEqual({ key: 'bf' });
  });

  describe.each(MIGRATIONS.filter((m) => m.version >= 2).map((m) => [m.version, m.name] as const))(
    'migration %i (%s)',
    (n) => {
      it(`keeps the rows of a version ${n - 1} workspace`, async () => {
        await open(location(), n - 1);
        await execSql(location(), version1Rows());
        const columns = await columnsOf(location());
        columns.delete('campaign_desk_schema'); // the version, checked on its own
        const before = await dump(location(), columns);

        await open(location(), n);
        expect(await schemaVersion(location())).toBe(n);
        expect(await dump(location(), columns)).toEqual(before);
        // The append-only triggers survive the migration.
        await expect(rawSql(location(), 'DELETE FROM acknowledgements')).rejects.toThrow(/append-only/);
      });
    },
  );

  it('an up-to-date workspace is opened without changing anything', async () => {
    await open(location());
    await execSql(location(), version1Rows());
    const before = await snapshot(location());
    await open(location());
    expect(await schemaVersion(location())).toBe(LATEST_VERSION);
    expect(await snapshot(location())).toEqual(before);
  });
});
