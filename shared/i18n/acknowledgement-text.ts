import type { TFunction } from 'i18next';
import type { AcknowledgementSummary } from '../rules/acknowledgement-summary.ts';
import en from './locales/en/acks.json' with { type: 'json' };

// Plural forms follow the number of departments that must acknowledge (Intl.PluralRules via i18next);
// the Slavic languages use a noun phrase so no verb has to agree with the other number.
// The strings are in locales/<lng>/acks.json; the renderer loads other languages on demand.
export const acknowledgementResources = { acks: { en } };

const lists = new Map<string, Intl.ListFormat>();
function listFormat(language: string): Intl.ListFormat {
  let list = lists.get(language);
  if (!list) {
    list = new Intl.ListFormat(language, { type: 'conjunction' });
    lists.set(language, list);
  }
  return list;
}

/** "2 of 3 departments acknowledged version 2 — Sales missing; Support with a concern". */
export function acknowledgementText(
  t: TFunction,
  summary: AcknowledgementSummary,
  departmentName: (key: string) => string,
  language: string,
): string {
  if (summary.version === null) return t('acks:notPublished');
  if (summary.required === 0) return t('acks:none');
  const list = listFormat(language);
  const names = (state: string) =>
    list.format(
      summary.departments.filter((d) => d.state === state).map((d) => departmentName(d.department)),
    );
  let text = t('acks:summary', {
    acknowledged: summary.acknowledged,
    count: summary.required,
    version: summary.version,
  });
  if (summary.acknowledged < summary.required) text += ` — ${t('acks:missing', { names: names('missing') })}`;
  if (summary.departments.some((d) => d.state === 'concern'))
    text += `; ${t('acks:concern', { names: names('concern') })}`;
  return text;
}
