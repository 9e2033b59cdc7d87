// PostgreSQL only: several stores (as several `serve` processes or the CLI would hold) on one
// workspace. Opening at once migrates once; writes racing on one row are retried, never lost.
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../../electron/store/migrations/index.ts';
import type { Store } from '../../../../electron/store/store.ts';
import { openStoreAt, schemaVersion, useLocation } from '../../../helpers/engines.ts';

const location = useLocation('postgres');

describe('several stores on one database', () => {
  it('opened at the same moment, they migrate the empty database once', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStoreAt(location())));
    try {
      expect(await schemaVersion(location())).toBe(LATEST_VERSION);
      for (const store of stores) expect(await store.read((tx) => tx.isEmpty())).toBe(true);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('read-then-write transactions racing from three stores all count', async () => {
    const stores = await Promise.all(Array.from({ length: 3 }, () => openStoreAt(location())));
    try {
      const increment = (store: Store) =>
        store.write(async (tx) => {
          const n = ((await tx.getSetting('counter')) as number | undefined) ?? 0;
          await tx.setSetting('counter', n + 1);
        });
      await Promise.all(Array.from({ length: 30 }, (_, i) => increment(stores[i % 3] as Store)));
      expect(await stores[0]?.read((tx) => tx.getSetting('counter'))).toBe(30);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
