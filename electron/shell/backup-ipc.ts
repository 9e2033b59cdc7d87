// Backups from the desktop Settings: the recent ones listed, and a restore, for admins
// only. A restore checks the chosen file first (a damaged or newer backup is refused
// and nothing changes), then closes the workspace, puts the backup in place (the
// replaced workspace is kept) and restarts the app, which reopens the workspace.
import { ipcMain } from 'electron';
import type { BackupEntry, RestoreOutcome } from '../../shared/bridge.ts';
import { listBackups } from '../store/sqlite/backups.ts';
import { BackupRefused, inspectBackup, restoreWorkspace } from '../store/sqlite/restore.ts';
import { IPC } from '../transports/ipc-channels.ts';
import { isTrustedSender, type TrustedSender } from '../transports/ipc-sender.ts';

export interface BackupIpcOptions extends TrustedSender {
  workspace: string;
  /** Whether the person acting in the window is an admin. */
  isAdmin(): Promise<boolean>;
  /** The native file picker; undefined when the person cancels. */
  chooseFile(defaultFolder: string): Promise<string | undefined>;
  /** Stops everything that holds the workspace open. */
  closeWorkspace(): Promise<void>;
  /** Starts the app again (it reopens the workspace). */
  relaunch(): void;
  showError(message: string): void;
  now(): Date;
}

const RECENT = 20;

export function bindBackupIpc(options: BackupIpcOptions): () => void {
  ipcMain.handle(IPC.listBackups, async (event): Promise<BackupEntry[]> => {
    if (!isTrustedSender(event, options) || !(await options.isAdmin())) return [];
    return listBackups(options.workspace)
      .slice(0, RECENT)
      .map((b) => ({ path: b.path, kind: b.kind, at: b.at.toISOString(), bytes: b.bytes }));
  });
  ipcMain.handle(IPC.restoreBackup, async (event, path: unknown): Promise<RestoreOutcome> => {
    if (!isTrustedSender(event, options) || !(await options.isAdmin()))
      return { ok: false, reason: 'forbidden', message: 'Only an admin can restore the workspace.' };
    // A path from the page must be one of the listed backups; anything else goes through the picker.
    const listed = listBackups(options.workspace).map((b) => b.path);
    const file =
      typeof path === 'string' && listed.includes(path)
        ? path
        : await options.chooseFile(listed[0] ?? options.workspace);
    if (!file) return { ok: false, reason: 'canceled', message: '' };
    try {
      inspectBackup(file);
    } catch (err) {
      if (err instanceof BackupRefused) return { ok: false, reason: err.reason, message: err.message };
      throw err;
    }
    await options.closeWorkspace();
    try {
      restoreWorkspace(file, options.workspace, options.now());
    } catch (err) {
      // The workspace was closed: say what happened, and start again on the one that is there.
      options.showError(err instanceof Error ? err.message : String(err));
    }
    options.relaunch();
    return { ok: true };
  });
  return () => {
    ipcMain.removeHandler(IPC.listBackups);
    ipcMain.removeHandler(IPC.restoreBackup);
  };
}
