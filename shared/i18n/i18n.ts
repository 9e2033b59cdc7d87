// The one i18n layer: i18next with resources per language and namespace. The
// renderer adds its view namespaces; the command line and the renderer share
// `common` and `flags` so a flag reads the same everywhere. This module loads every
// language (Node side); the renderer loads English and then one language at a time.
import i18next, { type i18n } from 'i18next';
import { englishSharedResources } from './english.ts';
import { mergeResources, pickLanguage, type Language } from './languages.ts';
import ru from './locales/ru.ts';
import sr from './locales/sr.ts';
import sv from './locales/sv.ts';
import uk from './locales/uk.ts';
import { cyrillicBundle } from './serbian-cyrillic.ts';

export { intlTag, LANGUAGES, mergeResources, pickLanguage, type Language } from './languages.ts';

const others = { uk, ru, sv, sr, 'sr-Cyrl': cyrillicBundle(sr) };

/** Every shared namespace in every language: {ns: {lng: strings}}. */
export const sharedResources = Object.fromEntries(
  Object.entries(englishSharedResources).map(([ns, { en }]) => [
    ns,
    {
      en,
      ...Object.fromEntries(
        Object.entries(others).map(([lng, bundle]) => [lng, bundle[ns as keyof typeof bundle]]),
      ),
    },
  ]),
) as { [ns in keyof typeof englishSharedResources]: Record<Language, object> };

export async function createI18n(
  language: string,
  extra: Record<string, Record<string, object>> = {},
): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: pickLanguage([language]),
    fallbackLng: 'en',
    ns: Object.keys({ ...sharedResources, ...extra }),
    defaultNS: 'common',
    resources: mergeResources(sharedResources, extra),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
