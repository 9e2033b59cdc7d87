// The shared namespaces in this language, apart from English (the fallback, beside each namespace).
import type { Strings as CliStrings } from '../cli.ts';
import type { FlagStrings as FlagsStrings } from '../flags.ts';
import type { ErrorStrings as ErrorsStrings } from '../errors.ts';
import type { Strings as ExportsStrings } from '../exports.ts';

const cliStrings: CliStrings = {
  readinessAt: 'Spremnost na dan {{at}} — kampanja: {{count}}',
  header: { campaign: 'Kampanja', phase: 'Faza', readiness: 'Spremnost', start: 'Početak' },
  noCampaigns: 'U ovom prozoru nema aktuelnih, predstojećih ni kampanja pokrenutih tokom problema.',
  added: 'Dodato merenja iz {{file}}: {{imported}}',
  corrected: 'ispravljeno: {{count}}',
  present: 'već postoji: {{count}}',
  more: '… i još {{count}}',
  badRows: 'neispravnih redova: {{count}}; ništa nije uvezeno.',
};

const commonStrings = {
  readiness: {
    ready: 'Spremno',
    at_risk: 'Pod rizikom',
    not_ready: 'Nije spremno',
    ready_by_decision: 'Spremno po odluci',
    ended: 'Završeno',
    ended_failing: 'Pokrenuto tokom problema',
  },
  phase: { upcoming: 'Predstoji', live: 'U toku', ended: 'Završeno' },
  status: { draft: 'Nacrt', published: 'Objavljeno', cancelled: 'Otkazano' },
  metricStatus: {
    ok: 'U redu',
    at_risk: 'Pod rizikom',
    failing: 'Ne valja',
    stale: 'Nema svežih podataka',
  },
  decision: { go: 'KRENI', hold: 'ZADRŽI' },
  decisionBy: '{{decision}}: {{by}}, do {{expires}}',
  decisionByOpen: '{{decision}}: {{by}}',
  onHold: 'Zadržano',
  holdBy: 'Zadržano — {{by}}, do {{expires}}',
  holdByOpen: 'Zadržano — {{by}}',
};

