// Date fields write and read dates the way the app's language does, not the operating system's.
import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, parseDate, parseTime } from '../../../renderer/src/components/date-text.ts';

describe('dates in the app language', () => {
  it.each([
    ['uk', '07.11.2026'],
    ['ru', '07.11.2026'],
    ['en-US', '11/07/2026'],
    ['en-GB', '07/11/2026'],
    ['sv', '2026-11-07'],
    ['sr-Latn', '07.11.2026.'],
    ['sr-Cyrl', '07.11.2026.'],
  ])('%s writes 7 November 2026 as %s and reads it back', (locale, text) => {
    expect(formatDate('2026-11-07', locale)).toBe(text);
    expect(parseDate(text, locale)).toBe('2026-11-07');
  });

  it('reads the numbers in the locale order, whatever the separator', () => {
    expect(parseDate('7.11.2026', 'uk')).toBe('2026-11-07');
    expect(parseDate('7/11/2026', 'uk')).toBe('2026-11-07');
    expect(parseDate('11/7/2026', 'en-US')).toBe('2026-11-07');
    expect(parseDate('7/11/2026', 'en-US')).toBe('2026-07-11');
  });

  it.each(['31.02.2026', '07.13.2026', '07.11.26', '07.11', 'tomorrow', '07.11.2026 x'])(
    'refuses %j in Ukrainian',
    (text) => expect(parseDate(text, 'uk')).toBeUndefined(),
  );
});

describe('times in the app language', () => {
  it('writes a 24-hour clock where the language does, AM/PM in US English', () => {
    expect(formatTime('21:05', 'uk')).toBe('21:05');
    expect(formatTime('21:05', 'en-US')).toBe('09:05 PM');
    expect(formatTime('00:30', 'en-US')).toBe('12:30 AM');
  });

  it('reads what people type', () => {
    expect(parseTime('9:05', 'uk')).toBe('09:05');
    expect(parseTime('0905', 'sv')).toBe('09:05');
    expect(parseTime('09:05 PM', 'en-US')).toBe('21:05');
    expect(parseTime('12:30 am', 'en-US')).toBe('00:30');
    expect(parseTime('9', 'uk')).toBe('09:00');
  });

  it.each(['24:00', '9:60', '13:00 PM', 'noon', ''])('refuses %j', (text) =>
    expect(parseTime(text, 'en-US')).toBeUndefined(),
  );
});
