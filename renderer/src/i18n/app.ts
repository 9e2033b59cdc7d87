// The frame: navigation, top bar, first start, "Who are you?".
const en = {
  nav: {
    calendar: 'Calendar',
    inbox: 'Inbox',
    readiness: 'Readiness',
    metrics: 'Metrics',
    settings: 'Settings',
  },
  topbar: {
    search: 'Search campaigns',
    embedded: 'On this computer',
    actingAs: 'Acting as',
    switchPerson: 'Switch person',
    chooseYou: 'Who are you?',
    asOf: 'Looking back: as of {{when}}',
    backToNow: 'Back to now',
  },
  who: {
    title: 'Who are you?',
    lead: 'Choose yourself so Campaign Desk shows your department’s work and records your name on what you do.',
    roles: { marketing: 'Marketing', member: 'Department member', leadership: 'Leadership', admin: 'Admin' },
    cancel: 'Cancel',
  },
  empty: {
    title: 'This workspace is empty',
    lead: 'Campaign Desk keeps your campaigns, briefs and metrics in a workspace file on this computer.',
    loadSample: 'Load the sample workspace',
    sampleHint:
      'A sign-making company planning Black Friday while its deliveries slip — a realistic picture to explore.',
    importHint: 'Or import your own workspace from the command line: campaign-desk import workspace.json',
    loading: 'Loading the sample…',
  },
  error: { title: 'Something went wrong', retry: 'Try again' },
  loading: 'Loading…',
  notFound: 'There is nothing here.',
  language: 'Language',
};
type Strings = typeof en;

const uk: Strings = {
  nav: {
    calendar: 'Календар',
    inbox: 'Вхідні',
    readiness: 'Готовність',
    metrics: 'Метрики',
    settings: 'Налаштування',
  },
  topbar: {
    search: 'Пошук кампаній',
    embedded: 'На цьому комп’ютері',
    actingAs: 'Ви дієте як',
    switchPerson: 'Змінити людину',
    chooseYou: 'Хто ви?',
    asOf: 'Погляд у минуле: станом на {{when}}',
    backToNow: 'Повернутися до зараз',
  },
  who: {
    title: 'Хто ви?',
    lead: 'Оберіть себе, щоб Campaign Desk показував роботу вашого відділу й записував ваше ім’я до ваших дій.',
    roles: {
      marketing: 'Маркетинг',
      member: 'Працівник відділу',
      leadership: 'Керівництво',
      admin: 'Адміністратор',
    },
    cancel: 'Скасувати',
  },
  empty: {
    title: 'Робочий простір порожній',
    lead: 'Campaign Desk зберігає кампанії, брифи й метрики у файлі робочого простору на цьому комп’ютері.',
    loadSample: 'Завантажити приклад',
    sampleHint:
      'Виробник вивісок планує Чорну п’ятницю, поки доставка відстає, — реалістична картина для знайомства.',
    importHint: 'Або імпортуйте власний простір з командного рядка: campaign-desk import workspace.json',
    loading: 'Завантаження прикладу…',
  },
  error: { title: 'Щось пішло не так', retry: 'Спробувати ще' },
  loading: 'Завантаження…',
  notFound: 'Тут нічого немає.',
  language: 'Мова',
};

const ru: Strings = {
  nav: {
    calendar: 'Календарь',
    inbox: 'Входящие',
    readiness: 'Готовность',
    metrics: 'Метрики',
    settings: 'Настройки',
  },
  topbar: {
    search: 'Поиск кампаний',
    embedded: 'На этом компьютере',
    actingAs: 'Вы действуете как',
    switchPerson: 'Сменить человека',
    chooseYou: 'Кто вы?',
    asOf: 'Взгляд в прошлое: на {{when}}',
    backToNow: 'Вернуться к текущему',
  },
  who: {
    title: 'Кто вы?',
    lead: 'Выберите себя, чтобы Campaign Desk показывал работу вашего отдела и записывал ваше имя к вашим действиям.',
    roles: {
      marketing: 'Маркетинг',
      member: 'Сотрудник отдела',
      leadership: 'Руководство',
      admin: 'Администратор',
    },
    cancel: 'Отмена',
  },
  empty: {
    title: 'Рабочее пространство пусто',
    lead: 'Campaign Desk хранит кампании, брифы и метрики в файле рабочего пространства на этом компьютере.',
    loadSample: 'Загрузить пример',
    sampleHint:
      'Производитель вывесок планирует Чёрную пятницу, пока доставка отстаёт, — реалистичная картина для знакомства.',
    importHint: 'Или импортируйте своё пространство из командной строки: campaign-desk import workspace.json',
    loading: 'Загрузка примера…',
  },
  error: { title: 'Что-то пошло не так', retry: 'Попробовать снова' },
  loading: 'Загрузка…',
  notFound: 'Здесь ничего нет.',
  language: 'Язык',
};

