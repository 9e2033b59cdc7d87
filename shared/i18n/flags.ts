// Flags in plain sentences with their numbers (UX.md "Words").
const en = {
  metric_failing_higher:
    '{{metric}} {{value}} is below the fail threshold {{threshold}} (sample {{sampleAt}})',
  metric_failing_lower:
    '{{metric}} {{value}} is above the fail threshold {{threshold}} (sample {{sampleAt}})',
  metric_at_risk_higher:
    '{{metric}} {{value}} is below the warn threshold {{threshold}} (sample {{sampleAt}})',
  metric_at_risk_lower:
    '{{metric}} {{value}} is above the warn threshold {{threshold}} (sample {{sampleAt}})',
  launched_while_failing_higher:
    'Launched while {{metric}} was {{value}}, below the fail threshold {{threshold}} (sample {{sampleAt}})',
  launched_while_failing_lower:
    'Launched while {{metric}} was {{value}}, above the fail threshold {{threshold}} (sample {{sampleAt}})',
  metric_stale: '{{metric}} has no data from the last {{maxAge}} h (last sample {{sampleAt}})',
  metric_stale_none: '{{metric}} has no samples yet',
  missing_acknowledgement: '{{department}} has not acknowledged version {{version}} (launch {{launch}})',
  missing_acknowledgement_none: '{{department}} has nothing to acknowledge yet: no brief is published',
  missing_acknowledgement_stale:
    '{{department}} acknowledged an earlier version; version {{version}} changed materially (launch {{launch}})',
  concern_raised: '{{department}} raised a concern: “{{note}}” — {{by}}, {{ackAt}}',
  severity: { critical: 'Critical', warning: 'Warning' },
};

type FlagStrings = typeof en;

const uk: FlagStrings = {
  metric_failing_higher: '{{metric}} {{value}} — нижче порогу збою {{threshold}} (вимір {{sampleAt}})',
  metric_failing_lower: '{{metric}} {{value}} — вище порогу збою {{threshold}} (вимір {{sampleAt}})',
  metric_at_risk_higher:
    '{{metric}} {{value}} — нижче порогу попередження {{threshold}} (вимір {{sampleAt}})',
  metric_at_risk_lower: '{{metric}} {{value}} — вище порогу попередження {{threshold}} (вимір {{sampleAt}})',
  launched_while_failing_higher:
    'Запущено, коли {{metric}} було {{value}}, нижче порогу збою {{threshold}} (вимір {{sampleAt}})',
  launched_while_failing_lower:
    'Запущено, коли {{metric}} було {{value}}, вище порогу збою {{threshold}} (вимір {{sampleAt}})',
  metric_stale: '{{metric}}: немає даних за останні {{maxAge}} год (останній вимір {{sampleAt}})',
  metric_stale_none: '{{metric}}: ще немає жодного виміру',
  missing_acknowledgement: '{{department}} не підтвердили версію {{version}} (запуск {{launch}})',
  missing_acknowledgement_none: '{{department}}: ще нічого підтверджувати — бриф не опубліковано',
  missing_acknowledgement_stale:
    '{{department}} підтвердили попередню версію; версія {{version}} суттєво змінилася (запуск {{launch}})',
  concern_raised: '{{department}} висловили застереження: «{{note}}» — {{by}}, {{ackAt}}',
  severity: { critical: 'Критично', warning: 'Попередження' },
};

const ru: FlagStrings = {
  metric_failing_higher: '{{metric}} {{value}} — ниже порога сбоя {{threshold}} (замер {{sampleAt}})',
  metric_failing_lower: '{{metric}} {{value}} — выше порога сбоя {{threshold}} (замер {{sampleAt}})',
  metric_at_risk_higher:
    '{{metric}} {{value}} — ниже порога предупреждения {{threshold}} (замер {{sampleAt}})',
  metric_at_risk_lower:
    '{{metric}} {{value}} — выше порога предупреждения {{threshold}} (замер {{sampleAt}})',
  launched_while_failing_higher:
    'Запущено, когда {{metric}} было {{value}}, ниже порога сбоя {{threshold}} (замер {{sampleAt}})',
  launched_while_failing_lower:
    'Запущено, когда {{metric}} было {{value}}, выше порога сбоя {{threshold}} (замер {{sampleAt}})',
  metric_stale: '{{metric}}: нет данных за последние {{maxAge}} ч (последний замер {{sampleAt}})',
  metric_stale_none: '{{metric}}: ещё нет ни одного замера',
  missing_acknowledgement: '{{department}} не подтвердили версию {{version}} (запуск {{launch}})',
  missing_acknowledgement_none: '{{department}}: подтверждать пока нечего — бриф не опубликован',
  missing_acknowledgement_stale:
    '{{department}} подтвердили прежнюю версию; версия {{version}} существенно изменилась (запуск {{launch}})',
  concern_raised: '{{department}} выразили сомнение: «{{note}}» — {{by}}, {{ackAt}}',
  severity: { critical: 'Критично', warning: 'Предупреждение' },
};

