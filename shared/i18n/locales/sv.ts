// The shared namespaces in this language, apart from English (the fallback, beside each namespace).
import type { Strings as CliStrings } from '../cli.ts';
import type { FlagStrings as FlagsStrings } from '../flags.ts';
import type { ErrorStrings as ErrorsStrings } from '../errors.ts';
import type { Strings as ExportsStrings } from '../exports.ts';

const cliStrings: CliStrings = {
  readinessAt: 'Beredskap {{at}} — kampanjer: {{count}}',
  header: { campaign: 'Kampanj', phase: 'Fas', readiness: 'Beredskap', start: 'Start' },
  noCampaigns: 'Inga pågående, kommande eller under driftproblem lanserade kampanjer i detta fönster.',
  added: 'Lade till {{imported}} mätvärden från {{file}}',
  corrected: '{{count}} rättade',
  present: '{{count}} fanns redan',
  more: '… och {{count}} till',
  badRows: '{{count}} felaktiga rader; inget importerades.',
};

const commonStrings = {
  readiness: {
    ready: 'Redo',
    at_risk: 'I riskzonen',
    not_ready: 'Inte redo',
    ready_by_decision: 'Redo genom beslut',
    ended: 'Avslutad',
    ended_failing: 'Lanserad under driftproblem',
  },
  phase: { upcoming: 'Kommande', live: 'Pågår', ended: 'Avslutad' },
  status: { draft: 'Utkast', published: 'Publicerad', cancelled: 'Inställd' },
  metricStatus: { ok: 'OK', at_risk: 'I riskzonen', failing: 'Fallerar', stale: 'Inga färska data' },
  decision: { go: 'KÖR', hold: 'VÄNTA' },
  decisionBy: '{{decision}} av {{by}}, till {{expires}}',
  decisionByOpen: '{{decision}} av {{by}}',
  onHold: 'Pausad',
  holdBy: 'Pausad — {{by}}, till {{expires}}',
  holdByOpen: 'Pausad — {{by}}',
};

