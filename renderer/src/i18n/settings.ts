// Settings: readiness rules, language, the workspace, departments and people.
const en = {
  title: 'Settings',
  readiness: {
    title: 'Readiness rules',
    lead: 'How far the readiness board looks ahead and back. Stored in the workspace, so everyone sees the same board.',
    horizonDays: 'Horizon (days)',
    horizonDaysHint: 'upcoming campaigns launching within this many days are on the board',
    lookbackDays: 'Lookback (days)',
    lookbackDaysHint: 'ended campaigns that launched while failing stay this long',
    ackDeadlineDays: 'Acknowledgement deadline (days)',
    ackDeadlineDaysHint: 'a missing acknowledgement turns critical this many days before launch',
    wholeDays: 'Enter a whole number of days from 0 to 3650.',
    save: 'Save rules',
    saved: 'Saved. The board uses the new rules now.',
    onlyLeadership: 'Leadership and admins can change these.',
  },
  language: {
    title: 'Language',
    label: 'Language of Campaign Desk',
    hint: 'dates and numbers follow it too',
  },
  workspace: {
    title: 'Workspace',
    name: 'Name',
    location: 'File',
    kind: 'Kind',
    embedded: 'On this computer',
    server: 'Team workspace server',
    backup:
      'To back up the workspace, copy its file while Campaign Desk is closed, or export it: campaign-desk export --workspace FILE > backup.json',
  },
  people: {
    title: 'Departments and people',
    lead: 'To add or change departments and people, import a workspace document: campaign-desk import workspace.json',
    department: 'Department',
    people: 'People and roles',
    none: 'nobody yet',
  },
};
type Strings = typeof en;

const uk: Strings = {
  title: 'Налаштування',
  readiness: {
    title: 'Правила готовності',
    lead: 'Наскільки далеко дошка готовності дивиться вперед і назад. Зберігається в робочому просторі, тож усі бачать ту саму дошку.',
    horizonDays: 'Горизонт (днів)',
    horizonDaysHint: 'заплановані кампанії, що стартують у межах стількох днів, є на дошці',
    lookbackDays: 'Огляд назад (днів)',
    lookbackDaysHint: 'завершені кампанії, запущені під час збою, лишаються стільки днів',
    ackDeadlineDays: 'Строк підтвердження (днів)',
    ackDeadlineDaysHint: 'відсутнє підтвердження стає критичним за стільки днів до запуску',
    wholeDays: 'Введіть ціле число днів від 0 до 3650.',
    save: 'Зберегти правила',
    saved: 'Збережено. Дошка вже використовує нові правила.',
    onlyLeadership: 'Змінювати це можуть керівництво й адміністратори.',
  },
  language: {
    title: 'Мова',
    label: 'Мова Campaign Desk',
    hint: 'дати й числа теж її дотримуються',
  },
  workspace: {
    title: 'Робочий простір',
    name: 'Назва',
    location: 'Файл',
    kind: 'Тип',
    embedded: 'На цьому комп’ютері',
    server: 'Командний сервер',
    backup:
      'Щоб зробити резервну копію, скопіюйте файл, коли Campaign Desk закрито, або експортуйте: campaign-desk export --workspace FILE > backup.json',
  },
  people: {
    title: 'Відділи та люди',
    lead: 'Щоб додати чи змінити відділи й людей, імпортуйте документ робочого простору: campaign-desk import workspace.json',
    department: 'Відділ',
    people: 'Люди й ролі',
    none: 'ще нікого',
  },
};

const ru: Strings = {
  title: 'Настройки',
  readiness: {
    title: 'Правила готовности',
    lead: 'Насколько далеко доска готовности смотрит вперёд и назад. Хранится в рабочем пространстве, поэтому все видят одну доску.',
    horizonDays: 'Горизонт (дней)',
    horizonDaysHint: 'предстоящие кампании, стартующие в пределах стольких дней, есть на доске',
    lookbackDays: 'Взгляд назад (дней)',
    lookbackDaysHint: 'завершённые кампании, запущенные во время сбоя, остаются столько дней',
    ackDeadlineDays: 'Срок подтверждения (дней)',
    ackDeadlineDaysHint: 'отсутствующее подтверждение становится критичным за столько дней до запуска',
    wholeDays: 'Введите целое число дней от 0 до 3650.',
    save: 'Сохранить правила',
    saved: 'Сохранено. Доска уже использует новые правила.',
    onlyLeadership: 'Изменять это могут руководство и администраторы.',
  },
  language: {
    title: 'Язык',
    label: 'Язык Campaign Desk',
    hint: 'даты и числа тоже следуют ему',
  },
  workspace: {
    title: 'Рабочее пространство',
    name: 'Название',
    location: 'Файл',
    kind: 'Тип',
    embedded: 'На этом компьютере',
    server: 'Командный сервер',
    backup:
      'Чтобы сделать резервную копию, скопируйте файл, когда Campaign Desk закрыт, или экспортируйте: campaign-desk export --workspace FILE > backup.json',
  },
  people: {
    title: 'Отделы и люди',
    lead: 'Чтобы добавить или изменить отделы и людей, импортируйте документ рабочего пространства: campaign-desk import workspace.json',
    department: 'Отдел',
    people: 'Люди и роли',
    none: 'пока никого',
  },
};

