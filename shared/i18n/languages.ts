// Which languages Campaign Desk speaks and how their resources are shaped; no strings here,
// so the renderer can use it without loading every language.
import type { Resource } from 'i18next';

/** Serbian is written in Latin (`sr`) or Cyrillic (`sr-Cyrl`), each in one script throughout. */
export const LANGUAGES = ['en', 'uk', 'ru', 'sv', 'sr', 'sr-Cyrl'] as const;
export type Language = (typeof LANGUAGES)[number];

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const [base, ...rest] = tag.toLowerCase().split(/[-_]/);
    if (base === 'sr') return rest.includes('cyrl') ? 'sr-Cyrl' : 'sr';
    const match = LANGUAGES.find((l) => l === base);
    if (match) return match;
  }
  return 'en';
}

/**
 * The Intl locale for a language tag. Plain `sr` is Campaign Desk's Latin Serbian, and Intl's
 * plain `sr` writes Cyrillic month names: its dates are asked for in `sr-Latn` (`sr-Cyrl` stays).
 */
export function intlTag(tag: string): string {
  const [base = '', ...rest] = tag.replace(/_/g, '-').split('-');
  const wanted =
    base.toLowerCase() !== 'sr' || rest.some((part) => /^(latn|cyrl)$/i.test(part))
      ? tag.replace(/_/g, '-')
      : ['sr', 'Latn', ...rest].join('-');
  // A tag Intl refuses (anything a caller may send) falls back to our language for it.
  try {
    return Intl.getCanonicalLocales(wanted)[0] ?? pickLanguage([tag]);
  } catch {
    return pickLanguage([tag]);
  }
}

/** Merges namespace resources ({ns: {lng: strings}}) into i18next's shape ({lng: {ns: strings}}). */
export function mergeResources(...byNamespace: Record<string, Record<string, object>>[]): Resource {
  const out: Resource = {};
  for (const namespaces of byNamespace) {
    for (const [ns, byLanguage] of Object.entries(namespaces)) {
      for (const [lng, strings] of Object.entries(byLanguage)) {
        out[lng] ??= {};
        (out[lng] as Record<string, object>)[ns] = strings;
      }
    }
  }
  return out;
}
