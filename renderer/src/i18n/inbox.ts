// The department inbox.
const en = {
  title: 'Inbox — {{department}}',
  loading: 'Loading…',
  count_one: 'One brief awaits your department’s acknowledgement',
  count_other: '{{count}} briefs await your department’s acknowledgement',
  overdueCount_one: 'one overdue',
  overdueCount_other: '{{count}} overdue',
  columns: {
    campaign: 'Campaign',
    launch: 'Launch',
    deadline: 'Acknowledge by',
    version: 'Brief',
    action: 'Open',
  },
  changed: 'Changed since you acknowledged — read it again',
  overdue: 'Overdue: was due {{when}}',
  version: 'Version {{version}}',
  published: 'published {{when}}',
  read: 'Read the brief',
  empty: {
    none: 'Nothing awaits {{department}}’s acknowledgement.',
    marketing: 'Marketing publishes the briefs, so it never needs to acknowledge them.',
    hint: 'New briefs appear here when marketing publishes a campaign that involves your department.',
    toCalendar: 'See what is coming on the calendar',
  },
};
// Languages with more plural forms than English add them beside (_few, _many).
type Strings = typeof en & Record<string, unknown>;

const uk: Strings = {
  title: 'Вхідні — {{department}}',
  loading: 'Завантаження…',
  count_one: '{{count}} бриф чекає на підтвердження вашого відділу',
  count_few: '{{count}} брифи чекають на підтвердження вашого відділу',
  count_many: '{{count}} брифів чекають на підтвердження вашого відділу',
  count_other: '{{count}} брифу чекають на підтвердження вашого відділу',
  overdueCount_one: '{{count}} прострочений',
  overdueCount_few: '{{count}} прострочені',
  overdueCount_many: '{{count}} прострочених',
  overdueCount_other: '{{count}} прострочених',
  columns: {
    campaign: 'Кампанія',
    launch: 'Старт',
    deadline: 'Підтвердити до',
    version: 'Бриф',
    action: 'Відкрити',
  },
  changed: 'Змінився після вашого підтвердження — прочитайте знову',
  overdue: 'Прострочено: термін минув {{when}}',
  version: 'Версія {{version}}',
  published: 'опубліковано {{when}}',
  read: 'Читати бриф',
  empty: {
    none: 'Відділ «{{department}}» не має брифів на підтвердження.',
    marketing: 'Маркетинг публікує брифи, тож сам їх ніколи не підтверджує.',
    hint: 'Нові брифи з’являються тут, коли маркетинг публікує кампанію, що стосується вашого відділу.',
    toCalendar: 'Подивитися, що заплановано, у календарі',
  },
};

const ru: Strings = {
  title: 'Входящие — {{department}}',
  loading: 'Загрузка…',
  count_one: '{{count}} бриф ждёт подтверждения вашего отдела',
  count_few: '{{count}} брифа ждут подтверждения вашего отдела',
  count_many: '{{count}} брифов ждут подтверждения вашего отдела',
  count_other: '{{count}} брифа ждут подтверждения вашего отдела',
  overdueCount_one: '{{count}} просрочен',
  overdueCount_few: '{{count}} просрочено',
  overdueCount_many: '{{count}} просрочено',
  overdueCount_other: '{{count}} просрочено',
  columns: {
    campaign: 'Кампания',
    launch: 'Старт',
    deadline: 'Подтвердить до',
    version: 'Бриф',
    action: 'Открыть',
  },
  changed: 'Изменился после вашего подтверждения — прочитайте снова',
  overdue: 'Просрочено: срок истёк {{when}}',
  version: 'Версия {{version}}',
  published: 'опубликовано {{when}}',
  read: 'Читать бриф',
  empty: {
    none: 'У отдела «{{department}}» нет брифов на подтверждение.',
    marketing: 'Маркетинг публикует брифы, поэтому сам их никогда не подтверждает.',
    hint: 'Новые брифы появляются здесь, когда маркетинг публикует кампанию, касающуюся вашего отдела.',
    toCalendar: 'Посмотреть, что запланировано, в календаре',
  },
};

const sv: Strings = {
  title: 'Inkorg — {{department}}',
  loading: 'Läser in…',
  count_one: 'En brief väntar på din avdelnings kvittering',
  count_other: '{{count}} briefer väntar på din avdelnings kvittering',
  overdueCount_one: 'en försenad',
  overdueCount_other: '{{count}} försenade',
  columns: {
    campaign: 'Kampanj',
    launch: 'Lansering',
    deadline: 'Kvittera senast',
    version: 'Brief',
    action: 'Öppna',
  },
  changed: 'Ändrad sedan ni kvitterade — läs den igen',
  overdue: 'Försenad: skulle ha kvitterats {{when}}',
  version: 'Version {{version}}',
  published: 'publicerad {{when}}',
  read: 'Läs briefen',
  empty: {
    none: 'Inget väntar på kvittering från {{department}}.',
    marketing: 'Marknad publicerar briefen och behöver därför aldrig kvittera dem.',
    hint: 'Nya briefer visas här när marknad publicerar en kampanj som berör din avdelning.',
    toCalendar: 'Se vad som är på gång i kalendern',
  },
};

const sr: Strings = {
  title: 'Prijemno — {{department}}',
  loading: 'Učitavanje…',
  count_one: '{{count}} brif čeka potvrdu vašeg odeljenja',
  count_few: '{{count}} brifa čekaju potvrdu vašeg odeljenja',
  count_other: '{{count}} brifova čeka potvrdu vašeg odeljenja',
  overdueCount_one: '{{count}} kasni',
  overdueCount_few: '{{count}} kasne',
  overdueCount_other: '{{count}} kasni',
  columns: {
    campaign: 'Kampanja',
    launch: 'Početak',
    deadline: 'Potvrditi do',
    version: 'Brif',
    action: 'Otvori',
  },
  changed: 'Izmenjen otkako ste potvrdili — pročitajte ponovo',
  overdue: 'Kasni: rok je istekao {{when}}',
  version: 'Verzija {{version}}',
  published: 'objavljeno {{when}}',
  read: 'Pročitaj brif',
  empty: {
    none: 'Ništa ne čeka potvrdu odeljenja {{department}}.',
    marketing: 'Marketing objavljuje brifove, pa ih nikada ne mora potvrđivati.',
    hint: 'Novi brifovi se pojavljuju ovde kada marketing objavi kampanju koja se tiče vašeg odeljenja.',
    toCalendar: 'Pogledajte u kalendaru šta sledi',
  },
};

export const inboxResources = { inbox: { en, uk, ru, sv, sr } };
