// The shared namespaces in this language, apart from English (the fallback, beside each namespace).
import type { Strings as CliStrings } from '../cli.ts';
import type { FlagStrings as FlagsStrings } from '../flags.ts';
import type { ErrorStrings as ErrorsStrings } from '../errors.ts';
import type { Strings as ExportsStrings } from '../exports.ts';

const cliStrings: CliStrings = {
  readinessAt: 'Готовность на {{at}} — кампаний: {{count}}',
  header: { campaign: 'Кампания', phase: 'Фаза', readiness: 'Готовность', start: 'Начало' },
  noCampaigns: 'В этом окне нет текущих, запланированных или запущенных во время сбоя кампаний.',
  added: 'Добавлено измерений из {{file}}: {{imported}}',
  corrected: 'исправлено: {{count}}',
  present: 'уже были: {{count}}',
  more: '… и ещё {{count}}',
  badRows: 'ошибочных строк: {{count}}; ничего не импортировано.',
};

const commonStrings = {
  readiness: {
    ready: 'Готово',
    at_risk: 'Под угрозой',
    not_ready: 'Не готово',
    ready_by_decision: 'Готово по решению',
    ended: 'Завершено',
    ended_failing: 'Запущено во время сбоя',
  },
  phase: { upcoming: 'Запланировано', live: 'Идёт', ended: 'Завершено' },
  status: { draft: 'Черновик', published: 'Опубликовано', cancelled: 'Отменено' },
  metricStatus: { ok: 'Норма', at_risk: 'Под угрозой', failing: 'Сбой', stale: 'Нет свежих данных' },
  decision: { go: 'ЗАПУСК', hold: 'ПАУЗА' },
  decisionBy: '{{decision}}: {{by}}, до {{expires}}',
  decisionByOpen: '{{decision}}: {{by}}',
  onHold: 'Приостановлено',
  holdBy: 'Приостановлено — {{by}}, до {{expires}}',
  holdByOpen: 'Приостановлено — {{by}}',
};

