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
    or: 'or',
    startOwn: 'Start with your own company',
    startOwnHint: 'Set up your department and yourself; add colleagues later in Settings.',
  },
  setup: {
    title: 'Your company',
    lead: 'Start with your own department and yourself. You can add more departments and people later in Settings.',
    department: 'Your department',
    departmentPlaceholder: 'e.g. Customer Care',
    color: 'Department colour',
    you: 'Your name',
    youPlaceholder: 'e.g. Ingrid Berg',
    roles: 'Your roles',
    adminImplied: 'You will also be the workspace admin, so you can add departments and people.',
    required: 'Enter a department name and your name.',
    back: 'Back',
    create: 'Create workspace',
    creating: 'Creating…',
  },
  error: { title: 'Something went wrong', retry: 'Try again' },
  readOnly: 'This workspace is read-only: you can read and export it, but changes cannot be saved.',
  loading: 'Loading…',
  notFound: 'There is nothing here.',
  language: 'Language',
};
export type Strings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const appResources = { app: { en } };
