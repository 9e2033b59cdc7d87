// Values as office files write them: numbers in five locales, local times across clock
// changes, and which single-byte code page a file is in.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/tabular/decode-text.ts';
import { parseInstantIn } from '../../../shared/tabular/local-instant.ts';
import { inferDecimalMark, parseLocaleNumber } from '../../../shared/tabular/locale-number.ts';

describe('numbers', () => {
  it.each([
    ['87,5', ',', 87.5],
    ['1 250', ',', 1250],
    ['1\u00a0250,75', ',', 1250.75],
    ['1\u202f250', ',', 1250],
    ["12'500", '.', 12500],
    ['1.250,5', ',', 1250.5],
    ['1,250.5', '.', 1250.5],
    ['87,5 %', ',', 87.5],
    ['\u22123,5', ',', -3.5],
    ['1.5e3', '.', 1500],
  ] as const)('%s with decimal "%s" is %d', (text, decimal, value) => {
    expect(parseLocaleNumber(text, decimal)).toBe(value);
  });

  it.each([
    ['1 25', ','],
    ['1,2,3', '.'],
    ['87.5', ','],
    ['lots', '.'],
    ['', '.'],
  ] as const)('%s with decimal "%s" is not a number', (text, decimal) => {
    expect(parseLocaleNumber(text, decimal)).toBeNaN();
  });

  it('a file decides its decimal mark from values that cannot be grouping', () => {
    expect(inferDecimalMark(['1.250', '87,5'], ';')).toBe(',');
    expect(inferDecimalMark(['1,250', '87.5'], ',')).toBe('.');
    expect(inferDecimalMark(['1250'], ';')).toBe(',');
    expect(inferDecimalMark(['1250'], ',')).toBe('.');
  });
});

describe('local times', () => {
  it('reads the three office shapes in the zone given', () => {
    for (const text of ['26.11.2026 06:00', '2026-11-26 06:00', '2026-11-26T06:00', '26/11/2026 06:00'])
      expect(parseInstantIn(text, 'Europe/Kyiv')).toEqual({ ok: true, iso: '2026-11-26T04:00:00.000Z' });
  });

  it('across clock changes: a skipped time moves forward, a repeated one is the first', () => {
    // Kyiv: 29 Mar 2026 03:00 → 04:00 (+2 → +3); 25 Oct 2026 04:00 → 03:00 (+3 → +2).
    expect(parseInstantIn('29.03.2026 03:30', 'Europe/Kyiv')).toEqual({
      ok: true,
      iso: '2026-03-29T01:30:00.000Z',
    });
    expect(parseInstantIn('25.10.2026 03:30', 'Europe/Kyiv')).toEqual({
      ok: true,
      iso: '2026-10-25T00:30:00.000Z',
    });
    expect(parseInstantIn('29.03.2026 05:00', 'Europe/Kyiv')).toEqual({
      ok: true,
      iso: '2026-03-29T02:00:00.000Z',
    });
  });

  it('refuses impossible dates and years outside 1000–9999', () => {
    expect(parseInstantIn('31.11.2026 06:00', 'UTC')).toEqual({ ok: false, outOfRange: false });
    expect(parseInstantIn('2026-11-26 24:00', 'UTC')).toEqual({ ok: false, outOfRange: false });
    expect(parseInstantIn('01.01.0999 06:00', 'UTC')).toEqual({ ok: false, outOfRange: true });
  });
});

describe('encodings', () => {
  const cp = (codes: number[]) => Uint8Array.from(codes);
  const cyr = (text: string) =>
    [...text].map((c) => {
      const n = c.codePointAt(0)!;
      return n >= 0x410 && n <= 0x44f ? n - 0x350 : n;
    });

  it('tells Windows-1251 from Windows-1252 by how the letters sit', () => {
    // Two upper-half letters and nothing around them: either code page could be meant.
    expect(decodeText(cp([0x78, 0x3b, 0xc0, 0xc1, 0x0a]))).toEqual({
      ok: false,
      reason: 'encoding_unsure',
      candidates: ['Windows-1251', 'Windows-1252'],
    });
    expect(decodeText(cp(cyr('metric;source\nx;Склад у Харкові, зміна\n')))).toMatchObject({
      ok: true,
      encoding: 'Windows-1251',
    });
    const latin = [...'metric;source\nx;Kundtjänst Göteborg\n'].map((c) => c.codePointAt(0)!);
    expect(decodeText(cp(latin))).toMatchObject({
      ok: true,
      encoding: 'Windows-1252',
      text: expect.stringContaining('Göteborg'),
    });
  });

  it('refuses a file that starts as UTF-16 but is broken', () => {
    expect(decodeText(cp([0xff, 0xfe, 0x41]))).toEqual({
      ok: false,
      reason: 'encoding_invalid',
      encoding: 'UTF-16LE',
    });
  });

  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('metric,at\nx,Київ\n');
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'UTF-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({
      ok: true,
      text: 'metric,at\nx,Київ\n',
    });
  });
});
