// The shared namespaces in this language, apart from English (the fallback, beside each namespace).
import type { Strings as CliStrings } from '../cli.ts';
import type { FlagStrings as FlagsStrings } from '../flags.ts';
import type { ErrorStrings as ErrorsStrings } from '../errors.ts';
import type { Strings as ExportsStrings } from '../exports.ts';

const cliStrings: CliStrings = {
  readinessAt: 'Готовність на {{at}} — кампаній: {{count}}',
  header: { campaign: 'Кампанія', phase: 'Фаза', readiness: 'Готовність', start: 'Початок' },
  noCampaigns: 'У цьому вікні немає поточних, запланованих чи запущених під час збою кампаній.',
  added: 'Додано вимірів із {{file}}: {{imported}}',
  corrected: 'виправлено: {{count}}',
  present: 'уже були: {{count}}',
  more: '… і ще {{count}}',
  badRows: 'хибних рядків: {{count}}; нічого не імпортовано.',
};

const commonStrings = {
  readiness: {
    ready: 'Готово',
    at_risk: 'Під ризиком',
    not_ready: 'Не готово',
    ready_by_decision: 'Готово за рішенням',
    ended: 'Завершено',
    ended_failing: 'Запущено під час збою',
  },
  phase: { upcoming: 'Заплановано', live: 'Триває', ended: 'Завершено' },
  status: { draft: 'Чернетка', published: 'Опубліковано', cancelled: 'Скасовано' },
  metricStatus: { ok: 'Норма', at_risk: 'Під ризиком', failing: 'Збій', stale: 'Немає свіжих даних' },
  decision: { go: 'ЗАПУСК', hold: 'ПАУЗА' },
  decisionBy: '{{decision}}: {{by}}, до {{expires}}',
  decisionByOpen: '{{decision}}: {{by}}',
  onHold: 'Притримано',
  holdBy: 'Притримано — {{by}}, до {{expires}}',
  holdByOpen: 'Притримано — {{by}}',
};

