// Words used across views and the command line.
// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const commonResources = {
  common: {
    en: {
      readiness: {
        ready: 'Ready',
        at_risk: 'At risk',
        not_ready: 'Not ready',
        ready_by_decision: 'Ready by decision',
        ended: 'Ended',
        ended_failing: 'Launched while failing',
      },
      phase: { upcoming: 'Upcoming', live: 'Live', ended: 'Ended' },
      status: { draft: 'Draft', published: 'Published', cancelled: 'Cancelled' },
      metricStatus: { ok: 'OK', at_risk: 'At risk', failing: 'Failing', stale: 'No recent data' },
      decision: { go: 'GO', hold: 'HOLD' },
      decisionBy: '{{decision}} by {{by}}, until {{expires}}',
      decisionByOpen: '{{decision}} by {{by}}',
      onHold: 'On hold',
      holdBy: 'On hold — {{by}}, until {{expires}}',
      holdByOpen: 'On hold — {{by}}',
      dateField: {
        day: 'dd',
        month: 'mm',
        year: 'yyyy',
        hour: 'hh',
        minute: 'mm',
        time: 'Time — {{field}}',
        hint: 'Date as {{date}}, time as {{time}}',
      },
    },
  },
};