const flagsStrings: FlagsStrings = {
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

const errorsStrings: ErrorsStrings = {
  forbidden_anonymous: 'Сначала выберите, кто вы, чтобы {{doing}}.',
  forbidden_role: '{{name}} не может {{doing}}: для этого нужна роль «{{role}}».',
  forbidden_ask_admin:
    '{{name}} не может {{doing}}: для этого нужна роль администратора — обратитесь к администратору рабочего пространства.',
  forbidden_role_either: '{{name}} не может {{doing}}: для этого нужна роль «{{role}}» или «{{other}}».',
  not_found_campaign: 'Кампании «{{id}}» не существует.',
  not_found_department: 'Отдела «{{id}}» не существует.',
  not_found_metric: 'Метрики «{{id}}» не существует.',
  document_invalid: 'документ недействителен',
  document_problem: '{{path}}: {{problem}}',
  document_problem_and_one: '{{path}}: {{problem}} (и ещё 1 проблема)',
  document_problem_and_more: '{{path}}: {{problem}} (и ещё проблем: {{more}})',
  sample_needs_empty: 'Образец рабочего пространства можно загрузить только в пустое рабочее пространство.',
  samples_not_owner:
    '{{name}} не может вводить замеры «{{metric}}»: метрика принадлежит отделу {{department}}.',
  cancelled_no_edit: '«{{title}}» отменена, и её больше нельзя редактировать.',
  cancelled_no_publish: '«{{title}}» отменена, и её нельзя опубликовать.',
  cancelled_no_move: '«{{title}}» отменена, и её нельзя перенести.',
  nothing_changed: 'С последней опубликованной версии ничего не изменилось.',
  acknowledge_own_department: '{{name}} может подтверждать только за свой отдел.',
  concern_needs_note: 'К сомнению нужна заметка: что именно беспокоит ваш отдел.',
  nothing_to_acknowledge: 'У «{{title}}» нет опубликованного брифа для подтверждения.',
  department_not_asked: '«{{title}}» не просит отдел {{department}} подтверждать.',
  ack_version_stale:
    'Версия {{version}} «{{title}}» опубликована после того, как вы прочитали версию {{read}}: обновите страницу, прочитайте её, затем подтверждайте.',
  campaign_changed:
    '«{{title}}» изменил(а) {{name}} в {{at}}, уже после того, как вы её открыли: обновите страницу, чтобы увидеть изменение, и попробуйте ещё раз.',
  campaign_changed_by_system:
    '«{{title}}» изменена из командной строки или импортом в {{at}}, уже после того, как вы её открыли: обновите страницу, чтобы увидеть изменение, и попробуйте ещё раз.',
  campaign_revision_unknown:
    'У «{{title}}» ревизия {{revision}}, а не та, которую вы отправили: обновите страницу и попробуйте ещё раз.',
  import_changes_published_version:
    '{{path}}: версия {{version}} «{{campaign}}» уже опубликована с другим содержанием; опубликованную версию никогда не меняют.',
  decision_already_expired: 'Решение уже истекло бы: выберите срок действия в будущем.',
  decision_not_applicable:
    'Решения относятся к опубликованным кампаниям, которые идут или впереди; «{{title}}» не такая.',
  ends_before_start: 'Кампания заканчивается раньше, чем начинается: выберите конец после начала.',
  nobody_with_role: 'В рабочем пространстве нет никого с ролью «{{role}}».',
  nobody_in_department: 'В отделе {{department}} нет никого, от чьего имени можно подтвердить.',
  csv_unclosed_quote: 'файл не является корректным CSV: кавычка, открытая здесь, нигде не закрыта',
  csv_bad_header: 'строка заголовка должна называть столбцы metric, at и value',
  csv_empty: 'файл пуст; ожидалась строка заголовка «metric,at,value»',
  csv_unknown_metric: 'неизвестная метрика «{{metric}}»',
  csv_metric_missing: 'метрика не указана',
  csv_bad_instant:
    '«{{text}}» — не дата и время (напр. 2026-11-27T08:00:00Z или 27.11.2026 08:00 в часовом поясе рабочего пространства)',
  csv_bad_number: 'значение «{{text}}» — не число',
  csv_source_too_long: 'источник длиннее {{max}} символов',
  csv_instant_out_of_range: '«{{text}}» вне лет 1000–9999: запишите год четырьмя цифрами',
  file_encoding_invalid:
    'файл начинается как {{encoding}}, но не является корректным {{encoding}}; ничего не импортировано',
  file_encoding_unsure:
    'файл не в UTF-8 и может быть в кодировке {{candidates}}; сохраните его как CSV UTF-8 и импортируйте снова',
  xlsx_unreadable: 'файл не является читаемой книгой .xlsx; ничего не импортировано',
  file_bad_base64: 'файл отправлен не в base64',
  request_too_large:
    'Запрос больше {{limit}} МиБ. Отправляйте меньше за раз; большие CSV-файлы можно импортировать командой «campaign-desk metrics import».',
  request_not_json: 'Тело запроса — не корректный JSON.',
  request_nul_character:
    'Текст в запросе содержит символ NUL (U+0000), который рабочее пространство не может сохранить.',
  request_too_deep: 'Запрос вкладывает списки и объекты глубже чем на {{max}} уровней.',
  request_bad_address: 'Адрес «{{path}}» некорректен: после «%» должны идти две шестнадцатеричные цифры.',
  too_many_streams:
    'Слишком много открытых потоков изменений ({{limit}}): закройте другие окна Campaign Desk и попробуйте снова.',
  workspace_not_empty:
    'Рабочее пространство уже содержит данные: настроить его можно, только пока оно пустое.',
  backup_use_pg_dump:
    'Резервную копию рабочего пространства PostgreSQL делайте с помощью pg_dump: {{command}}',
  last_admin:
    '{{name}} — последний администратор: сначала дайте роль администратора кому-то другому, чтобы никто не потерял доступ.',
  department_name_taken: 'Отдел с названием «{{name}}» уже есть ({{key}}): выберите другое название.',
  marketing_not_archived: 'Отдел «{{department}}» ведёт каждую кампанию, и его нельзя перенести в архив.',
  department_archived: 'Отдел «{{department}}» в архиве: выберите действующий отдел.',
  storage_disk_full:
    'Диск с рабочим пространством {{file}} заполнен: ничего не сохранено. Освободите место и попробуйте ещё раз.',
  storage_read_only:
    'Рабочее пространство {{file}} доступно только для чтения: его можно просматривать и экспортировать, но изменения не сохранить. Скопируйте его в папку с правом записи или попросите доступ на запись.',
  storage_corrupt:
    'Рабочее пространство {{file}} повреждено: это не читаемая база данных Campaign Desk. Ничего не изменено; восстановите его из резервной копии.',
  storage_empty_file:
    'Рабочее пространство {{file}} — пустой файл (0 байт), возможно, оборванная копия. Он оставлен как есть: восстановите его из резервной копии или переместите, чтобы начать новое рабочее пространство.',
  storage_in_use:
    '{{file}} открыто в Campaign Desk (в приложении или «campaign-desk serve»). Сначала закройте его или восстановите из настроек в приложении.',
  not_found_person: 'Нет человека «{{id}}».',
  not_found_token: 'Нет токена с именем «{{id}}».',
  sign_in_failed: 'Неверный человек или пароль.',
  sign_in_locked:
    'Слишком много неудачных попыток входа для этого человека: попробуйте снова через {{minutes}} мин.',
  session_required: 'Сначала войдите в это рабочее пространство (возможно, ваш сеанс завершился).',
  forbidden_token: 'Токен канала «{{name}}» не может {{doing}}.',
  token_invalid: 'Токен неизвестен или отозван.',
  token_wrong_scope: 'Токен «{{name}}» этого не позволяет: нужна область {{scope}}.',
  token_name_taken: 'Токен с именем «{{name}}» уже существует: сначала отзовите его или выберите другое имя.',
  token_metric_out_of_scope: 'Токен канала «{{name}}» не может добавлять замеры «{{metric}}».',
  feed_body_type: 'Отправляйте замеры как text/csv или application/json.',
  doing: {
    set_passwords: 'задавать пароли',
    manage_sessions: 'управлять сеансами',
    manage_tokens: 'управлять токенами каналов',
    read_audit: 'просматривать журнал аудита',
    import_into_data: 'импортировать в рабочее пространство с данными',
    change_settings: 'менять настройки готовности',
    define_metrics: 'определять метрики',
    enter_samples: 'вводить замеры метрик',
    create_campaigns: 'создавать кампании',
    edit_campaigns: 'редактировать кампании',
    publish_briefs: 'публиковать брифы',
    reschedule_campaigns: 'переносить кампании',
    cancel_campaigns: 'отменять кампании',
    acknowledge_briefs: 'подтверждать брифы',
    record_decisions: 'принимать решения о запуске или паузе',
    define_departments: 'определять отделы',
    define_people: 'определять людей',
    back_up_workspace: 'создавать резервную копию рабочего пространства',
  },
  role: { admin: 'администратор', marketing: 'маркетинг', leadership: 'руководство', member: 'участник' },
};

const exportsStrings: ExportsStrings = {
  calendar: {
    name: 'Campaign Desk',
    nameFor: 'Campaign Desk — {{department}}',
    readiness: 'Готовность: {{readiness}} (по состоянию на {{at}}, {{zone}})',
  },
  acks: {
    sheet: 'Подтверждения',
    campaign: 'Кампания',
    title: 'Название',
    department: 'Отдел',
    currentVersion: 'Текущая версия',
    state: 'Состояние',
    version: 'Подтверждённая версия',
    by: 'Кто',
    at: 'Когда ({{zone}})',
    stale: 'Отменено более поздним изменением',
    note: 'Примечание',
  },
  ackState: { acknowledged: 'Подтверждено', concern: 'Сомнение', missing: 'Нет' },
  yes: 'Да',
  no: 'Нет',
  readiness: {
    sheet: 'Готовность',
    campaign: 'Кампания',
    title: 'Название',
    phase: 'Фаза',
    readiness: 'Готовность',
    start: 'Начало ({{zone}})',
    end: 'Конец ({{zone}})',
    decision: 'Решение',
    problems: 'Проблемы',
    asOf: 'По состоянию на ({{zone}})',
  },
};

const acksStrings = {
  summary_one: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отдела',
  summary_few: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отделов',
  summary_many: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отделов',
  summary_other: 'Подтверждения версии {{version}}: {{acknowledged}} из {{count}} отдела',
  missing: 'нет подтверждения: {{names}}',
  concern: 'с замечанием: {{names}}',
  notPublished: 'Ещё не опубликовано: подтверждать нечего',
  none: 'Ни одному отделу не нужно подтверждать',
  earlierConcern: 'Замечание к версии {{version}}: «{{note}}» — {{by}}, {{when}}',
};

export default {
  cli: cliStrings,
  common: commonStrings,
  flags: flagsStrings,
  errors: errorsStrings,
  exports: exportsStrings,
  acks: acksStrings,
};
