// The campaign editor: fields, hints, saving and publishing.
const en = {
  loading: 'Loading the campaign…',
  onlyMarketing: 'Only marketing creates and edits campaigns. You can read every brief on its campaign page.',
  toCalendar: 'Go to the calendar',
  newTitle: 'New campaign',
  editTitle: 'Edit “{{title}}”',
  saved: 'Draft saved {{when}}',
  toCampaign: 'Open campaign page',
  saveDraft: 'Save draft',
  publish: 'Publish…',
  cancelCampaign: 'Cancel campaign',
  cancelled: 'This campaign is cancelled and can no longer be edited.',
  basics: 'Campaign',
  title: 'Title',
  start: 'Starts',
  end: 'Ends',
  zone: 'Times are in your time zone ({{zone}}).',
  datesMaterial: 'Changing the dates of a published campaign publishes a material version when you save.',
  channels: 'Channels',
  channelsPlaceholder: 'email, social, web',
  departments: 'Departments affected',
  departmentsHint:
    'They must acknowledge the brief, and their metrics decide readiness. Marketing is always included.',
  brief: 'Brief',
  whatHappens:
    'Save draft keeps your work to marketing: the calendar shows the campaign dashed. Publish sends the brief to the departments affected — it lands in their inboxes to acknowledge.',
  hints: {
    objective: 'What the campaign should achieve, in one or two sentences.',
    audience: 'Who it speaks to.',
    keyMessage: 'The one thing customers should remember.',
    promise: 'What customers are promised. Every department involved must be able to keep it.',
    offer: 'Prices, discounts, conditions.',
    expectedImpact: 'Expected extra volume: orders, tickets, calls.',
    preparation: 'What delivery, support, sales… must have ready, and by when.',
    faq: 'Questions customers will ask support, with the answers.',
    contacts: 'Who to ask in marketing.',
    links: 'Landing pages, creatives, documents.',
  },
  errors: {
    titleRequired: 'Give the campaign a title.',
    startRequired: 'Choose when the campaign starts.',
    endRequired: 'Choose when the campaign ends.',
    endBeforeStart: 'The campaign ends before it starts: choose an end after the start.',
  },
};
export type Strings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const editorResources = { editor: { en } };
