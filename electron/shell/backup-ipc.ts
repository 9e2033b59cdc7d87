// Backups from the desktop Settings: the recent ones listed, and a restore, for admins
// only. The workspace host checks the chosen file first (a damaged or newer backup is
// refused and nothing changes), then closes the workspace and puts the backup in place
// (the replaced workspace is kept); the app then restarts, which reopens the workspace.
import { ipcMain } from 'electron';
import type { BackupEntry, RestoreOutcome } from '../../shared/bridge.ts';
import { listBackups } from '../store/sqlite/backups.ts';
import { IPC } from '../transports/ipc-channels.ts';
import { isTrustedSender, type TrustedSender } from '../transports/ipc-sender.ts';

export interface BackupIpcOptions extends TrustedSender {
  workspace: string;
  /** Whether the person acting in the window is an admin. */
  isAdmin(): Promise<boolean>;
  /** The native file picker; undefined when the person cancels. */
  chooseFile(defaultFolder: string): Promise<string | undefined>;
  /** The workspace host's restore (WorkspaceClient.restore). */
  restore(file: string, at: Date): Promise<{ outcome: RestoreOutcome; closed: boolean }>;
  /** Stops the rest of the app before it restarts. */
  shutdown(): Promise<void>;
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
    const { outcome, closed } = await options.restore(file, options.now());
    if (!closed) return outcome;
    // The workspace was closed: say what went wrong, if anything, and start again on what is there.
    if (!outcome.ok) options.showError(outcome.message);
    await options.shutdown();
    options.relaunch();
    return { ok: true };
  });
  return () => {
    ipcMain.removeHandler(IPC.listBackups);
    ipcMain.removeHandler(IPC.restoreBackup);
  };
}
