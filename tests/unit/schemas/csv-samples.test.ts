// Spec §8: metric samples as CSV; every bad row named by its line.
import { describe, expect, it } from 'vitest';
import { parseSamplesCsv } from '../../../shared/schemas/csv-samples.ts';

const known = new Set(['on_time', 'backlog']);

describe('parseSamplesCsv', () => {
  it('reads rows with their line numbers, normalising instants; source defaults to csv', () => {
    const csv =
      'metric,at,value\non_time,2026-11-27T07:00:00+01:00,91.5\nbacklog,2026-11-27T06:00:00Z,-3e2\n';
    expect(parseSamplesCsv(csv, known)).toEqual({
      rows: [
        { line: 2, metric: 'on_time', at: '2026-11-27T06:00:00.000Z', value: 91.5, source: 'csv' },
        { line: 3, metric: 'backlog', at: '2026-11-27T06:00:00.000Z', value: -300, source: 'csv' },
      ],
      errors: [],
      bad: 0,
    });
  });
  it('takes source when present, ignores extra columns, in any column order, with CRLF and a BOM', () => {
    const csv = '\uFEFFnote,Value,source,AT,metric\r\nhello,90,wms,2026-11-27T06:00:00Z,on_time\r\n';
    expect(parseSamplesCsv(csv, known).rows).toEqual([
      { line: 2, metric: 'on_time', at: '2026-11-27T06:00:00.000Z', value: 90, source: 'wms' },
    ]);
  });
  it('names each bad line with what is wrong, counting blank lines', () => {
    const csv = [
      'metric,at,value',
      'on_time,2026-11-27T06:00:00Z,91',
      '',
      'on_tme,2026-11-27T06:00:00Z,90',
      'on_time,yesterday,90',
      'on_time,2026-11-27T06:00:00Z,lots',
      'on_time,2026-11-27T06:00:00Z,',
      'on_time,2026-11-27T06:00:00Z,Infinity',
      'on_time,2026-11-27T06:00:00,90',
    ].join('\n');
    const { rows, errors } = parseSamplesCsv(csv, known);
    // Line 9 has no zone: it is read in the workspace's zone (UTC when none is given).
    expect(rows.map((r) => [r.line, r.at])).toEqual([
      [2, '2026-11-27T06:00:00.000Z'],
      [9, '2026-11-27T06:00:00.000Z'],
    ]);
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8]);
    expect(errors[0]?.message).toContain('unknown metric "on_tme"');
    expect(errors[1]?.message).toContain('"yesterday" is not a date and time (e.g. 2026-11-27T08:00:00Z');
    expect(errors[2]?.message).toContain('value "lots" is not a number');
    expect(errors[3]?.message).toContain('value "" is not a number');
    expect(errors[4]?.message).toContain('value "Infinity" is not a number');
  });
  it('lists every problem of one row', () => {
    const { errors } = parseSamplesCsv('metric,at,value\nnope,never,none\n', known);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/unknown metric "nope".*"never".*value "none"/);
  });
  it('rejects a file without the required header columns or with no rows at all', () => {
    expect(parseSamplesCsv('metric,when,value\non_time,2026-11-27T06:00:00Z,1\n', known).errors).toEqual([
      {
        line: 1,
        message: expect.stringContaining('metric, at and value'),
        reasons: [{ key: 'csv_bad_header' }],
      },
    ]);
    expect(parseSamplesCsv('', known).errors).toEqual([
      { line: 1, message: expect.stringContaining('empty'), reasons: [{ key: 'csv_empty' }] },
    ]);
  });
  it('names the line a record starts on, after a quoted value that spans lines and blank lines', () => {
    const csv =
      'metric,at,value,source\non_time,2026-11-27T06:00:00Z,91,"export\nof Tuesday"\n\nwho,when,what\n';
    const { rows, errors } = parseSamplesCsv(csv, known);
    expect(rows.map((r) => [r.line, r.source])).toEqual([[2, 'export\nof Tuesday']]);
    expect(errors.map((e) => e.line)).toEqual([5]);
  });

  it('reports a file that is not CSV at all', () => {
    const { rows, errors } = parseSamplesCsv('metric,at,value\n"on_time,2026', known);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('not valid CSV');
  });
  it('keeps the first problems only when asked, counting them all', () => {
    const bad = Array.from({ length: 1000 }, (_, i) => `nope,2026-11-27T06:00:00Z,${i}`);
    const csv = ['metric,at,value', 'on_time,2026-11-27T06:00:00Z,1', ...bad].join('\n');
    const parsed = parseSamplesCsv(csv, known, { maxErrors: 100 });
    expect(parsed.bad).toBe(1000);
    expect(parsed.errors.map((e) => e.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 3));
    expect(parsed.rows).toHaveLength(1);
  });
});
