// Issue 10 on both engines: departments and people carry `archivedAt` once archived; an upsert
// that does not say it leaves it as it is; migration 7 keeps every row of an older workspace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/store/migrations/index.ts';
import type { Store } from '../../../electron/store/store.ts';
import {
  ENGINES,
  execSql,
  migrateTo,
  openStoreAt,
  rawSql,
  schemaVersion,
  useLocation,
} from '../../helpers/engines.ts';
import { version1Rows } from '../../helpers/migration-rows.ts';

const AT = '2026-11-22T10:00:00.000Z';
/** Migration 7 may not sit at index 6 until the migrations in between are merged: find it. */
const INDEX = MIGRATIONS.findIndex((m) => m.version === 7);

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);

  describe('store', () => {
    let store: Store;
    beforeEach(async () => {
      store = await openStoreAt(location());
      await store.write(async (tx) => {
        await tx.upsertDepartment({ key: 'delivery', name: 'Delivery', color: '#2e7d32' });
        await tx.upsertPerson({ key: 'taras', name: 'Taras', department: 'delivery', roles: ['member'] });
      });
    });
    afterEach(() => store.close());

    it('an active department or person reads back without archivedAt; an archived one with its instant', async () => {
      expect(await store.read((tx) => tx.listDepartments())).toEqual([
        { key: 'delivery', name: 'Delivery', color: '#2e7d32' },
      ]);
      await store.write(async (tx) => {
        await tx.upsertDepartment({ key: 'delivery', name: 'Delivery', color: '#2e7d32', archivedAt: AT });
        await tx.upsertPerson({
          key: 'taras',
          name: 'Taras',
          department: 'delivery',
          roles: ['member'],
          archivedAt: AT,
        });
      });
      expect(await store.read((tx) => tx.listDepartments())).toEqual([
        { key: 'delivery', name: 'Delivery', color: '#2e7d32', archivedAt: AT },
      ]);
      expect(await store.read((tx) => tx.listPeople())).toEqual([
        { key: 'taras', name: 'Taras', department: 'delivery', roles: ['member'], archivedAt: AT },
      ]);
    });

    it('an upsert without archivedAt renames but never un-archives', async () => {
      await store.write(async (tx) => {
        await tx.upsertDepartment({ key: 'delivery', name: 'Delivery', color: '#2e7d32', archivedAt: AT });
        await tx.upsertPerson({
          key: 'taras',
          name: 'Taras',
          department: 'delivery',
          roles: ['member'],
          archivedAt: AT,
        });
      });
      await store.write(async (tx) => {
        await tx.upsertDepartment({ key: 'delivery', name: 'Logistics', color: '#000000' });
        await tx.upsertPerson({ key: 'taras', name: 'Taras B.', department: 'delivery', roles: ['member'] });
      });
      expect(await store.read((tx) => tx.listDepartments())).toEqual([
        { key: 'delivery', name: 'Logistics', color: '#000000', archivedAt: AT },
      ]);
      expect((await store.read((tx) => tx.listPeople()))[0]).toMatchObject({
        name: 'Taras B.',
        archivedAt: AT,
      });
    });
  });

  describe('migration 7', () => {
    it('adds archived_at to departments and people, keeps their rows, and every one is active', async () => {
      expect(INDEX).toBeGreaterThan(0);
      await migrateTo(location(), INDEX);
      await execSql(location(), version1Rows());
      const before = {
        departments: await rawSql(location(), 'SELECT id, key, name, color FROM departments ORDER BY id'),
        people: await rawSql(
          location(),
          'SELECT id, key, name, department_id, roles FROM people ORDER BY id',
        ),
        acknowledgements: await rawSql(location(), 'SELECT * FROM acknowledgements ORDER BY id'),
      };

      await migrateTo(location(), INDEX + 1);
      expect(await schemaVersion(location())).toBe(7);
      expect(await rawSql(location(), 'SELECT id, key, name, color FROM departments ORDER BY id')).toEqual(
        before.departments,
      );
      expect(
        await rawSql(location(), 'SELECT id, key, name, department_id, roles FROM people ORDER BY id'),
      ).toEqual(before.people);
      expect(await rawSql(location(), 'SELECT * FROM acknowledgements ORDER BY id')).toEqual(
        before.acknowledgements,
      );
      expect(await rawSql(location(), 'SELECT archived_at FROM departments')).toEqual([
        { archived_at: null },
        { archived_at: null },
      ]);

      // The store reads the migrated rows and can archive one of them.
      const store = await openStoreAt(location());
      try {
        expect((await store.read((tx) => tx.listPeople())).map((p) => p.archivedAt)).toEqual([
          undefined,
          undefined,
        ]);
        await store.write((tx) =>
          tx.upsertDepartment({ key: 'delivery', name: 'Delivery', color: '#2e7d32', archivedAt: AT }),
        );
        expect(
          await rawSql(location(), "SELECT archived_at FROM departments WHERE key = 'delivery'"),
        ).toEqual([{ archived_at: Date.parse(AT) }]);
      } finally {
        await store.close();
      }
    });
  });
});
