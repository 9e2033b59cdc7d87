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
    timeZone: 'Time zone of the workspace',
    timeZoneHint:
      'times without a zone in imported files, and whole days in calendar exports, are read in it',
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
    backupNow: 'Back up now',
    backingUp: 'Backing up…',
    backedUp: 'Backup written to',
  },
  restore: {
    title: 'Restore',
    pick: 'Restore from a backup…',
    this: 'Restore',
    none: 'No backups yet.',
    hint: 'Campaign Desk backs up the workspace every day and keeps a week of daily and a month of weekly backups. A restore keeps the current workspace as a backup, then restarts the app.',
    confirm:
      'Replace the workspace by the backup of {{date}}? The current workspace is kept as a backup, and Campaign Desk restarts.',
    kind: {
      backup: 'made by hand',
      auto: 'daily',
      'before-restore': 'before a restore',
    },
    refused: {
      forbidden: 'Only an admin can restore the workspace.',
      canceled: '',
      missing: 'The file is no longer there.',
      damaged: 'That file is damaged or not a backup: nothing was changed.',
      not_workspace: 'That file is not a Campaign Desk workspace: nothing was changed.',
      newer:
        'That backup was made by a newer Campaign Desk: update the app to restore it. Nothing was changed.',
      failed: 'The restore failed: nothing was changed.',
    },
  },
  people: {
    title: 'Departments and people',
    lead: 'To add or change departments and people, import a workspace document: campaign-desk import workspace.json',
    department: 'Department',
    people: 'People and roles',
    none: 'nobody yet',
    leadAdmin:
      'As an admin you can add departments and people, and change a person’s name, department and roles.',
    addDepartment: 'Add department',
    addPerson: 'Add person',
    editPerson: 'Edit {{name}}',
    name: 'Name',
    departmentName: 'Department name',
    color: 'Colour',
    roles: 'Roles',
    keyHint: 'Key: {{key}}',
    save: 'Save',
    cancel: 'Cancel',
    required: 'Enter a name.',
    needsRole: 'Choose at least one role.',
  },
};
export type Strings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const settingsResources = { settings: { en } };
