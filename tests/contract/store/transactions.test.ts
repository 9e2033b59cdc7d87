// A write is one transaction on both engines: all of it or nothing; concurrent writers never
// lose each other's updates; a read sees one state throughout.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/store/store.ts';
import { ENGINES, openStoreAt, useLocation } from '../../helpers/engines.ts';

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);
  let store: Store;
  beforeEach(async () => {
    store = await openStoreAt(location());
  });
  afterEach(() => store.close());

  it('a write that fails half-way leaves nothing behind', async () => {
    await expect(
      store.write(async (tx) => {
        await tx.upsertDepartment({ key: 'sales', name: 'Sales', color: '#123456' });
        await tx.upsertPerson({ key: 'ivan', name: 'Ivan', department: 'sales', roles: ['member'] });
        await tx.setSetting('readiness', { horizonDays: 21 });
        await tx.upsertPerson({ key: 'ghost', name: 'Ghost', department: 'nowhere', roles: [] });
      }),
    ).rejects.toThrow(/unknown department "nowhere"/);
    expect(await store.read((tx) => tx.isEmpty())).toBe(true);
    expect(await store.read((tx) => tx.listPeople())).toEqual([]);
    expect(await store.read((tx) => tx.getSetting('readiness'))).toBeUndefined();
  });

  it('concurrent read-then-write transactions lose no update', async () => {
    // On PostgreSQL these run at once on the pool's connections (SERIALIZABLE, retried on conflict).
    const increment = () =>
      store.write(async (tx) => {
        const n = ((await tx.getSetting('counter')) as number | undefined) ?? 0;
        await tx.setSetting('counter', n + 1);
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    expect(await store.read((tx) => tx.getSetting('counter'))).toBe(20);
  });

  it('a read sees one consistent state even while a write commits', async () => {
    await store.write((tx) => tx.setSetting('pair', [0, 0]));
    const reads = store.read(async (tx) => {
      const first = await tx.getSetting('pair');
      await new Promise((resolve) => setTimeout(resolve, 50));
      return [first, await tx.getSetting('pair')];
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await store.write((tx) => tx.setSetting('pair', [1, 1]));
    const [first, second] = await reads;
    expect(second).toEqual(first);
  });
});
