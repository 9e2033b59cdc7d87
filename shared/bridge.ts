// The narrow bridge the desktop shell exposes to the renderer as `window.campaignDesk`.
// Types only: the renderer types its calls with it, the preload implements it.
import type { ApiErrorBody, ApiInput, ApiResult, ChangeEvent, Method } from './api.ts';

/**
 * What a call across the bridge resolves to. Errors come back as a value, not a
 * rejection, so code, message and problems survive the process boundary intact.
 */
export type BridgeResponse<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

/** Commands the native menu, shortcuts and notifications send to the renderer. */
export type ShellCommand =
  | 'new-campaign'
  | 'print'
  | 'find'
  | 'go-today'
  | 'view-month'
  | 'view-week'
  | 'view-list'
  | 'go-calendar'
  | 'go-inbox'
  | 'go-readiness'
  | 'go-metrics'
  | 'go-settings'
  | `open-campaign:${string}`;

export interface PlatformInfo {
  /** `darwin`, `win32`, `linux`: decides ⌘ or Ctrl in shortcut hints. */
  os: string;
  electron: string;
}

/** A backup file of the desktop workspace, newest first in lists. */
export interface BackupEntry {
  path: string;
  /** `backup` made by a person, `auto` the daily one, `before-restore` what a restore replaced. */
  kind: 'backup' | 'auto' | 'before-restore';
  at: string;
  bytes: number;
}

/** Why a restore did not happen (the renderer words each in the person's language). */
export type RestoreRefusal =
  'forbidden' | 'canceled' | 'missing' | 'damaged' | 'not_workspace' | 'newer' | 'failed';

/** On success the app restarts on the restored workspace, so only refusals come back. */
export type RestoreOutcome = { ok: true } | { ok: false; reason: RestoreRefusal; message: string };

export interface CampaignDeskBridge {
  call<M extends Method>(
    method: M,
    input: ApiInput<M>,
    person?: string,
  ): Promise<BridgeResponse<ApiResult<M>>>;
  /** Hears every change somebody made; returns the function that stops listening. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  onCommand(listener: (command: ShellCommand) => void): () => void;
  /** Tells the shell who is acting, for inbox notifications and the badge; null when nobody is. */
  setActingPerson(person: string | null): Promise<void>;
  /** Opens an allowlisted https link in the system browser; false when refused. */
  openExternal(url: string): Promise<boolean>;
  /** Saves the current page as a PDF where the person chooses; false when they cancel. */
  printToPdf(): Promise<boolean>;
  /** The workspace's recent backups (admins only; empty for others). */
  listBackups(): Promise<BackupEntry[]>;
  /** Replaces the workspace by a listed backup, or by one the person picks when `path` is null (admins only). */
  restoreBackup(path: string | null): Promise<RestoreOutcome>;
  platform: PlatformInfo;
}

declare global {
  interface Window {
    /** Present in the desktop app; absent when the renderer runs in a browser over HTTP. */
    campaignDesk?: CampaignDeskBridge;
  }
}
