// Who may talk to the main process: only the app's own page in the main window.
// A frame from elsewhere (an injected iframe, a page the window was navigated to)
// or another webContents is refused before anything runs.
import type { ApiErrorBody } from '../../shared/api.ts';

/** The parts of an IPC event the check reads (IpcMainInvokeEvent has them). */
export interface SenderEvent {
  sender: unknown;
  senderFrame: { url: string } | null;
}

export interface TrustedSender {
  /** The main window's webContents, or undefined while there is no window. */
  webContents(): unknown;
  isAppUrl(url: string): boolean;
}

export function isTrustedSender(event: SenderEvent, trusted: TrustedSender): boolean {
  const expected = trusted.webContents();
  if (expected === undefined || event.sender !== expected) return false;
  const url = event.senderFrame?.url;
  return typeof url === 'string' && trusted.isAppUrl(url);
}

export const FORBIDDEN_SENDER: ApiErrorBody = {
  code: 'forbidden',
  message: 'This request did not come from the Campaign Desk window and was refused.',
};
