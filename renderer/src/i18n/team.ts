// The team workspace in the browser and for admins: sign-in, the signed-in top bar, and the
// Settings sections for passwords, sessions, machine tokens and calendar subscriptions.
const en = {
  signIn: {
    title: 'Sign in',
    lead: 'This is your company’s shared Campaign Desk. Sign in with the name and password your admin gave you.',
    person: 'Your user name',
    personHint: 'Your person key, e.g. olena',
    password: 'Password',
    submit: 'Sign in',
    signingIn: 'Signing in…',
    required: 'Enter your user name and your password.',
    wrong: 'That user name or password is not right. Check both and try again.',
    locked: 'Too many failed attempts for this user name. Wait {{minutes}} minutes, then try again.',
    forgot: 'Forgot your password? An admin of this workspace can set a new one.',
    notice: {
      signedOut: 'You have signed out.',
      sessionEnded: 'Your session has ended (it expired or an admin ended it). Sign in again to continue.',
    },
  },
  topbar: {
    team: 'Team workspace',
    signedInAs: 'Signed in as {{name}}',
    signOut: 'Sign out',
  },
  passwords: {
    title: 'Passwords',
    lead: 'People sign in to the team workspace with these. Setting a new password signs the person out everywhere else.',
    set: 'Set password…',
    dialogTitle: 'New password for {{name}}',
    label: 'New password',
    hint: 'At least {{min}} characters. Tell it to {{name}} in person or by phone, not by e-mail.',
    tooShort: 'The password needs at least {{min}} characters.',
    save: 'Set password',
    cancel: 'Cancel',
    saved: 'Password set for {{name}}.',
    savedEnded_one: 'Password set for {{name}}; {{count}} open session was ended.',
    savedEnded_other: 'Password set for {{name}}; {{count}} open sessions were ended.',
  },
  sessions: {
    title: 'Open sessions',
    lead: 'Everyone signed in right now, on which desk or browser. End a session to sign that desk out at once.',
    person: 'Person',
    since: 'Signed in',
    lastUsed: 'Last used',
    expires: 'Ends',
    end: 'End session',
    none: 'Nobody is signed in.',
    confirm: 'End {{name}}’s session signed in on {{since}}? That desk is signed out at once.',
  },
  tokens: {
    title: 'Machine tokens',
    lead: 'Other systems use these: the helpdesk or the warehouse to send metric samples, calendar apps to subscribe.',
    name: 'Name',
    namePlaceholder: 'e.g. helpdesk',
    scope: 'Allows',
    // By scope, without its colon (i18next reads "a:b" as namespace a).
    scopes: {
      samples_write: 'Send metric samples',
      calendar_read: 'Read the calendar',
    },
    metrics: 'Only these metrics',
    metricsHint: 'none ticked: every metric',
    department: 'Only this department’s campaigns',
    allDepartments: 'All departments',
    create: 'Create token',
    creating: 'Creating…',
    nameRequired: 'Enter a name for the token.',
    created: 'Token “{{name}}” created',
    onceWarning:
      'Copy it now: it is shown only this once. Anyone who has it can do what it allows until you revoke it.',
    copy: 'Copy',
    copied: 'Copied',
    done: 'I have copied it',
    limits: 'Limited to',
    everything: 'everything',
    createdBy: 'Created',
    lastUsed: 'Last used',
    never: 'never',
    revoke: 'Revoke',
    confirmRevoke: 'Revoke “{{name}}”? Whatever uses it is refused from now on.',
    none: 'No machine tokens yet.',
  },
  calendarLinks: {
    title: 'Calendar subscriptions',
    lead: 'Subscribe to a department’s campaigns from Outlook, Google or Apple Calendar with this address.',
    leadMember:
      'Subscribe to your department’s campaigns from Outlook, Google or Apple Calendar with this address.',
    link: 'Subscription address',
    create: 'Create link',
    noneMember: 'Your department has no subscription link yet: ask an admin to create one.',
    copy: 'Copy',
    copied: 'Copied',
    secret: 'Keep the address within the department: anyone who has it can read the calendar.',
  },
};
// Languages with more plural forms than English add them beside (_few, _many).
export type Strings = typeof en & { passwords: { savedEnded_few?: string; savedEnded_many?: string } };

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const teamResources = { team: { en } };
