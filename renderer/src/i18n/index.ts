// The renderer's i18next instance: the shared namespaces (common, flags, errors…) plus one
// namespace per view. Strings are JSON files, locales/<language>/<namespace>.json (here and in
// shared/i18n); their keys are typed from English. English ships with the first chunk (the
// fallback); every other language's strings, shared and view, are one chunk of their own
// (locales/<lng>.ts), fetched when someone chooses that language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { englishSharedResources } from '../../../shared/i18n/english.ts';
import { mergeResources, pickLanguage, type Language } from '../../../shared/i18n/languages.ts';
import { appResources } from './app.ts';
import { calendarResources } from './calendar.ts';
import { campaignResources } from './campaign.ts';
import { editorResources } from './editor.ts';
import { inboxResources } from './inbox.ts';
import { metricsResources } from './metrics.ts';
import { readinessResources } from './readiness.ts';
import { settingsResources } from './settings.ts';

const LANGUAGE_KEY = 'campaign-desk.language';

/** The view namespaces in English: {ns: {en: strings}}. */
export const englishViewResources = {
  ...appResources,
  ...calendarResources,
  ...campaignResources,
  ...editorResources,
  ...inboxResources,
  ...readinessResources,
  ...metricsResources,
  ...settingsResources,
};

// One dynamic import per language, so Vite makes one chunk per language.
const viewLoaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, object> }>> = {
  uk: () => import('./locales/uk.ts'),
  ru: () => import('./locales/ru.ts'),
  sv: () => import('./locales/sv.ts'),
  sr: () => import('./locales/sr.ts'),
  // Cyrillic Serbian is the Latin strings written in Cyrillic: the same chunk, converted once loaded.
  'sr-Cyrl': async () => {
    const [latin, { cyrillicBundle }] = await Promise.all([
      import('./locales/sr.ts'),
      import('../../../shared/i18n/serbian-cyrillic.ts'),
    ]);
    return { default: cyrillicBundle(latin.default) };
  },
};

/** A language's namespaces ({ns: strings}); English is already at hand. */
export async function loadViewStrings(language: Language): Promise<Record<string, object>> {
  if (language === 'en') {
    const english = { ...englishSharedResources, ...englishViewResources };
    return Object.fromEntries(Object.entries(english).map(([ns, byLng]) => [ns, byLng.en]));
  }
  return (await viewLoaders[language]()).default;
}

export function initialLanguage(): Language {
  return pickLanguage([localStorage.getItem(LANGUAGE_KEY) ?? '', ...navigator.languages]);
}

export async function initI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  const chosen = language === 'en' ? {} : await loadViewStrings(language);
  const resources = mergeResources(englishSharedResources, englishViewResources);
  resources[language] = { ...resources[language], ...chosen };
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys({ ...englishSharedResources, ...englishViewResources }),
    defaultNS: 'app',
    resources,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setLanguage(tag: string): void {
  const language = pickLanguage([tag]);
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void switchTo(language);
}

// Fetch the language's strings once, then switch, so no view shows English meanwhile.
async function switchTo(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'app')) {
    for (const [ns, strings] of Object.entries(await loadViewStrings(language))) {
      i18next.addResourceBundle(language, ns, strings);
    }
  }
  await i18next.changeLanguage(language);
}