const flagsStrings: FlagsStrings = {
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

const errorsStrings: ErrorsStrings = {
  forbidden_anonymous: 'Спершу оберіть, хто ви, щоб {{doing}}.',
  forbidden_role: '{{name}} не може {{doing}}: для цього потрібна роль «{{role}}».',
  forbidden_ask_admin:
    '{{name}} не може {{doing}}: для цього потрібна роль адміністратора — зверніться до адміністратора робочого простору.',
  forbidden_role_either: '{{name}} не може {{doing}}: для цього потрібна роль «{{role}}» або «{{other}}».',
  not_found_campaign: 'Кампанії «{{id}}» не існує.',
  not_found_department: 'Відділу «{{id}}» не існує.',
  not_found_metric: 'Метрики «{{id}}» не існує.',
  document_invalid: 'документ недійсний',
  document_problem: '{{path}}: {{problem}}',
  document_problem_and_one: '{{path}}: {{problem}} (і ще 1 проблема)',
  document_problem_and_more: '{{path}}: {{problem}} (і ще проблем: {{more}})',
  sample_needs_empty: 'Зразковий робочий простір можна завантажити лише в порожній робочий простір.',
  samples_not_owner: '{{name}} не може вводити виміри «{{metric}}»: метрика належить відділу {{department}}.',
  cancelled_no_edit: '«{{title}}» скасовано, і її більше не можна редагувати.',
  cancelled_no_publish: '«{{title}}» скасовано, і її не можна опублікувати.',
  cancelled_no_move: '«{{title}}» скасовано, і її не можна перенести.',
  nothing_changed: 'Від останньої опублікованої версії нічого не змінилося.',
  acknowledge_own_department: '{{name}} може підтверджувати лише за свій відділ.',
  concern_needs_note: 'До застереження потрібна примітка: що саме турбує ваш відділ.',
  nothing_to_acknowledge: '«{{title}}» не має опублікованого брифу для підтвердження.',
  department_not_asked: '«{{title}}» не просить відділ {{department}} підтверджувати.',
  ack_version_stale:
    'Версію {{version}} «{{title}}» опубліковано після того, як ви прочитали версію {{read}}: оновіть сторінку, прочитайте її, тоді підтверджуйте.',
  campaign_changed:
    '«{{title}}» змінив(ла) {{name}} о {{at}}, уже після того, як ви її відкрили: оновіть сторінку, щоб побачити зміну, і спробуйте ще раз.',
  campaign_changed_by_system:
    '«{{title}}» змінено з командного рядка або імпортом о {{at}}, уже після того, як ви її відкрили: оновіть сторінку, щоб побачити зміну, і спробуйте ще раз.',
  campaign_revision_unknown:
    '«{{title}}» має ревізію {{revision}}, а не ту, яку ви надіслали: оновіть сторінку і спробуйте ще раз.',
  import_changes_published_version:
    '{{path}}: версію {{version}} «{{campaign}}» уже опубліковано з іншим змістом; опубліковану версію ніколи не змінюють.',
  decision_already_expired: 'Рішення вже втратило б чинність: оберіть термін дії в майбутньому.',
  decision_not_applicable:
    'Рішення стосуються опублікованих кампаній, що тривають або попереду; «{{title}}» не така.',
  ends_before_start: 'Кампанія закінчується раніше, ніж починається: оберіть кінець після початку.',
  nobody_with_role: 'У робочому просторі немає нікого з роллю «{{role}}».',
  nobody_in_department: 'У відділі {{department}} немає нікого, від чийого імені можна підтвердити.',
  csv_unclosed_quote: 'файл не є коректним CSV: лапки, що відкриваються тут, ніде не закриваються',
  csv_bad_header: 'рядок заголовка має називати стовпці metric, at і value',
  csv_empty: 'файл порожній; очікувався рядок заголовка «metric,at,value»',
  csv_unknown_metric: 'невідома метрика «{{metric}}»',
  csv_metric_missing: 'метрику не вказано',
  csv_bad_instant:
    '«{{text}}» — не дата й час (напр. 2026-11-27T08:00:00Z або 27.11.2026 08:00 у часовому поясі робочого простору)',
  csv_bad_number: 'значення «{{text}}» — не число',
  csv_source_too_long: 'джерело довше за {{max}} символів',
  csv_instant_out_of_range: '«{{text}}» поза роками 1000–9999: запишіть рік чотирма цифрами',
  file_encoding_invalid:
    'файл починається як {{encoding}}, але не є коректним {{encoding}}; нічого не імпортовано',
  file_encoding_unsure:
    'файл не в UTF-8 і може бути в кодуванні {{candidates}}; збережіть його як CSV UTF-8 та імпортуйте знову',
  xlsx_unreadable: 'файл не є книгою .xlsx, яку можна прочитати; нічого не імпортовано',
  file_bad_base64: 'файл надіслано не в base64',
  request_too_large:
    'Запит більший за {{limit}} МіБ. Надсилайте менше за раз; великі CSV-файли можна імпортувати командою «campaign-desk metrics import».',
  request_not_json: 'Тіло запиту — не коректний JSON.',
  request_nul_character: 'Текст у запиті містить символ NUL (U+0000), який робочий простір не може зберегти.',
  request_too_deep: 'Запит вкладає списки й об’єкти глибше ніж на {{max}} рівнів.',
  request_bad_address: 'Адреса «{{path}}» некоректна: після «%» мають іти дві шістнадцяткові цифри.',
  too_many_streams:
    'Забагато відкритих потоків змін ({{limit}}): закрийте інші вікна Campaign Desk і спробуйте ще раз.',
  workspace_not_empty: 'Робочий простір уже містить дані: налаштувати його можна, лише поки він порожній.',
  backup_use_pg_dump: 'Резервну копію робочого простору PostgreSQL робіть за допомогою pg_dump: {{command}}',
  last_admin:
    '{{name}} — останній адміністратор: спершу надайте роль адміністратора комусь іншому, щоб ніхто не втратив доступ.',
  department_name_taken: 'Відділ із назвою «{{name}}» уже є ({{key}}): виберіть іншу назву.',
  marketing_not_archived: 'Відділ «{{department}}» веде кожну кампанію, і його не можна архівувати.',
  department_archived: 'Відділ «{{department}}» архівовано: виберіть відділ, який ще діє.',
  storage_disk_full:
    'Диск із робочим простором {{file}} заповнений: нічого не збережено. Звільніть місце й спробуйте ще раз.',
  storage_read_only:
    'Робочий простір {{file}} доступний лише для читання: його можна переглядати й експортувати, але зміни не зберегти. Скопіюйте його в теку з правом запису або попросіть доступ на запис.',
  storage_corrupt:
    'Робочий простір {{file}} пошкоджено: це не читабельна база даних Campaign Desk. Нічого не змінено; відновіть його з резервної копії.',
  storage_empty_file:
    'Робочий простір {{file}} — порожній файл (0 байтів), можливо, обірвана копія. Його залишено як є: відновіть його з резервної копії або перемістіть, щоб почати новий робочий простір.',
  storage_in_use:
    '{{file}} відкрито в Campaign Desk (у застосунку або «campaign-desk serve»). Спершу закрийте його або відновіть із налаштувань у застосунку.',
  not_found_person: 'Немає особи «{{id}}».',
  not_found_token: 'Немає токена з назвою «{{id}}».',
  sign_in_failed: 'Неправильна особа або пароль.',
  sign_in_locked: 'Забагато невдалих спроб входу для цієї особи: спробуйте знову через {{minutes}} хв.',
  session_required: 'Спершу увійдіть до цього робочого простору (можливо, ваш сеанс завершився).',
  forbidden_token: 'Токен каналу «{{name}}» не може {{doing}}.',
  token_invalid: 'Токен невідомий або відкликаний.',
  token_wrong_scope: 'Токен «{{name}}» цього не дозволяє: потрібна область {{scope}}.',
  token_name_taken: 'Токен з назвою «{{name}}» уже існує: спершу відкличте його або виберіть іншу назву.',
  token_metric_out_of_scope: 'Токен каналу «{{name}}» не може додавати виміри «{{metric}}».',
  feed_body_type: 'Надсилайте виміри як text/csv або application/json.',
  doing: {
    set_passwords: 'встановлювати паролі',
    manage_sessions: 'керувати сеансами',
    manage_tokens: 'керувати токенами каналів',
    read_audit: 'переглядати журнал аудиту',
    import_into_data: 'імпортувати в робочий простір, що містить дані',
    change_settings: 'змінювати налаштування готовності',
    define_metrics: 'визначати метрики',
    enter_samples: 'вводити виміри метрик',
    create_campaigns: 'створювати кампанії',
    edit_campaigns: 'редагувати кампанії',
    publish_briefs: 'публікувати брифи',
    reschedule_campaigns: 'переносити кампанії',
    cancel_campaigns: 'скасовувати кампанії',
    acknowledge_briefs: 'підтверджувати брифи',
    record_decisions: 'ухвалювати рішення про запуск або паузу',
    define_departments: 'визначати відділи',
    define_people: 'визначати людей',
    back_up_workspace: 'створювати резервну копію робочого простору',
  },
  role: { admin: 'адміністратор', marketing: 'маркетинг', leadership: 'керівництво', member: 'учасник' },
};

const exportsStrings: ExportsStrings = {
  calendar: {
    name: 'Campaign Desk',
    nameFor: 'Campaign Desk — {{department}}',
    readiness: 'Готовність: {{readiness}} (станом на {{at}}, {{zone}})',
  },
  acks: {
    sheet: 'Підтвердження',
    campaign: 'Кампанія',
    title: 'Назва',
    department: 'Відділ',
    currentVersion: 'Поточна версія',
    state: 'Стан',
    version: 'Підтверджена версія',
    by: 'Хто',
    at: 'Коли ({{zone}})',
    stale: 'Скасовано пізнішою зміною',
    note: 'Примітка',
  },
  ackState: { acknowledged: 'Підтверджено', concern: 'Застереження', missing: 'Немає' },
  yes: 'Так',
  no: 'Ні',
  readiness: {
    sheet: 'Готовність',
    campaign: 'Кампанія',
    title: 'Назва',
    phase: 'Фаза',
    readiness: 'Готовність',
    start: 'Початок ({{zone}})',
    end: 'Кінець ({{zone}})',
    decision: 'Рішення',
    problems: 'Проблеми',
    asOf: 'Станом на ({{zone}})',
  },
};

const acksStrings = {
  summary_one: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділу',
  summary_few: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділів',
  summary_many: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділів',
  summary_other: 'Підтвердження версії {{version}}: {{acknowledged}} з {{count}} відділу',
  missing: 'бракує: {{names}}',
  concern: 'із застереженням: {{names}}',
  notPublished: 'Ще не опубліковано: нічого підтверджувати',
  none: 'Жодному відділу не треба підтверджувати',
  earlierConcern: 'Застереження до версії {{version}}: «{{note}}» — {{by}}, {{when}}',
};

export default {
  cli: cliStrings,
  common: commonStrings,
  flags: flagsStrings,
  errors: errorsStrings,
  exports: exportsStrings,
  acks: acksStrings,
};
