// Instants (spec: "ISO 8601 with a zone") and JSON paths in error messages.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { instant, jsonPath, parseInstant, problemsOf } from '../../../shared/schemas/primitives.ts';

describe('parseInstant', () => {
  it.each([
    ['2026-11-27T09:00:00Z', '2026-11-27T09:00:00.000Z'],
    ['2026-11-27T10:00:00+01:00', '2026-11-27T09:00:00.000Z'],
    ['2026-11-27T04:30:00-04:30', '2026-11-27T09:00:00.000Z'],
    ['2026-11-27T09:00Z', '2026-11-27T09:00:00.000Z'],
    ['2026-11-27T09:00:00.5Z', '2026-11-27T09:00:00.500Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('%s is %s', (text, canonical) => {
    expect(parseInstant(text)).toBe(canonical);
  });

  it.each([
    '2026-11-27T09:00:00', // no zone
    '2026-11-27',
    '2026-11-27 09:00:00Z',
    'yesterday',
    '',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z', // would silently become March 2
    '2026-02-29T00:00:00Z', // 2026 is not a leap year
    '2026-04-31T00:00:00Z',
    '2026-11-27T24:00:00Z',
    '2026-11-27T09:60:00Z',
    '2026-11-27T09:00:60Z',
    '2026-11-27T09:00:00+25:00',
  ])('%j is rejected', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});

describe('instant schema', () => {
  it('normalises to UTC with milliseconds and names the bad text', () => {
    expect(instant.parse('2026-11-27T10:00:00+01:00')).toBe('2026-11-27T09:00:00.000Z');
    const result = instant.safeParse('2026-11-27T09:00:00');
    expect(result.success).toBe(false);
    expect(result.error && problemsOf(result.error)[0]?.message).toContain(
      '"2026-11-27T09:00:00" is not a date and time with a zone',
    );
  });
});

describe('jsonPath', () => {
  it('writes zod paths the way the spec names places in a document', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['campaigns', 2, 'acknowledgements', 0, 'version'])).toBe(
      '$.campaigns[2].acknowledgements[0].version',
    );
  });
  it('problemsOf gives one problem per issue with its path', () => {
    const schema = z.object({ list: z.array(z.object({ n: z.number() })) });
    const result = schema.safeParse({ list: [{ n: 1 }, { n: 'x' }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(problemsOf(result.error)).toEqual([
      { path: '$.list[1].n', message: 'must be a number', key: 'field_type', params: { expected: 'number' } },
    ]);
  });
});
