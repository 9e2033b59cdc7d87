import type { TFunction } from 'i18next';
import type { AcknowledgementSummary } from '../rules/acknowledgement-summary.ts';

// Plural forms follow the number of departments that must acknowledge (Intl.PluralRules via i18next);
// the Slavic languages use a noun phrase so no verb has to agree with the other number.
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
    uk: {
      summary_one: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділу',
      summary_few: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділів',
      summary_many: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділів',
      summary_other: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділу',
      missing: 'бракує: {{names}}',
      concern: 'із застереженням: {{names}}',
      notPublished: 'Ще не опубліковано: нічого підтверджувати',
      none: 'Жодному відділу не треба підтверджувати',
      earlierConcern: 'Застереження до версії {{version}}: «{{note}}» — {{by}}, {{when}}',
    },
    ru: {
      summary_one: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отдела',
      summary_few: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отделов',
      summary_many: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отделов',
      summary_other: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отдела',
      missing: 'нет подтверждения: {{names}}',
      concern: 'с замечанием: {{names}}',
      notPublished: 'Ещё не опубликовано: подтверждать нечего',
      none: 'Ни одному отделу не нужно подтверждать',
      earlierConcern: 'Замечание к версии {{version}}: «{{note}}» — {{by}}, {{when}}',
    },
    sv: {
      summary_one: '{{acknowledged}} av {{count}} avdelning har kvitterat version {{version}}',
      summary_other: '{{acknowledged}} av {{count}} avdelningar har kvitterat version {{version}}',
      missing: '{{names}} saknas',
      concern: '{{names}} med invändning',
      notPublished: 'Inte publicerad än: inget att kvittera',
      none: 'Ingen avdelning behöver kvittera',
      earlierConcern: 'Invändning mot version {{version}}: ”{{note}}” — {{by}}, {{when}}',
    },
    sr: {
      summary_one: 'Potvrde verzije {{version}}: {{acknowledged}} od {{count}} odeljenja',
      summary_few: 'Potvrde verzije {{version}}: {{acknowledged}} od {{count}} odeljenja',
      summary_other: 'Potvrde verzije {{version}}: {{acknowledged}} od {{count}} odeljenja',
      missing: 'nedostaje: {{names}}',
      concern: 'sa primedbom: {{names}}',
      notPublished: 'Još nije objavljeno: nema šta da se potvrdi',
      none: 'Nijedno odeljenje ne treba da potvrdi',
      earlierConcern: 'Primedba na verziju {{version}}: „{{note}}“ — {{by}}, {{when}}',
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