const flagsStrings: FlagsStrings = {
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

const errorsStrings: ErrorsStrings = {
  forbidden_anonymous: 'Välj vem du är för att {{doing}}.',
  forbidden_role: '{{name}} kan inte {{doing}}: det kräver rollen {{role}}.',
  forbidden_ask_admin:
    '{{name}} kan inte {{doing}}: det kräver admin-rollen — be en administratör för arbetsytan.',
  forbidden_role_either: '{{name}} kan inte {{doing}}: det kräver rollen {{role}} eller {{other}}.',
  not_found_campaign: 'Det finns ingen kampanj ”{{id}}”.',
  not_found_department: 'Det finns ingen avdelning ”{{id}}”.',
  not_found_metric: 'Det finns inget mått ”{{id}}”.',
  document_invalid: 'dokumentet är inte giltigt',
  document_problem: '{{path}}: {{problem}}',
  document_problem_and_one: '{{path}}: {{problem}} (och 1 problem till)',
  document_problem_and_more: '{{path}}: {{problem}} (och {{more}} problem till)',
  sample_needs_empty: 'Exempelarbetsytan kan bara läsas in i en tom arbetsyta.',
  samples_not_owner:
    '{{name}} kan inte mata in mätningar för ”{{metric}}”: måttet tillhör avdelningen {{department}}.',
  cancelled_no_edit: '”{{title}}” är inställd och kan inte längre redigeras.',
  cancelled_no_publish: '”{{title}}” är inställd och kan inte publiceras.',
  cancelled_no_move: '”{{title}}” är inställd och kan inte flyttas.',
  nothing_changed: 'Inget har ändrats sedan den senast publicerade versionen.',
  acknowledge_own_department: '{{name}} kan bara kvittera för sin egen avdelning.',
  concern_needs_note: 'En invändning behöver en anteckning om vad som oroar din avdelning.',
  nothing_to_acknowledge: '”{{title}}” har ingen publicerad brief att kvittera.',
  department_not_asked: '”{{title}}” ber inte avdelningen {{department}} att kvittera.',
  ack_version_stale:
    'Version {{version}} av ”{{title}}” har publicerats sedan du läste version {{read}}: ladda om och läs den, kvittera sedan.',
  campaign_changed:
    '”{{title}}” ändrades av {{name}} {{at}} efter att du öppnade den: ladda om för att se ändringen och försök sedan igen.',
  campaign_changed_by_system:
    '”{{title}}” ändrades från kommandoraden eller av en import {{at}} efter att du öppnade den: ladda om för att se ändringen och försök sedan igen.',
  campaign_revision_unknown:
    '”{{title}}” har revision {{revision}}, inte den du skickade: ladda om och försök sedan igen.',
  import_changes_published_version:
    '{{path}}: version {{version}} av ”{{campaign}}” är redan publicerad med annat innehåll; en publicerad version ändras aldrig.',
  decision_already_expired: 'Beslutet skulle redan ha gått ut: välj ett slutdatum i framtiden.',
  decision_not_applicable:
    'Beslut gäller publicerade kampanjer som pågår eller är på väg; ”{{title}}” är inte en sådan.',
  ends_before_start: 'Kampanjen slutar innan den börjar: välj ett slut efter starten.',
  nobody_with_role: 'Arbetsytan har ingen med rollen {{role}}.',
  nobody_in_department: 'Avdelningen {{department}} har ingen att kvittera som.',
  csv_unclosed_quote: 'filen är inte giltig CSV: ett citerat värde som börjar här avslutas aldrig',
  csv_bad_header: 'rubrikraden måste namnge kolumnerna metric, at och value',
  csv_empty: 'filen är tom; en rubrikrad ”metric,at,value” förväntades',
  csv_unknown_metric: 'okänt mått ”{{metric}}”',
  csv_metric_missing: 'måttet saknas',
  csv_bad_instant:
    '”{{text}}” är inte ett datum och en tid (t.ex. 2026-11-27T08:00:00Z, eller 27.11.2026 08:00 i arbetsytans tidszon)',
  csv_bad_number: 'värdet ”{{text}}” är inte ett tal',
  csv_source_too_long: 'källan är längre än {{max}} tecken',
  csv_instant_out_of_range: '”{{text}}” ligger utanför åren 1000–9999: skriv året med fyra siffror',
  file_encoding_invalid: 'filen börjar som {{encoding}} men är inte giltig {{encoding}}; inget importerades',
  file_encoding_unsure:
    'filen är inte UTF-8 och kan vara {{candidates}}; spara den som CSV UTF-8 och importera igen',
  xlsx_unreadable: 'filen är ingen läsbar arbetsbok (.xlsx); inget importerades',
  file_bad_base64: 'filen skickades inte som base64',
  request_too_large:
    'Begäran är större än {{limit}} MiB. Skicka mindre åt gången; stora CSV-filer kan importeras med ”campaign-desk metrics import”.',
  request_not_json: 'Begärans innehåll är inte giltig JSON.',
  request_nul_character: 'Texten i begäran innehåller tecknet NUL (U+0000), som en arbetsyta inte kan lagra.',
  request_too_deep: 'Begäran nästlar listor och objekt djupare än {{max}} nivåer.',
  request_bad_address: 'Adressen ”{{path}}” är ogiltig: ett ”%” måste följas av två hexadecimala siffror.',
  too_many_streams:
    'För många öppna ändringsströmmar ({{limit}}): stäng andra Campaign Desk-fönster och försök igen.',
  workspace_not_empty: 'Arbetsytan innehåller redan data: den kan bara sättas upp medan den är tom.',
  backup_use_pg_dump: 'Säkerhetskopiera en PostgreSQL-arbetsyta med pg_dump: {{command}}',
  last_admin:
    '{{name}} är den sista administratören: ge någon annan admin-rollen först, så att ingen blir utelåst.',
  department_name_taken: 'Det finns redan en avdelning som heter ”{{name}}” ({{key}}): välj ett annat namn.',
  marketing_not_archived: 'Avdelningen {{department}} äger varje kampanj och kan inte arkiveras.',
  department_archived: 'Avdelningen {{department}} är arkiverad: välj en avdelning som används.',
  storage_disk_full:
    'Disken med arbetsytan {{file}} är full: ingenting sparades. Frigör utrymme och försök igen.',
  storage_read_only:
    'Arbetsytan {{file}} är skrivskyddad: den kan läsas och exporteras, men ändringar kan inte sparas. Kopiera den till en mapp du kan skriva i, eller be om skrivrättighet.',
  storage_corrupt:
    'Arbetsytan {{file}} är skadad: den är inte en läsbar Campaign Desk-databas. Ingenting ändrades; återställ den från en säkerhetskopia.',
  storage_empty_file:
    'Arbetsytan {{file}} är en tom fil (0 byte), kanske en avbruten kopia. Den lämnades som den är: återställ den från en säkerhetskopia, eller flytta undan den för att börja med en ny arbetsyta.',
  storage_in_use:
    '{{file}} är öppen i Campaign Desk (appen eller "campaign-desk serve"). Stäng den först, eller återställ från Inställningar i appen.',
  not_found_person: 'Det finns ingen person ”{{id}}”.',
  not_found_token: 'Det finns ingen token med namnet ”{{id}}”.',
  sign_in_failed: 'Personen eller lösenordet stämmer inte.',
  sign_in_locked:
    'För många misslyckade inloggningar för den här personen: försök igen om {{minutes}} minuter.',
  session_required: 'Logga in på arbetsytan först (din session kan ha upphört).',
  forbidden_token: 'Flödestoken ”{{name}}” kan inte {{doing}}.',
  token_invalid: 'Token är okänd eller har återkallats.',
  token_wrong_scope: 'Token ”{{name}}” tillåter inte detta: den behöver behörigheten {{scope}}.',
  token_name_taken:
    'En token med namnet ”{{name}}” finns redan: återkalla den först eller välj ett annat namn.',
  token_metric_out_of_scope: 'Flödestoken ”{{name}}” får inte lägga till mätvärden för ”{{metric}}”.',
  feed_body_type: 'Skicka mätvärdena som text/csv eller application/json.',
  doing: {
    set_passwords: 'ange lösenord',
    manage_sessions: 'hantera sessioner',
    manage_tokens: 'hantera flödestokens',
    read_audit: 'läsa granskningsloggen',
    import_into_data: 'importera till en arbetsyta som innehåller data',
    change_settings: 'ändra beredskapsinställningarna',
    define_metrics: 'definiera mått',
    enter_samples: 'mata in mätningar',
    create_campaigns: 'skapa kampanjer',
    edit_campaigns: 'redigera kampanjer',
    publish_briefs: 'publicera briefer',
    reschedule_campaigns: 'flytta kampanjer',
    cancel_campaigns: 'ställa in kampanjer',
    acknowledge_briefs: 'kvittera briefer',
    record_decisions: 'fatta beslut om att köra eller vänta',
    define_departments: 'definiera avdelningar',
    define_people: 'definiera personer',
    back_up_workspace: 'säkerhetskopiera arbetsytan',
  },
  role: { admin: 'admin', marketing: 'marknadsföring', leadership: 'ledning', member: 'medlem' },
};

const exportsStrings: ExportsStrings = {
  calendar: {
    name: 'Campaign Desk',
    nameFor: 'Campaign Desk — {{department}}',
    readiness: 'Beredskap: {{readiness}} (per {{at}}, {{zone}})',
  },
  acks: {
    sheet: 'Kvitteringar',
    campaign: 'Kampanj',
    title: 'Titel',
    department: 'Avdelning',
    currentVersion: 'Aktuell version',
    state: 'Status',
    version: 'Kvitterad version',
    by: 'Av',
    at: 'Tid ({{zone}})',
    stale: 'Upphävd av en senare ändring',
    note: 'Anteckning',
  },
  ackState: { acknowledged: 'Kvitterad', concern: 'Invändning', missing: 'Saknas' },
  yes: 'Ja',
  no: 'Nej',
  readiness: {
    sheet: 'Beredskap',
    campaign: 'Kampanj',
    title: 'Titel',
    phase: 'Fas',
    readiness: 'Beredskap',
    start: 'Start ({{zone}})',
    end: 'Slut ({{zone}})',
    decision: 'Beslut',
    problems: 'Problem',
    asOf: 'Per ({{zone}})',
  },
};

const acksStrings = {
  summary_one: '{{acknowledged}} av {{count}} avdelning har kvitterat version {{version}}',
  summary_other: '{{acknowledged}} av {{count}} avdelningar har kvitterat version {{version}}',
  missing: '{{names}} saknas',
  concern: '{{names}} med invändning',
  notPublished: 'Inte publicerad än: inget att kvittera',
  none: 'Ingen avdelning behöver kvittera',
  earlierConcern: 'Invändning mot version {{version}}: ”{{note}}” — {{by}}, {{when}}',
};

export default {
  cli: cliStrings,
  common: commonStrings,
  flags: flagsStrings,
  errors: errorsStrings,
  exports: exportsStrings,
  acks: acksStrings,
};