const sv: Strings = {
  nav: {
    calendar: 'Kalender',
    inbox: 'Inkorg',
    readiness: 'Beredskap',
    metrics: 'Mätvärden',
    settings: 'Inställningar',
  },
  topbar: {
    search: 'Sök kampanjer',
    embedded: 'På den här datorn',
    actingAs: 'Du agerar som',
    switchPerson: 'Byt person',
    chooseYou: 'Vem är du?',
    asOf: 'Tillbakablick: per {{when}}',
    backToNow: 'Tillbaka till nu',
  },
  who: {
    title: 'Vem är du?',
    lead: 'Välj dig själv så att Campaign Desk visar din avdelnings arbete och registrerar ditt namn på det du gör.',
    roles: {
      marketing: 'Marknad',
      member: 'Avdelningsmedlem',
      leadership: 'Ledning',
      admin: 'Administratör',
    },
    cancel: 'Avbryt',
  },
  empty: {
    title: 'Arbetsytan är tom',
    lead: 'Campaign Desk sparar kampanjer, briefer och mätvärden i en arbetsytefil på den här datorn.',
    loadSample: 'Läs in exempelarbetsytan',
    sampleHint:
      'Ett skyltföretag planerar Black Friday medan leveranserna halkar efter — en realistisk bild att utforska.',
    importHint: 'Eller importera din egen arbetsyta från kommandoraden: campaign-desk import workspace.json',
    loading: 'Läser in exemplet…',
  },
  error: { title: 'Något gick fel', retry: 'Försök igen' },
  loading: 'Läser in…',
  notFound: 'Här finns ingenting.',
  language: 'Språk',
};

const sr: Strings = {
  nav: {
    calendar: 'Kalendar',
    inbox: 'Prijemno',
    readiness: 'Spremnost',
    metrics: 'Metrike',
    settings: 'Podešavanja',
  },
  topbar: {
    search: 'Pretraga kampanja',
    embedded: 'Na ovom računaru',
    actingAs: 'Radite kao',
    switchPerson: 'Promeni osobu',
    chooseYou: 'Ko ste vi?',
    asOf: 'Pogled unazad: stanje na {{when}}',
    backToNow: 'Nazad na sada',
  },
  who: {
    title: 'Ko ste vi?',
    lead: 'Izaberite sebe kako bi Campaign Desk prikazao rad vašeg odeljenja i beležio vaše ime uz ono što radite.',
    roles: {
      marketing: 'Marketing',
      member: 'Član odeljenja',
      leadership: 'Rukovodstvo',
      admin: 'Administrator',
    },
    cancel: 'Otkaži',
  },
  empty: {
    title: 'Radni prostor je prazan',
    lead: 'Campaign Desk čuva kampanje, brifove i metrike u datoteci radnog prostora na ovom računaru.',
    loadSample: 'Učitaj primer radnog prostora',
    sampleHint:
      'Firma za izradu reklama planira Crni petak dok isporuke kasne — realna slika za istraživanje.',
    importHint: 'Ili uvezite sopstveni radni prostor iz komandne linije: campaign-desk import workspace.json',
    loading: 'Učitavanje primera…',
  },
  error: { title: 'Nešto nije u redu', retry: 'Pokušaj ponovo' },
  loading: 'Učitavanje…',
  notFound: 'Ovde nema ničega.',
  language: 'Jezik',
};

export const appResources = { app: { en, uk, ru, sv, sr } };
