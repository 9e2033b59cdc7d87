// Issue 13: a quote-free CSV is read in place (csv-plain-scan.ts); every row must come out exactly
// as the general reader (d3-dsv, used whenever the file holds a quote) gives it: values to the bit,
// instants, sources, line numbers and every message.
import { describe, expect, it } from 'vitest';
import { parseSamplesCsv, readSamplesCsv } from '../../../shared/schemas/csv-samples.ts';

const known = new Set(['on_time', 'backlog', 'a_rather_long_metric_key']);
const ranges = new Map([
  ['on_time', { name: 'On-time delivery', unit: '%' }],
  ['backlog', { name: 'Backlog', unit: 'tickets', min: -1000 }],
]);

/** The same file read in place and, with one header name quoted, by the general reader. */
function bothWays(csv: string, delimiter = ',') {
  const quoted = csv.replace(`metric${delimiter}`, `"metric"${delimiter}`);
  expect(quoted).not.toBe(csv);
  const options = { ranges, timeZone: 'Europe/Kyiv' };
  return [parseSamplesCsv(csv, known, options), parseSamplesCsv(quoted, known, options)] as const;
}

const ROWS = [
  'on_time,2026-11-27T06:00:00Z,91.5',
  'on_time,2026-11-27T06:00:00.250Z,0.1',
  'backlog,2026-11-27T07:00:00+01:00,-3e2',
  'backlog,2026-11-27T07:00:00,-0',
  ' on_time ,2026-11-27T06:00:00Z, 12.25 ',
  'a_rather_long_metric_key,2026-02-29T06:00:00Z,1',
  'a_rather_long_metric_key,2028-02-29T06:00:00Z,123456789012345',
  'a_rather_long_metric_key,2028-02-29T06:00:00Z,1234567890123456789',
  'a_rather_long_metric_key,2028-02-29T06:00:00Z,0.30000000000000004',
  'on_time,2026-11-27T24:00:00Z,1',
  'on_time,0999-11-27T06:00:00Z,1',
  'on_time,2026-11-27T06:00:00Z,100.5',
  'on_time,2026-11-27T06:00:00Z,5.',
  'on_time,2026-11-27T06:00:00Z,.5',
  'on_time,2026-11-27T06:00:00Z,1,250',
  'nope,2026-11-27T06:00:00Z,1',
  'on_time,2026-11-27T06:00:00Z',
  '',
  '   ',
  'on_time,2026-11-27T06:00:00Z,7,extra,fields',
  'on_tim,2026-11-27T06:00:00Z,1',
  'backlog,2026-11-27T06:00:00Z,-1000.000',
  'backlog,2026-11-27T06:00:00Z,-1000.001',
];

describe('the in-place reader of quote-free CSV', () => {
  it('reads every kind of row exactly as the general reader, with \\n, \\r\\n and \\r line ends', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const [plain, general] = bothWays(`metric,at,value\n${ROWS.join(end)}${end}`);
      expect(plain).toEqual(general);
      expect(plain.rows.length).toBeGreaterThan(8);
      expect(plain.bad).toBeGreaterThan(5);
    }
  });

  it('reads sources and semicolon files with decimal commas as the general reader', () => {
    const csv = [
      'metric;at;value;source',
      'on_time;2026-11-27T06:00:00Z;87,5;wms',
      'on_time;2026-11-27T07:00:00Z;87,25;',
      'backlog;2026-11-27T08:00:00Z;1.250;wms',
      `on_time;2026-11-27T09:00:00Z;1;${'x'.repeat(101)}`,
      `on_time;2026-11-27T10:00:00Z;1;${'x'.repeat(100)}`,
      'backlog;2026-11-27T11:00:00Z;-0,5; wms ',
    ].join('\n');
    const [plain, general] = bothWays(csv, ';');
    expect(plain).toEqual(general);
    expect(plain.rows.map((r) => [r.value, r.source])).toEqual([
      [87.5, 'wms'],
      [87.25, 'csv'],
      [1250, 'wms'],
      [1, 'x'.repeat(100)],
      [-0.5, 'wms'],
    ]);
  });

  it('reads decimals to the same double as Number()', () => {
    const values = Array.from({ length: 2000 }, (_, i) => {
      const digits = String(Math.floor(Math.abs(Math.sin(i + 1)) * 1e15));
      const cut = i % (digits.length + 1);
      return `${i % 3 === 0 ? '-' : ''}${digits.slice(0, cut) || '0'}${cut < digits.length ? `.${digits.slice(cut)}` : ''}`;
    });
    const csv = `metric,at,value\n${values.map((v) => `backlog,2026-11-27T06:00:00Z,${v}`).join('\n')}\n`;
    const parsed = parseSamplesCsv(csv, known);
    expect(parsed.bad).toBe(0);
    expect(parsed.rows.map((r) => Object.is(r.value, Number(values[r.line - 2])))).not.toContain(false);
  });
});

describe('the columns of a quote-free file', () => {
  it('are allocated once for its rows, and a file of blank lines reserves next to nothing', () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `on_time,2026-11-27T06:${String(i % 60).padStart(2, '0')}:00Z,${i % 100}`,
    );
    const read = readSamplesCsv(`metric,at,value\n${lines.join('\n')}\n`, known, { ranges });
    expect(read.samples.length).toBe(5000);
    // Doubling from 1,024 would have left 8,192 slots, and the smaller arrays behind.
    expect(read.samples.at.length).toBeLessThanOrEqual(5001);
    const blank = readSamplesCsv(`metric,at,value\n${'\n'.repeat(100_000)}`, known, { ranges });
    expect(blank.samples.at.length).toBeLessThanOrEqual(100_000 / 25 + 1);
  });
});
