// Spec §1.1 on both engines: the latest sample with at <= t; ties go to the one imported last.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/store/store.ts';
import { addOnTimeMetric, ENGINES, openStoreAt, useLocation } from '../../helpers/engines.ts';

const T = '2026-11-20T08:00:00.000Z';
const LATER = '2026-11-20T09:00:00.000Z';

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);
  let store: Store;

  beforeEach(async () => {
    store = await openStoreAt(location());
    await store.write(async (tx) => {
      await addOnTimeMetric(tx);
    });
  });
  afterEach(() => store.close());

  const add = (values: [string, number][]) =>
    store.write((tx) =>
      tx.insertSamples(
        values.map(([at, value]) => ({ metric: 'on_time', at, value, source: 'test' })),
        { skipExisting: false },
      ),
    );
  const latestAt = async (at: string) =>
    (await store.read((tx) => tx.latestSamples([{ metric: 'on_time', at }])))[0];

  describe('latestSamples', () => {
    it('ties at the same instant: the one imported last wins, also across imports', async () => {
      await add([
        [T, 80],
        [T, 85],
      ]);
      expect((await latestAt(T))?.value).toBe(85);
      await add([[T, 70]]);
      expect((await latestAt(T))?.value).toBe(70);
    });

    it('a sample after `at` is ignored; one exactly at `at` counts', async () => {
      await add([
        [LATER, 99],
        [T, 80],
      ]);
      expect(await latestAt(T)).toEqual({ metric: 'on_time', at: T, value: 80, source: 'test' });
      expect((await latestAt('2026-11-20T08:59:59.999Z'))?.value).toBe(80);
      expect((await latestAt(LATER))?.value).toBe(99);
    });

    it('nothing at or before `at`, or an unknown metric: undefined', async () => {
      await add([[LATER, 99]]);
      expect(await latestAt(T)).toBeUndefined();
      expect(await store.read((tx) => tx.latestSamples([{ metric: 'nope', at: LATER }]))).toEqual([
        undefined,
      ]);
    });

    it('skipExisting leaves out only identical samples', async () => {
      await add([[T, 80]]);
      const added = await store.write((tx) =>
        tx.insertSamples(
          [
            { metric: 'on_time', at: T, value: 80, source: 'test' },
            { metric: 'on_time', at: T, value: 81, source: 'test' },
            { metric: 'on_time', at: T, value: 80, source: 'other' },
          ],
          { skipExisting: true },
        ),
      );
      expect(added).toBe(2);
      expect((await store.read((tx) => tx.allSamples())).map((s) => [s.value, s.source])).toEqual([
        [80, 'test'],
        [81, 'test'],
        [80, 'other'],
      ]);
    });

    it('a failed write leaves no sample behind', async () => {
      await expect(
        store.write(async (tx) => {
          await tx.insertSamples([{ metric: 'on_time', at: T, value: 80, source: 'test' }], {
            skipExisting: false,
          });
          throw new Error('abandoned');
        }),
      ).rejects.toThrow('abandoned');
      expect(await store.read((tx) => tx.allSamples())).toEqual([]);
    });
  });
});
