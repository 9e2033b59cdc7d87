// Issue 10, samples that can be trusted: a sample outside its metric's plausible range is refused on
// every path with a message naming the metric, the value and the range, and nothing is written; a
// wrong sample is corrected or withdrawn by its department or an admin, audited, the original kept,
// and readiness "as it stood" before the correction is unchanged.
import { describe, expect, it } from 'vitest';
import { rawSql } from '../../helpers/engines.ts';
import { fixtureDocument } from '../../helpers/files.ts';
import { FIXED_NOW, useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

// The fixture's on-time delivery on 22 Nov is 89.1 %: failing (fail 90, warn 95). The clock is FIXED_NOW.
const WRONG = '2026-11-22T06:00:00.000Z';
const BEFORE = '2026-11-22T09:00:00.000Z'; // a report before the correction is recorded
const AFTER = FIXED_NOW;

const history = () => ws.call('samples.history', { metric: 'on_time_delivery', from: WRONG, to: WRONG });
const sampleCount = async () => (await rawSql(ws.location, 'SELECT count(*) AS n FROM samples'))[0];
const onTimeFlag = async (at: string) => {
  const report = await ws.call('readiness.report', { at });
  const bf = report.campaigns.find((c) => c.key === 'bf-next-day');
  return bf?.flags.find((f) => 'metric' in f && f.metric === 'on_time_delivery');
};

describe('a sample outside its metric’s plausible range', () => {
  it('is refused by samples.add, naming the metric, the value and the range; nothing written', async () => {
    const count = await sampleCount();
    await expect(
      ws.call('samples.add', { metric: 'on_time_delivery', at: AFTER, value: 150 }, 'taras'),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      key: 'sample_out_of_range',
      params: { metric: 'On-time delivery', value: 150, min: 0, max: 100 },
      message: '150 is outside the plausible range of "On-time delivery": 0 to 100',
    });
    expect(await sampleCount()).toEqual(count);
    expect((await ws.call('audit.list', { limit: 1 }))[0]?.action).not.toBe('sample.add');
  });

  it('is a bad row of a CSV import naming its line; the file imports nothing', async () => {
    const count = await sampleCount();
    const csv =
      'metric,at,value\non_time_delivery,2026-11-28T06:00:00Z,91\non_time_delivery,2026-11-29T06:00:00Z,150\n';
    const result = await ws.call('samples.importCsv', { csv }, 'taras');
    expect(result).toMatchObject({ good: 1, bad: 1, imported: 0 });
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 3,
        message: '150 is outside the plausible range of "On-time delivery": 0 to 100',
        reasons: [
          { key: 'sample_out_of_range', params: expect.objectContaining({ metric: 'On-time delivery' }) },
        ],
      }),
    ]);
    expect(await sampleCount()).toEqual(count);
  });

  it('is refused by the JSON workspace import, naming the JSON path; nothing written', async () => {
    const before = await ws.call('workspace.export', {});
    const doc = fixtureDocument();
    doc.samples.push({ metric: 'csat', at: '2026-11-28T06:00:00Z', value: -3, source: 'survey' });
    await expect(ws.call('workspace.import', { document: doc })).rejects.toMatchObject({
      code: 'invalid_input',
      key: 'sample_out_of_range',
      message: `$.samples[${doc.samples.length - 1}].value: -3 is outside the plausible range of "Customer satisfaction": 0 to 100`,
    });
    expect(await ws.call('workspace.export', {})).toEqual(before);
  });

  it('a metric’s own range replaces the default, survives export and import, and is enforced', async () => {
    const [backlog] = (await ws.call('metrics.list', {})).filter((m) => m.metric.key === 'delivery_backlog');
    await ws.call('metrics.define', { metric: { ...backlog!.metric, min: 0, max: 5000 } }, 'admin');
    await expect(
      ws.call('samples.add', { metric: 'delivery_backlog', at: AFTER, value: 6000 }, 'taras'),
    ).rejects.toMatchObject({ key: 'sample_out_of_range', params: { max: 5000 } });
    await ws.call('samples.add', { metric: 'delivery_backlog', at: AFTER, value: 4000 }, 'taras');
    const exported = await ws.call('workspace.export', {});
    expect(exported.metrics.find((m) => m.key === 'delivery_backlog')).toMatchObject({ min: 0, max: 5000 });
    // A range the wrong way round is refused by the shared schema.
    await expect(
      ws.call('metrics.define', { metric: { ...backlog!.metric, min: 10, max: 5 } }, 'admin'),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [expect.objectContaining({ path: '$.metric.max' })],
    });
  });
});

