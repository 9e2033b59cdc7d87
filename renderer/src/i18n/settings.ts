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
    backup: 'Only an admin can back up the workspace: ask an admin of this workspace.',
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
    lead: 'Only an admin can add or change departments and people: ask an admin of this workspace.',
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
    // Issue 10: rename, recolour, archive.
    edit: 'Edit',
    actions: 'Actions',
    editDepartment: 'Edit {{name}}',
    archive: 'Archive',
    archiveDepartment: 'Archive {{name}}',
    archiveDepartmentTitle: 'Archive the {{name}} department?',
    archiveDepartmentText:
      'Nothing is deleted: campaigns, acknowledgements and the audit trail keep its name. It is no longer offered for new campaigns or people, and it is not asked to acknowledge briefs published from now on. Campaigns already sent to it still wait for its acknowledgement until their owner removes it or publishes a new version.',
    archivePerson: 'Archive person',
    archivePersonTitle: 'Archive {{name}}?',
    archivePersonText:
      '{{name}} will no longer be able to act in this workspace. What they did keeps their name.',
    archivedOn: 'archived {{date}}',
    archivedPeople: 'Archived: {{names}}',
  },
};
export type Strings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const settingsResources = { settings: { en } };
