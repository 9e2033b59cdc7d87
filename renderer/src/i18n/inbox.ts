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
export type Strings = typeof en & Record<string, unknown>;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const inboxResources = { inbox: { en } };
