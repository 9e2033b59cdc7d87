// The shell's words and formats, through the one i18n layer (shared/i18n): in the
// OS language that app.getLocale() reports, English when the app does not speak it.
import type { TFunction } from 'i18next';
import { formatters, type Formatters } from '../../shared/i18n/flag-text.ts';
import { createI18n, intlTag, pickLanguage, type Language } from '../../shared/i18n/i18n.ts';
import { shellResources } from '../../shared/i18n/shell.ts';

export interface ShellText {
  /** Keys of the `shell` namespace; other namespaces with a prefix (`flags:…`). */
  t: TFunction;
  language: Language;
  /** The Intl locale for dates and numbers. */
  locale: string;
  format: Formatters;
}

export async function shellText(osLocale: string): Promise<ShellText> {
  const language = pickLanguage([osLocale]);
  const i18n = await createI18n(language, shellResources);
  const locale = intlLocale(osLocale, language);
  return { t: i18n.getFixedT(language, 'shell') as TFunction, language, locale, format: formatters(locale) };
}

/** The OS's own variant of the chosen language (en-GB, sv-FI…) when it is one; else the language. */
export function intlLocale(osLocale: string, language: Language): string {
  // Serbian dates in the script of its words: Intl's plain `sr` would write Cyrillic month names.
  if (language === 'sr' || language === 'sr-Cyrl') return intlTag(language);
  const tag = osLocale.replace(/_/g, '-');
  if (tag.toLowerCase().split('-')[0] !== language) return language;
  try {
    return new Intl.Locale(tag).toString();
  } catch {
    return language;
  }
}