const flagsStrings: FlagsStrings = {
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

const errorsStrings: ErrorsStrings = {
  forbidden_anonymous: 'Najpre izaberite ko ste da biste mogli {{doing}}.',
  forbidden_role: '{{name}} ne može {{doing}}: za to je potrebna uloga „{{role}}“.',
  forbidden_ask_admin:
    '{{name}} ne može {{doing}}: za to je potrebna uloga administratora — obratite se administratoru radnog prostora.',
  forbidden_role_either: '{{name}} ne može {{doing}}: za to je potrebna uloga „{{role}}“ ili „{{other}}“.',
  not_found_campaign: 'Ne postoji kampanja „{{id}}“.',
  not_found_department: 'Ne postoji odeljenje „{{id}}“.',
  not_found_metric: 'Ne postoji metrika „{{id}}“.',
  document_invalid: 'dokument nije ispravan',
  document_problem: '{{path}}: {{problem}}',
  document_problem_and_one: '{{path}}: {{problem}} (i još 1 problem)',
  document_problem_and_more: '{{path}}: {{problem}} (i još problema: {{more}})',
  sample_needs_empty: 'Primer radnog prostora može se učitati samo u prazan radni prostor.',
  samples_not_owner:
    '{{name}} ne može unositi merenja za „{{metric}}“: metrika pripada odeljenju {{department}}.',
  cancelled_no_edit: '„{{title}}“ je otkazana i više se ne može menjati.',
  cancelled_no_publish: '„{{title}}“ je otkazana i ne može se objaviti.',
  cancelled_no_move: '„{{title}}“ je otkazana i ne može se pomeriti.',
  nothing_changed: 'Ništa se nije promenilo od poslednje objavljene verzije.',
  acknowledge_own_department: '{{name}} može potvrđivati samo za svoje odeljenje.',
  concern_needs_note: 'Primedbi je potrebna beleška o tome šta brine vaše odeljenje.',
  nothing_to_acknowledge: '„{{title}}“ nema objavljen brif za potvrdu.',
  department_not_asked: '„{{title}}“ ne traži potvrdu od odeljenja {{department}}.',
  ack_version_stale:
    'Verzija {{version}} brifa „{{title}}“ objavljena je nakon što ste pročitali verziju {{read}}: osvežite stranicu, pročitajte je, pa potvrdite.',
  campaign_changed:
    '„{{title}}“ je promenio/la {{name}} u {{at}}, nakon što ste je otvorili: osvežite stranicu da vidite promenu, pa pokušajte ponovo.',
  campaign_changed_by_system:
    '„{{title}}“ je promenjena iz komandne linije ili uvozom u {{at}}, nakon što ste je otvorili: osvežite stranicu da vidite promenu, pa pokušajte ponovo.',
  campaign_revision_unknown:
    '„{{title}}“ je na reviziji {{revision}}, a ne na onoj koju ste poslali: osvežite stranicu, pa pokušajte ponovo.',
  import_changes_published_version:
    '{{path}}: verzija {{version}} kampanje „{{campaign}}“ već je objavljena sa drugim sadržajem; objavljena verzija se nikada ne menja.',
  decision_already_expired: 'Odluka bi već istekla: izaberite rok u budućnosti.',
  decision_not_applicable:
    'Odluke važe za objavljene kampanje koje su u toku ili predstoje; „{{title}}“ nije takva.',
  ends_before_start: 'Kampanja se završava pre nego što počne: izaberite kraj posle početka.',
  nobody_with_role: 'U radnom prostoru nema nikoga sa ulogom „{{role}}“.',
  nobody_in_department: 'U odeljenju {{department}} nema nikoga u čije ime se može potvrditi.',
  csv_unclosed_quote: 'datoteka nije ispravan CSV: navodnik otvoren ovde nigde se ne zatvara',
  csv_bad_header: 'red zaglavlja mora imenovati kolone metric, at i value',
  csv_empty: 'datoteka je prazna; očekivan je red zaglavlja „metric,at,value“',
  csv_unknown_metric: 'nepoznata metrika „{{metric}}“',
  csv_metric_missing: 'metrika nedostaje',
  csv_bad_instant:
    '„{{text}}“ nije datum i vreme (npr. 2026-11-27T08:00:00Z ili 27.11.2026 08:00 u vremenskoj zoni radnog prostora)',
  csv_bad_number: 'vrednost „{{text}}“ nije broj',
  csv_source_too_long: 'izvor je duži od {{max}} znakova',
  csv_instant_out_of_range: '„{{text}}“ je van godina 1000–9999: napišite godinu sa četiri cifre',
  file_encoding_invalid:
    'datoteka počinje kao {{encoding}}, ali nije ispravan {{encoding}}; ništa nije uvezeno',
  file_encoding_unsure:
    'datoteka nije u UTF-8 i može biti u kodiranju {{candidates}}; sačuvajte je kao CSV UTF-8 i uvezite ponovo',
  xlsx_unreadable: 'datoteka nije radna sveska (.xlsx) koja može da se pročita; ništa nije uvezeno',
  file_bad_base64: 'datoteka nije poslata kao base64',
  request_too_large:
    'Zahtev je veći od {{limit}} MiB. Šaljite manje odjednom; velike CSV datoteke mogu se uvesti komandom „campaign-desk metrics import“.',
  request_not_json: 'Telo zahteva nije ispravan JSON.',
  request_nul_character: 'Tekst u zahtevu sadrži znak NUL (U+0000), koji radni prostor ne može da sačuva.',
  request_too_deep: 'Zahtev ugnježđuje liste i objekte dublje od {{max}} nivoa.',
  request_bad_address: 'Adresa „{{path}}“ nije ispravna: posle „%“ moraju doći dve heksadecimalne cifre.',
  too_many_streams:
    'Previše otvorenih tokova izmena ({{limit}}): zatvorite druge prozore Campaign Desk i pokušajte ponovo.',
  workspace_not_empty: 'Radni prostor već sadrži podatke: može se podesiti samo dok je prazan.',
  backup_use_pg_dump: 'Rezervnu kopiju PostgreSQL radnog prostora napravite pomoću pg_dump: {{command}}',
  last_admin:
    '{{name}} je poslednji administrator: prvo dodelite ulogu administratora nekom drugom, da niko ne ostane bez pristupa.',
  department_name_taken: 'Već postoji odeljenje pod imenom „{{name}}“ ({{key}}): izaberite drugo ime.',
  marketing_not_archived: 'Odeljenje „{{department}}“ vodi svaku kampanju i ne može se arhivirati.',
  department_archived: 'Odeljenje {{department}} je arhivirano: izaberite odeljenje koje je još u upotrebi.',
  storage_disk_full:
    'Disk sa radnim prostorom {{file}} je pun: ništa nije sačuvano. Oslobodite prostor i pokušajte ponovo.',
  storage_read_only:
    'Radni prostor {{file}} je samo za čitanje: može se čitati i izvoziti, ali izmene ne mogu da se sačuvaju. Kopirajte ga u fasciklu u koju možete da pišete ili zatražite pravo upisa.',
  storage_corrupt:
    'Radni prostor {{file}} je oštećen: nije čitljiva Campaign Desk baza podataka. Ništa nije promenjeno; vratite ga iz rezervne kopije.',
  storage_empty_file:
    'Radni prostor {{file}} je prazna datoteka (0 bajtova), možda prekinuta kopija. Ostavljen je kakav jeste: vratite ga iz rezervne kopije ili ga sklonite da biste počeli novi radni prostor.',
  storage_in_use:
    '{{file}} je otvoren u Campaign Desk-u (u aplikaciji ili „campaign-desk serve”). Prvo ga zatvorite ili ga vratite iz Podešavanja u aplikaciji.',
  not_found_person: 'Ne postoji osoba „{{id}}“.',
  not_found_token: 'Ne postoji token pod imenom „{{id}}“.',
  sign_in_failed: 'Osoba ili lozinka nisu ispravni.',
  sign_in_locked: 'Previše neuspešnih prijava za ovu osobu: pokušajte ponovo za {{minutes}} minuta.',
  session_required: 'Prvo se prijavite u ovaj radni prostor (sesija je možda istekla).',
  forbidden_token: 'Token kanala „{{name}}“ ne može {{doing}}.',
  token_invalid: 'Token je nepoznat ili je opozvan.',
  token_wrong_scope: 'Token „{{name}}“ to ne dozvoljava: potreban je opseg {{scope}}.',
  token_name_taken: 'Token pod imenom „{{name}}“ već postoji: prvo ga opozovite ili izaberite drugo ime.',
  token_metric_out_of_scope: 'Token kanala „{{name}}“ ne sme da dodaje merenja za „{{metric}}“.',
  feed_body_type: 'Pošaljite merenja kao text/csv ili application/json.',
  doing: {
    set_passwords: 'postavljati lozinke',
    manage_sessions: 'upravljati sesijama',
    manage_tokens: 'upravljati tokenima kanala',
    read_audit: 'čitati dnevnik revizije',
    import_into_data: 'uvoziti u radni prostor koji sadrži podatke',
    change_settings: 'menjati podešavanja spremnosti',
    define_metrics: 'definisati metrike',
    enter_samples: 'unositi merenja metrika',
    create_campaigns: 'kreirati kampanje',
    edit_campaigns: 'menjati kampanje',
    publish_briefs: 'objavljivati brifove',
    reschedule_campaigns: 'pomerati kampanje',
    cancel_campaigns: 'otkazivati kampanje',
    acknowledge_briefs: 'potvrđivati brifove',
    record_decisions: 'donositi odluke o pokretanju ili zadržavanju',
    define_departments: 'definisati odeljenja',
    define_people: 'definisati osobe',
    back_up_workspace: 'praviti rezervnu kopiju radnog prostora',
  },
  role: { admin: 'administrator', marketing: 'marketing', leadership: 'rukovodstvo', member: 'član' },
};

const exportsStrings: ExportsStrings = {
  calendar: {
    name: 'Campaign Desk',
    nameFor: 'Campaign Desk — {{department}}',
    readiness: 'Spremnost: {{readiness}} (stanje na dan {{at}}, {{zone}})',
  },
  acks: {
    sheet: 'Potvrde',
    campaign: 'Kampanja',
    title: 'Naslov',
    department: 'Odeljenje',
    currentVersion: 'Trenutna verzija',
    state: 'Stanje',
    version: 'Potvrđena verzija',
    by: 'Ko',
    at: 'Kada ({{zone}})',
    stale: 'Poništeno kasnijom izmenom',
    note: 'Napomena',
  },
  ackState: { acknowledged: 'Potvrđeno', concern: 'Primedba', missing: 'Nedostaje' },
  yes: 'Da',
  no: 'Ne',
  readiness: {
    sheet: 'Spremnost',
    campaign: 'Kampanja',
    title: 'Naslov',
    phase: 'Faza',
    readiness: 'Spremnost',
    start: 'Početak ({{zone}})',
    end: 'Kraj ({{zone}})',
    decision: 'Odluka',
    problems: 'Problemi',
    asOf: 'Stanje na dan ({{zone}})',
  },
};

const acksStrings = {
  summary_one: 'Potvrde verzije {{version}}: {{acknowledged}} od {{count}} odeljenja',
  summary_few: 'Potvrde verzije {{version}}: {{acknowledged}} od {{count}} odeljenja',
  summary_other: 'Potvrde verzije {{version}}: {{acknowledged}} od {{count}} odeljenja',
  missing: 'nedostaje: {{names}}',
  concern: 'sa primedbom: {{names}}',
  notPublished: 'Još nije objavljeno: nema šta da se potvrdi',
  none: 'Nijedno odeljenje ne treba da potvrdi',
  earlierConcern: 'Primedba na verziju {{version}}: „{{note}}“ — {{by}}, {{when}}',
};

export default {
  cli: cliStrings,
  common: commonStrings,
  flags: flagsStrings,
  errors: errorsStrings,
  exports: exportsStrings,
  acks: acksStrings,
};
