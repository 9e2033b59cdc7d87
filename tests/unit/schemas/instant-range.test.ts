// Instants are stored as four-digit-year UTC text: years outside 1000–9999 are refused with
// their own message, never read as another year (0050 as 1950) nor stored as "+010000-…",
// which sorts before every other instant (a campaign "ending before it starts").
import { describe, expect, it } from 'vitest';
import { parseSamplesCsv } from '../../../shared/schemas/csv-samples.ts';
import { instant, parseInstant, problemsOf } from '../../../shared/schemas/primitives.ts';

describe('instants outside the years 1000–9999', () => {
  it.each([
    '0050-06-01T00:00+01:00', // Date.UTC would read year 50 as 1950
    '0050-06-01T00:00:00Z',
    '0999-12-31T23:59:59Z',
    '1000-01-01T00:30+01:00', // 999 in UTC
    '9999-12-31T23:30-01:00', // 10000 in UTC
  ])('%s is refused, saying why', (text) => {
    expect(parseInstant(text)).toBeUndefined();
    const parsed = instant.safeParse(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error && problemsOf(parsed.error)[0]?.message).toContain('outside the years 1000–9999');
  });

  it.each([
    ['1000-01-01T00:00:00Z', '1000-01-01T00:00:00.000Z'],
    ['1000-01-01T00:30-01:00', '1000-01-01T01:30:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['9999-12-31T23:30+01:00', '9999-12-31T22:30:00.000Z'],
  ])('%s at the edges is accepted as %s', (text, canonical) => {
    expect(parseInstant(text)).toBe(canonical);
  });

  it('a malformed instant keeps the message that says how to write one', () => {
    const parsed = instant.safeParse('soon');
    expect(parsed.error && problemsOf(parsed.error)[0]?.message).toContain('is not a date and time');
  });

  it('in a CSV file, name the line and the range', () => {
    const csv = 'metric,at,value\nbacklog,0050-06-01T00:00+01:00,1\nbacklog,2026-11-27T06:00:00Z,2\n';
    const { rows, errors } = parseSamplesCsv(csv, new Set(['backlog']));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        message: '"0050-06-01T00:00+01:00" lies outside the years 1000–9999: write the year with four digits',
        reasons: [{ key: 'csv_instant_out_of_range', params: { text: '0050-06-01T00:00+01:00' } }],
      }),
    ]);
  });
});

describe('a CSV source', () => {
  it('over 100 characters is refused, as the document format would refuse it', () => {
    const long = 'x'.repeat(101);
    const csv = `metric,at,value,source\nbacklog,2026-11-27T06:00:00Z,2,${long}\nbacklog,2026-11-27T07:00:00Z,2,${'y'.repeat(100)}\n`;
    const { rows, errors } = parseSamplesCsv(csv, new Set(['backlog']));
    expect(rows.map((r) => r.source)).toEqual(['y'.repeat(100)]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, message: 'the source is longer than 100 characters' }),
    ]);
  });
});