const sv: FlagStrings = {
  metric_failing_higher: '{{metric}} {{value}} ligger under felgränsen {{threshold}} (mätning {{sampleAt}})',
  metric_failing_lower: '{{metric}} {{value}} ligger över felgränsen {{threshold}} (mätning {{sampleAt}})',
  metric_at_risk_higher:
    '{{metric}} {{value}} ligger under varningsgränsen {{threshold}} (mätning {{sampleAt}})',
  metric_at_risk_lower:
    '{{metric}} {{value}} ligger över varningsgränsen {{threshold}} (mätning {{sampleAt}})',
  launched_while_failing_higher:
    'Lanserades när {{metric}} var {{value}}, under felgränsen {{threshold}} (mätning {{sampleAt}})',
  launched_while_failing_lower:
    'Lanserades när {{metric}} var {{value}}, över felgränsen {{threshold}} (mätning {{sampleAt}})',
  metric_stale: '{{metric}} saknar data från de senaste {{maxAge}} h (senaste mätning {{sampleAt}})',
  metric_stale_none: '{{metric}} har inga mätningar ännu',
  missing_acknowledgement: '{{department}} har inte kvitterat version {{version}} (lansering {{launch}})',
  missing_acknowledgement_none: '{{department}} har inget att kvittera än: ingen brief är publicerad',
  missing_acknowledgement_stale:
    '{{department}} kvitterade en tidigare version; version {{version}} har ändrats väsentligt (lansering {{launch}})',
  concern_raised: '{{department}} har en invändning: ”{{note}}” — {{by}}, {{ackAt}}',
  severity: { critical: 'Kritisk', warning: 'Varning' },
};

const sr: FlagStrings = {
  metric_failing_higher: '{{metric}} {{value}} je ispod kritičnog praga {{threshold}} (merenje {{sampleAt}})',
  metric_failing_lower: '{{metric}} {{value}} je iznad kritičnog praga {{threshold}} (merenje {{sampleAt}})',
  metric_at_risk_higher:
    '{{metric}} {{value}} je ispod praga upozorenja {{threshold}} (merenje {{sampleAt}})',
  metric_at_risk_lower: '{{metric}} {{value}} je iznad praga upozorenja {{threshold}} (merenje {{sampleAt}})',
  launched_while_failing_higher:
    'Pokrenuto dok je {{metric}} bilo {{value}}, ispod kritičnog praga {{threshold}} (merenje {{sampleAt}})',
  launched_while_failing_lower:
    'Pokrenuto dok je {{metric}} bilo {{value}}, iznad kritičnog praga {{threshold}} (merenje {{sampleAt}})',
  metric_stale: '{{metric}} nema podataka iz poslednjih {{maxAge}} h (poslednje merenje {{sampleAt}})',
  metric_stale_none: '{{metric}} još nema merenja',
  missing_acknowledgement: '{{department}} nije potvrdio verziju {{version}} (početak {{launch}})',
  missing_acknowledgement_none: '{{department}} još nema šta da potvrdi: brif nije objavljen',
  missing_acknowledgement_stale:
    '{{department}} je potvrdio raniju verziju; verzija {{version}} je bitno izmenjena (početak {{launch}})',
  concern_raised: '{{department}} ima primedbu: „{{note}}” — {{by}}, {{ackAt}}',
  severity: { critical: 'Kritično', warning: 'Upozorenje' },
};

export const flagResources = { flags: { en, uk, ru, sv, sr } };
