// Every language's view namespaces at once ({ns: {lng: strings}}), for checks that read
// all of them; the app itself loads one language at a time (index.ts).
import { englishViewResources } from './index.ts';
import ru from './locales/ru.ts';
import sr from './locales/sr.ts';
import sv from './locales/sv.ts';
import uk from './locales/uk.ts';
import { cyrillicBundle } from '../../../shared/i18n/serbian-cyrillic.ts';

// Only this language's view namespaces (its chunk also carries the shared ones).
const others = { uk, ru, sv, sr, 'sr-Cyrl': cyrillicBundle(sr) };

export const viewResources: Record<string, Record<string, object>> = Object.fromEntries(
  Object.entries(englishViewResources).map(([ns, { en }]) => [
    ns,
    {
      en,
      ...Object.fromEntries(
        Object.entries(others).map(([lng, bundle]) => [lng, bundle[ns as keyof typeof bundle]]),
      ),
    },
  ]),
);
