// Issue 13: sample imports are planned and written a slice at a time inside one transaction.
// Where the slices fall never changes what is stored or corrected, and a bad row anywhere — the
// last line of a file of several slices — still imports nothing.
import { describe, expect, it } from 'vitest';
import { SampleColumns } from '../../../shared/schemas/sample-columns.ts';
import { planSlices, PLAN_SLICE, type PlanSlice } from '../../../electron/services/sample-plan.ts';
import { ENGINES, rawSql } from '../../helpers/engines.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const HOUR = 3_600_000;
const FIRST = Date.parse('2027-03-01T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(ENGINES)('%s', (engine) => {
  const ws = useOpenFixtureWorkspace(engine);
  const sampleCount = async () =>
    Number((await rawSql(ws.location, 'SELECT count(*) AS n FROM samples'))[0]?.n);

  /** Every plan slice of `samples` with `sliceRows` rows a slice, flattened: what would be written. */
  async function plan(samples: SampleColumns, sliceRows: number) {
    const slices: PlanSlice[] = [];
    const totals = await ws.store.read((tx) =>
      planSlices(tx, samples, (slice) => void slices.push(slice), sliceRows),
    );
    const rows = slices.flatMap((s) =>
      s.rows.map((r) => `${s.metric}@${samples.row(r).at}=${samples.value[r]}`),
    );
    const corrections = slices.flatMap((s) => s.corrections.map((c) => `${c.sampleId}=${c.value}`));
    return { totals, rows, corrections };
  }

  it('plans the same samples and corrections however small the slices', async () => {
    const stored = [80, 81, 82].map((value, i) => ({
      metric: 'on_time_delivery',
      at: iso(FIRST + i * HOUR),
      value,
      source: 'csv',
    }));
    await ws.services.metrics.addSample(stored[0]!, { kind: 'system', name: 'test' });
    await ws.services.metrics.addSample(stored[1]!, { kind: 'system', name: 'test' });
    await ws.services.metrics.addSample(stored[2]!, { kind: 'system', name: 'test' });
    // Out of order, two metrics, two sources, repeats, in-file changes and corrections of stored samples.
    const rows: [string, number, number, string][] = [
      ['on_time_delivery', 4, 90, 'csv'],
      ['on_time_delivery', 1, 81, 'csv'], // the stored value: nothing
      ['on_time_delivery', 0, 85, 'csv'], // corrects a stored sample
      ['on_time_delivery', 3, 70, 'csv'],
      ['on_time_delivery', 3, 71, 'csv'], // a later value of the file wins
      ['on_time_delivery', 3, 71, 'wms'],
      ['on_time_delivery', 0, 86, 'csv'], // corrects it again
      ['on_time_delivery', 2, 82, 'wms'], // another source: a new sample
      ['on_time_delivery', 5, 60, 'csv'],
      ['on_time_delivery', 5, 60, 'csv'], // a repeat: nothing
    ];
    const samples = new SampleColumns();
    rows.forEach(([metric, hour, value, source], i) =>
      samples.push(samples.metricOf(metric), FIRST + hour * HOUR, value, samples.sourceOf(source), i + 2),
    );
    const whole = await plan(samples, 1000);
    expect(whole.totals).toEqual({ stored: 6, corrections: 2, corrected: 3 });
    for (const size of [1, 2, 3, 5]) expect(await plan(samples, size)).toEqual(whole);
  });

  /** A CSV of `count` hourly rows after FIRST, the row at `same` repeating the instant before it. */
  function bigCsv(count: number, same: number, last = ''): string {
    const lines = ['metric,at,value'];
    for (let i = 0; i < count; i++) {
      const hour = i < same ? i : i - 1;
      lines.push(`on_time_delivery,${iso(FIRST + hour * HOUR)},${i % 2 === 0 ? 95 : 96}`);
    }
    if (last) lines.push(last);
    return `${lines.join('\n')}\n`;
  }

  it('stores a file of several slices with an instant repeated across a slice boundary once, the later value winning', async () => {
    const count = PLAN_SLICE * 2 + 5;
    const before = await sampleCount();
    const result = await ws.call('samples.importCsv', { csv: bigCsv(count, PLAN_SLICE) }, 'taras');
    // Both rows of the repeated instant are kept (the later is in force): one counts as a correction.
    expect(result).toMatchObject({ good: count, bad: 0, imported: count - 1, corrected: 1 });
    expect(await sampleCount()).toBe(before + count);
    const at = iso(FIRST + (PLAN_SLICE - 1) * HOUR);
    const inForce = await ws.call('samples.list', { metric: 'on_time_delivery', from: at, to: at });
    // Rows PLAN_SLICE - 1 (96) and PLAN_SLICE (95) share the instant: both kept, the later read last.
    expect(inForce.map((s) => s.value)).toEqual([96, 95]);
  });

  it('imports nothing from a file of several slices whose last line is bad', async () => {
    const before = await sampleCount();
    const csv = bigCsv(PLAN_SLICE * 2 + 5, PLAN_SLICE, 'on_time_delivery,2027-12-01T00:00:00Z,150');
    const result = await ws.call('samples.importCsv', { csv }, 'taras');
    expect(result).toMatchObject({ bad: 1, imported: 0 });
    expect(result.errors[0]).toMatchObject({ line: PLAN_SLICE * 2 + 7 });
    expect(await sampleCount()).toBe(before);
    expect((await ws.call('audit.list', { limit: 1 }))[0]?.action).not.toBe('sample.import');
  });

  it('imports the file a dry run checked by its id, once; another person cannot use the id', async () => {
    const csv = bigCsv(100, 50);
    const before = await sampleCount();
    const dry = await ws.call('samples.importCsv', { csv, dryRun: true }, 'taras');
    expect(dry).toMatchObject({ good: 100, imported: 0, fileId: expect.any(String) });
    expect(dry.rows).toHaveLength(100);
    const fileId = dry.fileId as string;
    await expect(ws.call('samples.importCsv', { fileId }, 'olena')).rejects.toMatchObject({
      code: 'not_found',
      key: 'csv_file_expired',
    });
    expect(await ws.call('samples.importCsv', { fileId }, 'taras')).toMatchObject({ imported: 99 });
    expect(await sampleCount()).toBe(before + 100);
    await expect(ws.call('samples.importCsv', { fileId }, 'taras')).rejects.toMatchObject({
      key: 'csv_file_expired',
    });
  });
  it('asks for the file again when its metric changed since the dry run, writing nothing', async () => {
    const before = await sampleCount();
    const dry = await ws.call('samples.importCsv', { csv: bigCsv(100, 100), dryRun: true }, 'taras');
    const metric = (await ws.call('metrics.list', {})).find((m) => m.metric.key === 'on_time_delivery');
    // The rows were checked against the old range: 95 and 96 are outside the new one.
    await ws.call('metrics.define', { metric: { ...metric!.metric, max: 90 } });
    await expect(ws.call('samples.importCsv', { fileId: dry.fileId }, 'taras')).rejects.toMatchObject({
      code: 'not_found',
      key: 'csv_file_expired',
    });
    expect(await sampleCount()).toBe(before);
    // Sent again, the file is checked against the metric as it is now.
    expect(await ws.call('samples.importCsv', { csv: bigCsv(100, 100) }, 'taras')).toMatchObject({
      bad: 100,
      imported: 0,
    });
  });

  it('keeps the checked file for another try when its import is refused', async () => {
    // Olena (support) may check a delivery file, not import it.
    const dry = await ws.call('samples.importCsv', { csv: bigCsv(50, 50), dryRun: true }, 'olena');
    for (let i = 0; i < 2; i++)
      await expect(ws.call('samples.importCsv', { fileId: dry.fileId }, 'olena')).rejects.toMatchObject({
        code: 'forbidden',
        key: 'samples_not_owner',
      });
  });
});