describe('correcting and withdrawing a sample', () => {
  it('a correction by the department: audited, original kept, readiness from then on uses it, a report as it stood unchanged', async () => {
    const [wrong] = await history();
    expect(wrong).toMatchObject({ value: 89.1, corrections: [] });
    expect(await onTimeFlag(BEFORE)).toMatchObject({ code: 'metric_failing', value: 89.1 });

    const entry = await ws.call(
      'samples.correct',
      {
        metric: 'on_time_delivery',
        sampleId: wrong!.id,
        value: 96,
        reason: 'WMS export counted returns as late',
      },
      'taras',
    );
    expect(entry).toMatchObject({
      id: wrong!.id,
      value: 89.1,
      corrections: [{ value: 96, by: 'taras', at: AFTER, reason: 'WMS export counted returns as late' }],
    });
    expect(await onTimeFlag(AFTER)).toBeUndefined();
    expect(
      (await ws.call('metrics.list', { at: AFTER })).find((m) => m.metric.key === 'on_time_delivery'),
    ).toMatchObject({
      status: 'ok',
      latest: { value: 96, at: WRONG },
    });
    // As it stood at 09:00, before the correction was recorded: unchanged.
    expect(await onTimeFlag(BEFORE)).toMatchObject({ code: 'metric_failing', value: 89.1 });
    const board = await ws.call('board.get', { at: BEFORE });
    expect(board.metrics.find((m) => m.metric.key === 'on_time_delivery')?.latest?.value).toBe(89.1);
    // The sample row itself is untouched.
    expect(await rawSql(ws.location, `SELECT value FROM samples WHERE id = ${wrong!.id}`)).toEqual([
      { value: 89.1 },
    ]);
    expect((await ws.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      actor: 'taras',
      action: 'sample.correct',
      objectKey: 'on_time_delivery',
      detail: expect.stringContaining('"recorded":89.1'),
    });
  });

  it('a withdrawal: the sample before it is read from then on; withdrawing twice is refused', async () => {
    await ws.call(
      'samples.withdraw',
      { metric: 'on_time_delivery', at: WRONG, reason: 'duplicate feed' },
      'admin',
    );
    expect(await onTimeFlag(AFTER)).toMatchObject({ value: 89.4, sampleAt: '2026-11-21T06:00:00.000Z' });
    expect(await onTimeFlag(BEFORE)).toMatchObject({ value: 89.1, sampleAt: WRONG });
    expect((await ws.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      actor: 'admin',
      action: 'sample.withdraw',
    });
    await expect(
      ws.call('samples.withdraw', { metric: 'on_time_delivery', at: WRONG, reason: 'again' }, 'admin'),
    ).rejects.toMatchObject({ code: 'conflict', key: 'sample_already_withdrawn' });
    // Export lists what is in force: the withdrawn sample is not in it.
    const exported = await ws.call('workspace.export', {});
    expect(exported.samples.some((s) => s.metric === 'on_time_delivery' && s.at === WRONG)).toBe(false);
  });

  it('only the metric’s department or an admin; others are told to ask an admin, and nothing is written', async () => {
    const before = await history();
    for (const person of ['olena', 'maria', 'ceo'])
      await expect(
        ws.call('samples.correct', { metric: 'on_time_delivery', at: WRONG, value: 96, reason: 'x' }, person),
      ).rejects.toMatchObject({
        code: 'forbidden',
        key: 'samples_not_owner_fix',
        message: expect.stringContaining('Ask an admin.'),
      });
    expect(await history()).toEqual(before);
  });

  it('a correction out of range, to the same value, or of no such sample is refused', async () => {
    const target = { metric: 'on_time_delivery', at: WRONG, reason: 'x' };
    await expect(ws.call('samples.correct', { ...target, value: 960 }, 'taras')).rejects.toMatchObject({
      key: 'sample_out_of_range',
    });
    await expect(ws.call('samples.correct', { ...target, value: 89.1 }, 'taras')).rejects.toMatchObject({
      key: 'sample_correction_unchanged',
    });
    await expect(
      ws.call('samples.correct', { ...target, at: '2026-11-22T07:00:00Z', value: 95 }, 'taras'),
    ).rejects.toMatchObject({ code: 'not_found', key: 'sample_not_found_at' });
    await expect(
      ws.call('samples.correct', { metric: 'on_time_delivery', value: 95, reason: 'x' }, 'taras'),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await history())[0]?.corrections).toEqual([]);
  });

  it('re-importing another value for the same instant and source is the same kind of correction (issue 11)', async () => {
    const csv = `metric,at,value,source\non_time_delivery,${WRONG},95.5,csv\n`;
    expect(await ws.call('samples.importCsv', { csv }, 'taras')).toMatchObject({ imported: 0, corrected: 1 });
    const [entry] = await history();
    expect(entry).toMatchObject({
      value: 89.1,
      corrections: [{ value: 95.5, by: 'taras', at: AFTER, reason: '' }],
    });
    expect(await onTimeFlag(BEFORE)).toMatchObject({ value: 89.1 });
    expect(await onTimeFlag(AFTER)).toBeUndefined();
    // The same value again changes nothing.
    expect(await ws.call('samples.importCsv', { csv }, 'taras')).toMatchObject({ imported: 0, corrected: 0 });
    expect((await history())[0]?.corrections).toHaveLength(1);
  });
});
