// Issue 10 on both engines: a correction or withdrawal supersedes a sample from the instant it was
// recorded; the sample row is kept, corrections are append-only, and reads "as known at" an
// earlier instant are unchanged. Metric ranges round-trip.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/store/store.ts';
import { addOnTimeMetric, ENGINES, openStoreAt, rawSql, useLocation } from '../../helpers/engines.ts';

const T = '2026-11-20T08:00:00.000Z';
const LATER = '2026-11-20T09:00:00.000Z';
const FIXED = '2026-11-21T12:00:00.000Z'; // when the correction was recorded
const BEFORE_FIX = '2026-11-21T11:59:59.999Z';

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);
  let store: Store;

  beforeEach(async () => {
    store = await openStoreAt(location());
    await store.write(async (tx) => {
      await addOnTimeMetric(tx);
      await tx.insertSamples(
        [
          { metric: 'on_time', at: T, value: 97, source: 'wms' },
          { metric: 'on_time', at: LATER, value: 150, source: 'wms' },
        ],
        { skipExisting: false },
      );
    });
  });
  afterEach(() => store.close());

  const entries = () => store.read((tx) => tx.sampleEntries('on_time', T, LATER));
  const latest = (knownAt: string) =>
    store.read(async (tx) => (await tx.latestSamples([{ metric: 'on_time', at: LATER, knownAt }]))[0]);
  const correct = async (value: number | null, at = FIXED) => {
    const wrong = (await entries())[1]!;
    await store.write((tx) =>
      tx.addSampleCorrection({ sampleId: wrong.id, value, reason: 'typo', by: 'olena', at }),
    );
    return wrong.id;
  };

  it('a correction gives the sample its new value from the instant it was recorded; before it, the old one', async () => {
    const id = await correct(95);
    expect((await latest(FIXED))?.value).toBe(95);
    expect((await latest(BEFORE_FIX))?.value).toBe(150);
    expect(await store.read((tx) => tx.listSamples('on_time', T, LATER))).toEqual([
      { metric: 'on_time', at: T, value: 97, source: 'wms' },
      { metric: 'on_time', at: LATER, value: 95, source: 'wms' },
    ]);
    expect((await store.read((tx) => tx.listSamples('on_time', T, LATER, BEFORE_FIX)))[1]?.value).toBe(150);
    // The sample as recorded is kept, with the correction beside it.
    expect(await store.read((tx) => tx.sampleEntry('on_time', id))).toEqual({
      id,
      metric: 'on_time',
      at: LATER,
      value: 150,
      source: 'wms',
      corrections: [{ value: 95, reason: 'typo', by: 'olena', at: FIXED }],
    });
    expect(await store.read((tx) => tx.allSamples())).toEqual([
      { metric: 'on_time', at: T, value: 97, source: 'wms' },
      { metric: 'on_time', at: LATER, value: 95, source: 'wms' },
    ]);
  });

  it('a withdrawn sample is passed over from then on: the one before it is read instead', async () => {
    await correct(null);
    expect(await latest(FIXED)).toEqual({ metric: 'on_time', at: T, value: 97, source: 'wms' });
    expect((await latest(BEFORE_FIX))?.value).toBe(150);
    expect(await store.read((tx) => tx.listSamples('on_time', T, LATER))).toHaveLength(1);
    expect(await store.read((tx) => tx.allSamples())).toHaveLength(1);
    expect((await entries())[1]?.corrections).toEqual([
      { value: null, reason: 'typo', by: 'olena', at: FIXED },
    ]);
  });

  it('of several corrections, the latest recorded by then counts', async () => {
    await correct(null, FIXED);
    await correct(93, '2026-11-22T00:00:00.000Z');
    expect((await latest(FIXED))?.value).toBe(97);
    expect((await latest('2026-11-22T00:00:00.000Z'))?.value).toBe(93);
  });

  it('corrections and samples are append-only in the database itself', async () => {
    await correct(95);
    for (const sql of [
      'UPDATE sample_corrections SET value = 1',
      'DELETE FROM sample_corrections',
      'DELETE FROM samples',
    ])
      await expect(rawSql(location(), sql)).rejects.toThrow(/append-only|permission denied/);
    expect(await rawSql(location(), 'SELECT value FROM samples ORDER BY id')).toEqual([
      { value: 97 },
      { value: 150 },
    ]);
  });

  it('a metric keeps its plausible range; without one it has none', async () => {
    const metric = (await store.read((tx) => tx.listMetrics()))[0]!;
    expect(metric).not.toHaveProperty('min');
    await store.write((tx) => tx.upsertMetric({ ...metric, unit: 'orders', min: 0, max: 5000 }));
    expect((await store.read((tx) => tx.listMetrics()))[0]).toMatchObject({ min: 0, max: 5000 });
  });
});
