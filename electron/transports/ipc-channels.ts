// IPC channel names shared by the main process and the preload.
export const IPC = {
  /** invoke: (method, input, person) → BridgeResponse */
  call: 'campaign-desk:call',
  /** main → renderer: ChangeEvent */
  change: 'campaign-desk:change',
  /** main → renderer: ShellCommand */
  command: 'campaign-desk:command',
  /** invoke: (personKey | null) → void */
  actingPerson: 'campaign-desk:acting-person',
  /** invoke: (url) → boolean */
  openExternal: 'campaign-desk:open-external',
  /** invoke: () → boolean (saved) */
  printToPdf: 'campaign-desk:print-to-pdf',
  /** invoke: () → BackupEntry[] */
  listBackups: 'campaign-desk:list-backups',
  /** invoke: (path | null) → RestoreOutcome */
  restoreBackup: 'campaign-desk:restore-backup',
  /** invoke: () → WorkspaceConnection */
  connection: 'campaign-desk:connection',
  /** main → renderer: WorkspaceConnection, whenever it changes */
  connectionChanged: 'campaign-desk:connection-changed',
  /** invoke: ({server, insecure, person, password}) → ConnectOutcome */
  connectTeam: 'campaign-desk:connect-team',
  /** invoke: ({server, insecure}) → PeopleOffer */
  teamPeople: 'campaign-desk:team-people',
  /** invoke: () → void */
  signOut: 'campaign-desk:sign-out',
  /** invoke: () → ConnectOutcome */
  useLocal: 'campaign-desk:use-local',
} as const;
