// Errors the services raise, as message keys with {{params}}. The English text of
// every ApiError and CSV row reason is built from `en` here, so the words live in
// one place; front ends translate the key instead of showing the English message.
// No i18next here: services build messages with plain {{x}} substitution.
const en = {
  forbidden_anonymous: 'Choose who you are before you {{doing}}.',
  forbidden_role: '{{name}} cannot {{doing}}: that needs the {{role}} role.',
  forbidden_role_either: '{{name}} cannot {{doing}}: that needs the {{role}} or {{other}} role.',
  not_found_campaign: 'There is no campaign "{{id}}".',
  not_found_department: 'There is no department "{{id}}".',
  not_found_metric: 'There is no metric "{{id}}".',
  document_invalid: 'the document is not valid',
  document_problem: '{{path}}: {{problem}}',
  document_problem_and_one: '{{path}}: {{problem}} (and 1 more problem)',
  document_problem_and_more: '{{path}}: {{problem}} (and {{more}} more problems)',
  sample_needs_empty: 'The sample workspace can only be loaded into an empty workspace.',
  samples_not_owner:
    '{{name}} cannot enter samples of "{{metric}}": it belongs to the {{department}} department.',
  cancelled_no_edit: '"{{title}}" is cancelled and can no longer be edited.',
  cancelled_no_publish: '"{{title}}" is cancelled and cannot be published.',
  cancelled_no_move: '"{{title}}" is cancelled and cannot be moved.',
  nothing_changed: 'Nothing has changed since the last published version.',
  acknowledge_own_department: '{{name}} can acknowledge only for their own department.',
  concern_needs_note: 'A concern needs a note saying what worries your department.',
  nothing_to_acknowledge: '"{{title}}" has no published brief to acknowledge.',
  department_not_asked: '"{{title}}" does not ask the {{department}} department to acknowledge.',
  ack_version_stale:
    'Version {{version}} of "{{title}}" has been published since you read version {{read}}: reload to read it, then acknowledge.',
  campaign_changed:
    '"{{title}}" was changed by {{name}} at {{at}} after you opened it: reload to see the change, then try again.',
  campaign_changed_by_system:
    '"{{title}}" was changed by the command line or an import at {{at}} after you opened it: reload to see the change, then try again.',
  campaign_revision_unknown:
    '"{{title}}" is at revision {{revision}}, not the one you sent: reload it, then try again.',
  import_changes_published_version:
    '{{path}}: version {{version}} of "{{campaign}}" is already published with other content; a published version is never changed.',
  decision_already_expired: 'The decision would already have expired: choose an expiry in the future.',
  decision_not_applicable:
    'Decisions apply to published campaigns that are live or upcoming; "{{title}}" is not.',
  ends_before_start: 'The campaign ends before it starts: choose an end after the start.',
  nobody_with_role: 'The workspace has nobody with the {{role}} role.',
  nobody_in_department: 'The {{department}} department has nobody to acknowledge as.',
  csv_unclosed_quote: 'the file is not valid CSV: a quoted value that starts here is never closed',
  csv_bad_header: 'the header row must name the columns metric, at and value',
  csv_empty: 'the file is empty; expected a header row "metric,at,value"',
  csv_unknown_metric: 'unknown metric "{{metric}}"',
  csv_metric_missing: 'the metric is missing',
  csv_bad_instant:
    '"{{text}}" is not a date and time (e.g. 2026-11-27T08:00:00Z, or 27.11.2026 08:00 in the workspace time zone)',
  csv_bad_number: 'value "{{text}}" is not a number',
  csv_source_too_long: 'the source is longer than {{max}} characters',
  csv_instant_out_of_range: '"{{text}}" lies outside the years 1000–9999: write the year with four digits',
  file_encoding_invalid: 'the file starts as {{encoding}} but is not valid {{encoding}}; nothing imported',
  file_encoding_unsure:
    'the file is not UTF-8 and could be {{candidates}}; save it as CSV UTF-8 and import it again',
  xlsx_unreadable: 'the file is not a workbook that can be read (.xlsx); nothing imported',
  file_bad_base64: 'the file was not sent as base64',
  request_too_large:
    'The request is larger than {{limit}} MiB. Send less at once; large CSV files can be imported with "campaign-desk metrics import".',
  request_not_json: 'The request body is not valid JSON.',
  request_nul_character:
    'Text in the request contains the NUL character (U+0000), which a workspace cannot store.',
  request_too_deep: 'The request nests lists and objects more than {{max}} levels deep.',
  request_bad_address:
    'The address "{{path}}" is not valid: a "%" must be followed by two hexadecimal digits.',
  too_many_streams:
    'Too many open change streams ({{limit}}): close other Campaign Desk windows and try again.',
  workspace_not_empty: 'The workspace already holds data: it can be set up only while it is empty.',
  backup_use_pg_dump: 'Back up a PostgreSQL workspace with pg_dump: {{command}}',
  last_admin: '{{name}} is the last admin: give someone else the admin role first, so nobody is locked out.',
  storage_disk_full:
    'The disk holding the workspace {{file}} is full: nothing was saved. Free some space and try again.',
  storage_read_only:
    'The workspace {{file}} is read-only: it can be read and exported, but changes cannot be saved. Copy it to a folder you can write to, or ask for write access.',
  storage_corrupt:
    'The workspace {{file}} is damaged: it is not a readable Campaign Desk database. Nothing was changed; restore it from a backup.',
  storage_empty_file:
    'The workspace {{file}} is an empty (0-byte) file, perhaps a copy cut short. It was left as it is: restore it from a backup, or move it aside to start a new workspace.',
  storage_in_use:
    '{{file}} is open in Campaign Desk (the desktop app or "campaign-desk serve"). Close it first, or restore from Settings in the app.',
  /** Words a {{doing}} param names (see WORD_PARAMS). */
  doing: {
    import_into_data: 'import into a workspace that holds data',
    change_settings: 'change the readiness settings',
    define_metrics: 'define metrics',
    enter_samples: 'enter metric samples',
    create_campaigns: 'create campaigns',
    edit_campaigns: 'edit campaigns',
    publish_briefs: 'publish briefs',
    reschedule_campaigns: 'reschedule campaigns',
    cancel_campaigns: 'cancel campaigns',
    acknowledge_briefs: 'acknowledge briefs',
    record_decisions: 'record go/hold decisions',
    define_departments: 'define departments',
    define_people: 'define people',
    back_up_workspace: 'back up the workspace',
  },
  /** Words a {{role}} / {{other}} param names. */
  role: { admin: 'admin', marketing: 'marketing', leadership: 'leadership', member: 'member' },
};

