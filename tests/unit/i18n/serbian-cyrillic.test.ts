// Serbian in Cyrillic is the Latin translation transliterated: the interface and the dates in one
// script (issue 11: "Serbian mixes Latin interface text with Cyrillic dates").
import { describe, expect, it } from 'vitest';
import { createI18n, intlTag, pickLanguage } from '../../../shared/i18n/i18n.ts';
import { cyrillicBundle, toCyrillic } from '../../../shared/i18n/serbian-cyrillic.ts';
import { shellResources } from '../../../shared/i18n/shell.ts';
import srViews from '../../../renderer/src/i18n/locales/sr.ts';

describe('toCyrillic', () => {
  it('writes lj, nj and dž as one letter each, in any case', () => {
    expect(toCyrillic('Ljiljana, NJEGOŠ, džep, Džemper, sa njim')).toBe('Љиљана, ЊЕГОШ, џеп, Џемпер, са њим');
  });

  it('leaves placeholders, names, acronyms, file names and command lines in Latin', () => {
    expect(toCyrillic('Kampanja „{{title}}“ — {{count}} CSV datoteka (.csv, .xlsx)')).toBe(
      'Кампања „{{title}}“ — {{count}} CSV датотека (.csv, .xlsx)',
    );
    expect(toCyrillic('u Campaign Desk-u: campaign-desk import workspace.json')).toBe(
      'у Campaign Desk-у: campaign-desk import workspace.json',
    );
    expect(toCyrillic('npr. 2026-11-27T08:00:00Z ili --dev-url http://localhost')).toBe(
      'нпр. 2026-11-27T08:00:00Z или --dev-url http://localhost',
    );
  });

  it('converts nested bundles and keeps the keys', () => {
    expect(cyrillicBundle({ a: { b: 'Spremno' }, n: 3 })).toEqual({ a: { b: 'Спремно' }, n: 3 });
  });
});

describe('sr-Cyrl as a language of its own', () => {
  it('is picked for Cyrillic Serbian tags; other Serbian tags stay Latin', () => {
    expect(pickLanguage(['sr-Cyrl-RS'])).toBe('sr-Cyrl');
    expect(pickLanguage(['sr-Latn'])).toBe('sr');
    expect(pickLanguage(['sr-RS'])).toBe('sr');
  });

  it('reads words and dates in Cyrillic; Latin Serbian reads both in Latin', async () => {
    const when = new Date(Date.UTC(2026, 10, 27, 9));
    const month = (lng: string) => new Intl.DateTimeFormat(intlTag(lng), { month: 'long' }).format(when);
    const cyr = await createI18n('sr-Cyrl');
    const lat = await createI18n('sr');
    expect(cyr.t('common:readiness.ready')).toBe('Спремно');
    expect(month('sr-Cyrl')).toBe('новембар');
    expect(lat.t('common:readiness.ready')).toBe('Spremno');
    expect(month('sr')).toBe('novembar');
  });

  it('leaves no Serbian word in Latin in the Cyrillic interface: only codes and names', () => {
    const latin = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string')
        for (const w of v.replace(/\{\{[^}]*\}\}/g, '').match(/[A-Za-zčćžšđČĆŽŠĐ][\w.@/-]*/g) ?? [])
          if (!/\d/.test(w)) latin.add(w.replace(/[.-]$/, ''));
          else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(cyrillicBundle(srViews));
    walk(shellResources.shell['sr-Cyrl']);
    const codesAndNames =
      /^(CSV|UTC|UTF-8|JSON|NUL|PDF|FILE|MiB|Campaign|Desk|Excel|SQLite|PostgreSQL|T\d\d|Z|base64|xlsx|csv|ics|pg_dump|campaign-desk|metrics|import|export|serve|workspace|workspace\.json|backup\.json|on_time_delivery|dev-url|http|localhost|better-sqlite3|npx|electron\/rebuild)$/;
    expect([...latin].filter((w) => !codesAndNames.test(w))).toEqual([]);
  });
});
