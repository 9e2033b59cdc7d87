// Headers and values of the spreadsheets people open outside the app (acknowledgement
// matrix, readiness report). Times carry the zone in their header: "At ({{zone}})".
const en = {
  calendar: {
    name: 'Campaign Desk',
    nameFor: 'Campaign Desk — {{department}}',
    readiness: 'Readiness: {{readiness}} (as of {{at}}, {{zone}})',
  },
  acks: {
    sheet: 'Acknowledgements',
    campaign: 'Campaign',
    title: 'Title',
    department: 'Department',
    currentVersion: 'Current version',
    state: 'State',
    version: 'Acknowledged version',
    by: 'By',
    at: 'At ({{zone}})',
    stale: 'Voided by a later change',
    note: 'Note',
  },
  ackState: { acknowledged: 'Acknowledged', concern: 'Concern', missing: 'Missing' },
  yes: 'Yes',
  no: 'No',
  readiness: {
    sheet: 'Readiness',
    campaign: 'Campaign',
    title: 'Title',
    phase: 'Phase',
    readiness: 'Readiness',
    start: 'Start ({{zone}})',
    end: 'End ({{zone}})',
    decision: 'Decision',
    problems: 'Problems',
    asOf: 'As of ({{zone}})',
  },
};

export type Strings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const exportResources = { exports: { en } };
