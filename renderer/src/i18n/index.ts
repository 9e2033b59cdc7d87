// The renderer's i18next instance: the shared namespaces (common, flags) plus one
// namespace per view, each in its own file beside this one.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeResources, pickLanguage, sharedResources } from '../../../shared/i18n/i18n.ts';
import { appResources } from './app.ts';
import { calendarResources } from './calendar.ts';
import { campaignResources } from './campaign.ts';
import { editorResources } from './editor.ts';
import { inboxResources } from './inbox.ts';
import { metricsResources } from './metrics.ts';
import { readinessResources } from './readiness.ts';
import { settingsResources } from './settings.ts';

const LANGUAGE_KEY = 'campaign-desk.language';

export const viewResources = {
  ...appResources,
  ...calendarResources,
  ...campaignResources,
  ...editorResources,
  ...inboxResources,
  ...readinessResources,
  ...metricsResources,
  ...settingsResources,
};

export function initialLanguage(): string {
  return pickLanguage([localStorage.getItem(LANGUAGE_KEY) ?? '', ...navigator.languages]);
}

export async function initI18n(): Promise<typeof i18next> {
  const all = { ...sharedResources, ...viewResources };
  await i18next.use(initReactI18next).init({
    lng: initialLanguage(),
    fallbackLng: 'en',
    ns: Object.keys(all),
    defaultNS: 'app',
    resources: mergeResources(all),
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setLanguage(language: string): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
