// The store formats stored instants by arithmetic (faster than Date#toISOString when hydrating
// thousands of rows); it must print exactly what toISOString prints.
import { describe, expect, it } from 'vitest';
import { isoFromMs } from '../../../shared/instant.ts';

describe('isoFromMs', () => {
  it('matches toISOString around every month and year boundary, leap days included', () => {
    for (let year = 1970; year <= 2400; year++) {
      for (let month = 0; month < 12; month++) {
        const first = Date.UTC(year, month, 1);
        for (const t of [first, first - 1, first + 43_200_123]) {
          expect(isoFromMs(t)).toBe(new Date(t).toISOString());
        }
      }
    }
    expect(isoFromMs(Date.UTC(2028, 1, 29, 23, 59, 59, 999))).toBe('2028-02-29T23:59:59.999Z');
    expect(isoFromMs(Date.UTC(2100, 2, 1))).toBe('2100-03-01T00:00:00.000Z');
  });

  it('matches toISOString for many instants across the four-digit years', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const t = Math.floor(next() * 253_402_300_799_999);
      expect(isoFromMs(t)).toBe(new Date(t).toISOString());
    }
  });

  it('falls back to toISOString outside 1970–9999 and for fractional milliseconds', () => {
    for (const t of [-1, -86_400_000 * 400, 253_402_300_800_000, 1.5]) {
      expect(isoFromMs(t)).toBe(new Date(t).toISOString());
    }
    expect(() => isoFromMs(Number.NaN)).toThrow(RangeError);
  });
});
