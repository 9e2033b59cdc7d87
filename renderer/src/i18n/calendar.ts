// The calendar view: toolbar, filters, legend, rescheduling, search results.
const en = {
  today: 'Today',
  previous: 'Previous',
  next: 'Next',
  viewLabel: 'Calendar view',
  views: { month: 'Month', week: 'Week', list: 'List' },
  shortcut: 'Shortcut: {{keys}}',
  newCampaign: 'New campaign',
  loading: 'Loading…',
  owes: 'your department still owes an acknowledgement',
  owesShort: 'to acknowledge',
  owesLegend: 'your department still owes an acknowledgement',
  legend: 'Legend',
  filters: {
    label: 'Filters',
    mine: 'Only {{department}}’s obligations',
    channel: 'Channel',
    allChannels: 'All channels',
    department: 'Department',
    allDepartments: 'All departments',
    status: 'Status',
    statuses: {
      active: 'Published and drafts',
      published: 'Published',
      draft: 'Drafts',
      cancelled: 'Cancelled',
      all: 'All, including cancelled',
    },
    clear: 'Clear filters',
  },
  empty: {
    none: 'No campaigns in this period.',
    noneHint: 'Marketing’s campaigns appear here as soon as they are planned. Try another month or Today.',
  },
  hiddenByFilters_one: 'The filters hide the one campaign in this period.',
  hiddenByFilters_other: 'The filters hide all {{count}} campaigns in this period.',
  reschedule: {
    title: 'Move this campaign?',
    from: 'Now',
    to: 'New dates',
    material:
      'A date change is a material change: it publishes brief version {{version}}, and {{departments}} must acknowledge again.',
    materialNone:
      'A date change is a material change: it publishes brief version {{version}}. No department needs to acknowledge it.',
    draft: 'This campaign is a draft: only its dates change. Departments are asked when you publish it.',
    keep: 'Keep the dates',
    move: 'Move',
    moveAndPublish: 'Move and publish',
  },
  search: {
    title: 'Campaigns matching “{{query}}”',
    back: 'Back to the calendar',
    none: 'No campaign title contains “{{query}}”.',
    noneHint: 'Check the spelling, or search for a shorter part of the title.',
    capped:
      '{{shown}} of {{total}} campaigns, nearest launch first — type more of the title to narrow it down.',
    campaign: 'Campaign',
    when: 'When',
    status: 'Status',
    departments: 'Departments',
  },
};
// Languages with more plural forms than English add them beside (_few, _many).
export type Strings = typeof en & Record<string, unknown>;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const calendarResources = { calendar: { en } };
