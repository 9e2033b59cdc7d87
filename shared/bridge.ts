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
  platform: PlatformInfo;
}

declare global {
  interface Window {
    /** Present in the desktop app; absent when the renderer runs in a browser over HTTP. */
    campaignDesk?: CampaignDeskBridge;
  }
}
