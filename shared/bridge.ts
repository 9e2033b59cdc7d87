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

/** Where the desk's workspace is: the file on this computer, or a team workspace server. */
export type WorkspaceConnection =
  | { kind: 'local'; file: string }
  | {
      kind: 'team';
      /** The server's base address, e.g. `https://desk.example.com`. */
      server: string;
      /** Its host (and port), what the top bar shows. */
      host: string;
      person: string;
      insecure: boolean;
      /**
       * `connected`: the last call and the change stream reached the server; `offline`: it cannot be
       * reached (what is on screen stays, writes fail); `signed-out`: no session (never signed in,
       * signed out, or the server ended it) — the window shows the sign-in form.
       */
      status: 'connected' | 'offline' | 'signed-out';
      /** Why the person was sent back to the sign-in form: a key of the `errors` namespace. */
      reason?: string;
      /** `encrypted`: the session is kept in a file encrypted by the OS (safeStorage); `memory`: until the app quits. */
      tokenKept: 'encrypted' | 'memory';
    };

/** What signing in to a team workspace gave: the desk now uses it, or why not (an API error body). */
export type ConnectOutcome = { ok: true } | { ok: false; error: ApiErrorBody };

/** Before signing in: the people a server offers to sign in as, when it lists them to anyone. */
export type PeopleOffer =
  { ok: true; people: { key: string; name: string }[] } | { ok: false; error: ApiErrorBody };

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
  /** Where the workspace is and, for a team workspace, whether it is reachable. */
  connection(): Promise<WorkspaceConnection>;
  /** Hears every change of the connection (connected, offline, signed out). */
  onConnection(listener: (connection: WorkspaceConnection) => void): () => void;
  /** Signs in to a team workspace server and switches the desk to it. */
  connectTeam(input: {
    server: string;
    insecure: boolean;
    person: string;
    password: string;
  }): Promise<ConnectOutcome>;
  /** The people a server lists before sign-in (many list none: then the person types their key). */
  teamPeople(input: { server: string; insecure: boolean }): Promise<PeopleOffer>;
  /** Ends the session on the server; the desk shows the sign-in form for the same server. */
  signOut(): Promise<void>;
  /** Switches back to the workspace file on this computer (ending any team session). */
  useLocal(): Promise<ConnectOutcome>;
  platform: PlatformInfo;
}

declare global {
  interface Window {
    /** Present in the desktop app; absent when the renderer runs in a browser over HTTP. */
    campaignDesk?: CampaignDeskBridge;
  }
}
