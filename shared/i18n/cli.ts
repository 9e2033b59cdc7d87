// What the command line says to people, in the language of LANG.
const en = {
  readinessAt: 'Readiness at {{at}} — campaigns: {{count}}',
  header: { campaign: 'Campaign', phase: 'Phase', readiness: 'Readiness', start: 'Start' },
  noCampaigns: 'No live, upcoming or launched-while-failing campaigns in this window.',
  added: 'Added {{imported}} samples from {{file}}',
  corrected: '{{count}} corrected',
  present: '{{count}} already present',
  more: '… and {{count}} more',
  badRows: '{{count}} bad rows; nothing imported.',
};

export type Strings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const cliResources = { cli: { en } };