export type ErrorStrings = typeof en;
export type ErrorKey = Exclude<keyof ErrorStrings, 'doing' | 'role'>;
export type Doing = keyof ErrorStrings['doing'];
export type ErrorParams = Record<string, string | number>;

/** One translatable reason: a key of the `errors` namespace and its params. */
export interface ErrorReason {
  key: ErrorKey;
  params?: ErrorParams;
}

const uk: ErrorStrings = {
  forbidden_anonymous: 'Спершу оберіть, хто ви, щоб {{doing}}.',
  forbidden_role: '{{name}} не може {{doing}}: для цього потрібна роль «{{role}}».',
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
  doing: {
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

const ru: ErrorStrings = {
  forbidden_anonymous: 'Сначала выберите, кто вы, чтобы {{doing}}.',
  forbidden_role: '{{name}} не может {{doing}}: для этого нужна роль «{{role}}».',
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
  doing: {
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

const sv: ErrorStrings = {
  forbidden_anonymous: 'Välj vem du är för att {{doing}}.',
  forbidden_role: '{{name}} kan inte {{doing}}: det kräver rollen {{role}}.',
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
  doing: {
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

const sr: ErrorStrings = {
  forbidden_anonymous: 'Najpre izaberite ko ste da biste mogli {{doing}}.',
  forbidden_role: '{{name}} ne može {{doing}}: za to je potrebna uloga „{{role}}“.',
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
  doing: {
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

export const errorResources = { errors: { en, uk, ru, sv, sr } };

/** Params whose value names a word of a group (an action, a role), translated before substitution. */
const WORD_PARAMS: Record<string, 'doing' | 'role'> = { doing: 'doing', role: 'role', other: 'role' };

/** Replaces word params by their text; `word(path)` looks up e.g. "doing.create_campaigns". */
export function resolveWordParams(params: ErrorParams, word: (path: string) => string): ErrorParams {
  const out: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    const group = WORD_PARAMS[name];
    out[name] = group ? word(`${group}.${value}`) : value;
  }
  return out;
}

export function fillTemplate(template: string, params: ErrorParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : all,
  );
}

function englishWord(path: string): string {
  const [group, name] = path.split('.') as ['doing' | 'role', string];
  return (en[group] as Record<string, string>)[name] ?? name;
}

/** The English text of an error key: what the CLI prints and what `ApiError.message` holds. */
export function englishMessage(key: ErrorKey, params: ErrorParams = {}): string {
  return fillTemplate(en[key], resolveWordParams(params, englishWord));
}
