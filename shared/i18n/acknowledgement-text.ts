import type { TFunction } from 'i18next';
import type { AcknowledgementSummary } from '../rules/acknowledgement-summary.ts';

// Plural forms follow the number of departments that must acknowledge (Intl.PluralRules via i18next);
// the Slavic languages use a noun phrase so no verb has to agree with the other number.
// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const acknowledgementResources = {
  acks: {
    en: {
      summary_one: '{{acknowledged}} of {{count}} department acknowledged version {{version}}',
      summary_other: '{{acknowledged}} of {{count}} departments acknowledged version {{version}}',
      missing: '{{names}} missing',
      concern: '{{names}} with a concern',
      notPublished: 'Not published yet: nothing to acknowledge',
      none: 'No department needs to acknowledge',
      earlierConcern: 'Concern raised on version {{version}}: “{{note}}” — {{by}}, {{when}}',
    },
  },
};

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