const sv: Strings = {
  title: 'Inställningar',
  readiness: {
    title: 'Beredskapsregler',
    lead: 'Hur långt beredskapstavlan ser framåt och bakåt. Sparas i arbetsytan, så alla ser samma tavla.',
    horizonDays: 'Horisont (dagar)',
    horizonDaysHint: 'kommande kampanjer som lanseras inom så många dagar visas på tavlan',
    lookbackDays: 'Tillbakablick (dagar)',
    lookbackDaysHint: 'avslutade kampanjer som lanserades under driftproblem visas så länge',
    ackDeadlineDays: 'Sista dag för bekräftelse (dagar)',
    ackDeadlineDaysHint: 'en saknad bekräftelse blir kritisk så många dagar före lansering',
    wholeDays: 'Ange ett helt antal dagar från 0 till 3650.',
    save: 'Spara regler',
    saved: 'Sparat. Tavlan använder de nya reglerna nu.',
    onlyLeadership: 'Ledning och administratörer kan ändra detta.',
  },
  language: {
    title: 'Språk',
    label: 'Språk i Campaign Desk',
    hint: 'datum och tal följer det också',
  },
  workspace: {
    title: 'Arbetsyta',
    name: 'Namn',
    location: 'Fil',
    kind: 'Typ',
    embedded: 'På den här datorn',
    server: 'Teamets arbetsyteserver',
    backup:
      'Säkerhetskopiera genom att kopiera filen medan Campaign Desk är stängt, eller exportera: campaign-desk export --workspace FILE > backup.json',
  },
  people: {
    title: 'Avdelningar och personer',
    lead: 'Lägg till eller ändra avdelningar och personer genom att importera ett arbetsytedokument: campaign-desk import workspace.json',
    department: 'Avdelning',
    people: 'Personer och roller',
    none: 'ingen ännu',
  },
};

const sr: Strings = {
  title: 'Podešavanja',
  readiness: {
    title: 'Pravila spremnosti',
    lead: 'Koliko daleko tabla spremnosti gleda unapred i unazad. Čuva se u radnom prostoru, pa svi vide istu tablu.',
    horizonDays: 'Horizont (dana)',
    horizonDaysHint: 'predstojeće kampanje koje počinju u tom broju dana su na tabli',
    lookbackDays: 'Pogled unazad (dana)',
    lookbackDaysHint: 'završene kampanje pokrenute tokom problema ostaju toliko dugo',
    ackDeadlineDays: 'Rok za potvrdu (dana)',
    ackDeadlineDaysHint: 'nedostajuća potvrda postaje kritična toliko dana pre pokretanja',
    wholeDays: 'Unesite ceo broj dana od 0 do 3650.',
    save: 'Sačuvaj pravila',
    saved: 'Sačuvano. Tabla sada koristi nova pravila.',
    onlyLeadership: 'Rukovodstvo i administratori mogu ovo da menjaju.',
  },
  language: {
    title: 'Jezik',
    label: 'Jezik aplikacije Campaign Desk',
    hint: 'datumi i brojevi ga takođe prate',
  },
  workspace: {
    title: 'Radni prostor',
    name: 'Naziv',
    location: 'Datoteka',
    kind: 'Vrsta',
    embedded: 'Na ovom računaru',
    server: 'Timski server radnog prostora',
    backup:
      'Za rezervnu kopiju kopirajte datoteku dok je Campaign Desk zatvoren, ili izvezite: campaign-desk export --workspace FILE > backup.json',
  },
  people: {
    title: 'Odeljenja i ljudi',
    lead: 'Da biste dodali ili izmenili odeljenja i ljude, uvezite dokument radnog prostora: campaign-desk import workspace.json',
    department: 'Odeljenje',
    people: 'Ljudi i uloge',
    none: 'još niko',
  },
};

export const settingsResources = { settings: { en, uk, ru, sv, sr } };
