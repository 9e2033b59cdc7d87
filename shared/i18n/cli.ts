// What the command line says to people, in the language of LANG.
const en = {
  readinessAt: 'Readiness at {{at}} — campaigns: {{count}}',
  header: { campaign: 'Campaign', phase: 'Phase', readiness: 'Readiness', start: 'Start' },
  noCampaigns: 'No live, upcoming or launched-while-failing campaigns in this window.',
  added: 'Added {{imported}} samples from {{file}}',
  corrected: '{{count}} corrected',
  present: '{{count}} already present',
  more: '… and {{count}} more',
  badRows: '{{count}} bad rows; nothing imported.',
};

type Strings = typeof en;

const uk: Strings = {
  readinessAt: 'Готовність на {{at}} — кампаній: {{count}}',
  header: { campaign: 'Кампанія', phase: 'Фаза', readiness: 'Готовність', start: 'Початок' },
  noCampaigns: 'У цьому вікні немає поточних, запланованих чи запущених під час збою кампаній.',
  added: 'Додано вимірів із {{file}}: {{imported}}',
  corrected: 'виправлено: {{count}}',
  present: 'уже були: {{count}}',
  more: '… і ще {{count}}',
  badRows: 'хибних рядків: {{count}}; нічого не імпортовано.',
};

const ru: Strings = {
  readinessAt: 'Готовность на {{at}} — кампаний: {{count}}',
  header: { campaign: 'Кампания', phase: 'Фаза', readiness: 'Готовность', start: 'Начало' },
  noCampaigns: 'В этом окне нет текущих, запланированных или запущенных во время сбоя кампаний.',
  added: 'Добавлено измерений из {{file}}: {{imported}}',
  corrected: 'исправлено: {{count}}',
  present: 'уже были: {{count}}',
  more: '… и ещё {{count}}',
  badRows: 'ошибочных строк: {{count}}; ничего не импортировано.',
};

const sv: Strings = {
  readinessAt: 'Beredskap {{at}} — kampanjer: {{count}}',
  header: { campaign: 'Kampanj', phase: 'Fas', readiness: 'Beredskap', start: 'Start' },
  noCampaigns: 'Inga pågående, kommande eller under driftproblem lanserade kampanjer i detta fönster.',
  added: 'Lade till {{imported}} mätvärden från {{file}}',
  corrected: '{{count}} rättade',
  present: '{{count}} fanns redan',
  more: '… och {{count}} till',
  badRows: '{{count}} felaktiga rader; inget importerades.',
};

const sr: Strings = {
  readinessAt: 'Spremnost na dan {{at}} — kampanja: {{count}}',
  header: { campaign: 'Kampanja', phase: 'Faza', readiness: 'Spremnost', start: 'Početak' },
  noCampaigns: 'U ovom prozoru nema aktuelnih, predstojećih ni kampanja pokrenutih tokom problema.',
  added: 'Dodato merenja iz {{file}}: {{imported}}',
  corrected: 'ispravljeno: {{count}}',
  present: 'već postoji: {{count}}',
  more: '… i još {{count}}',
  badRows: 'neispravnih redova: {{count}}; ništa nije uvezeno.',
};

export const cliResources = { cli: { en, uk, ru, sv, sr } };
