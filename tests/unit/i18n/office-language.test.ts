// Issue 11, languages: Serbian dates in the script of its words (Latin), the Serbian fail
// threshold named as a critical threshold, Swedish saying "kvittera" throughout.
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../shared/i18n/flag-text.ts';
import { createI18n, intlTag, sharedResources } from '../../../shared/i18n/i18n.ts';
import { viewResources } from '../../../renderer/src/i18n/all-languages.ts';

const CYRILLIC = /[\u0400-\u04ff]/;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const inLanguage = (language: string) =>
  Object.values({ ...sharedResources, ...viewResources }).flatMap((byLanguage) =>
    strings((byLanguage as Record<string, unknown>)[language]),
  );

describe('Serbian', () => {
  it('dates and relative times come in Latin script, like the words around them', () => {
    expect(intlTag('sr')).toBe('sr-Latn');
    expect(intlTag('sr_RS')).toBe('sr-Latn-RS');
    const f = formatters('sr', 'Europe/Belgrade');
    expect(f.dateTime('2026-11-26T06:00:00Z')).not.toMatch(CYRILLIC);
    expect(f.dateTime('2026-11-26T06:00:00Z')).toContain('nov');
    expect(f.relative('2026-11-20T06:00:00Z', '2026-11-26T06:00:00Z')).not.toMatch(CYRILLIC);
  });

  it('names the fail threshold a critical threshold, not an error margin', async () => {
    expect(inLanguage('sr').join('\n')).not.toMatch(/granic[ae] greške|Prag greške/);
    const t = (await createI18n('sr')).t;
    expect(t('flags:metric_failing_lower', { metric: 'm', value: 1, threshold: 2, sampleAt: 'x' })).toContain(
      'kritičnog praga',
    );
  });
});

describe('Swedish', () => {
  it('says "kvittera" for acknowledging everywhere, never "bekräfta"', () => {
    const all = inLanguage('sv');
    expect(all.filter((s) => /bekräft/i.test(s))).toEqual([]);
    expect(all.some((s) => /kvitter/i.test(s))).toBe(true);
  });
});

describe('decisions', () => {
  it('GO and HOLD are words of each language, not English', async () => {
    const words = await Promise.all(
      ['uk', 'ru', 'sv', 'sr'].map(async (language) => {
        const t = (await createI18n(language)).t;
        return [t('common:decision.go'), t('common:decision.hold')];
      }),
    );
    expect(words).toEqual([
      ['ЗАПУСК', 'ПАУЗА'],
      ['ЗАПУСК', 'ПАУЗА'],
      ['KÖR', 'VÄNTA'],
      ['KRENI', 'ZADRŽI'],
    ]);
  });
});

describe('locale tags from callers', () => {
  it('a tag Intl refuses falls back to a language instead of throwing', () => {
    expect(intlTag('🗕𖭓ވ')).toBe('en');
    expect(intlTag('uk-ЙЙ')).toBe('uk');
    expect(() => formatters('🗕𖭓ވ♻').dateTime('2026-11-26T06:00:00Z')).not.toThrow();
  });
});
