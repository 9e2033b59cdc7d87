// Every language says everything English says, no more: the same keys (plural forms as the
// language's own plural rules ask) and the same {{placeholders}} in each string, for every
// namespace the app, the command line and the desktop shell load.
import { describe, expect, it } from 'vitest';
import { sharedResources } from '../../../shared/i18n/i18n.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { shellResources } from '../../../shared/i18n/shell.ts';
import { viewResources } from '../../../renderer/src/i18n/all-languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string as "path" → its sorted {{placeholders}}. */
function leaves(strings: object, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of Object.entries(strings)) {
    const path = prefix + name;
    if (typeof value === 'string')
      out.set(
        path,
        [...new Set([...value.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort(),
      );
    else for (const [k, v] of leaves(value as object, `${path}.`)) out.set(k, v);
  }
  return out;
}

/** The keys English writes in plural forms (it has an `_other`). */
function pluralKeys(english: object): Set<string> {
  return new Set([...leaves(english).keys()].filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -6)));
}

/** Keys without plural suffixes, and for each plural key the forms present. */
function shape(strings: object, plural: Set<string>) {
  const keys = new Map<string, string[]>();
  const plurals = new Map<string, string[]>();
  for (const [path, params] of leaves(strings)) {
    const candidate = PLURAL.exec(path)?.[1];
    const form = candidate && plural.has(path.replace(PLURAL, '')) ? candidate : undefined;
    const base = form ? path.replace(PLURAL, '') : path;
    // The {{count}} of a plural may be spelled out ("one department"): the rest must match.
    keys.set(base, form ? params.filter((p) => p !== 'count') : params);
    if (form) plurals.set(base, [...(plurals.get(base) ?? []), form].sort());
  }
  return { keys, plurals };
}

const namespaces: Record<string, Record<string, object>> = {
  ...sharedResources,
  ...viewResources,
  ...shellResources,
};

describe.each(Object.keys(namespaces))('the %s namespace', (ns) => {
  const byLanguage = namespaces[ns] as Record<string, object>;
  const plural = pluralKeys(byLanguage.en as object);
  const english = shape(byLanguage.en as object, plural);

  it('exists in every language', () => {
    expect(Object.keys(byLanguage).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys and placeholders', (lng) => {
    const own = shape(byLanguage[lng] as object, plural);
    expect(Object.fromEntries(own.keys)).toEqual(Object.fromEntries(english.keys));
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories as string[];
    for (const [key, forms] of own.plurals)
      expect({ key, forms }).toEqual({ key, forms: [...categories].filter((c) => c !== 'zero').sort() });
  });
});
