// Session- and page-level hardening: the CSP header, no permissions, no popups,
// no navigation away from the app. External https links on the allowlist go to
// the system browser; everything else is simply refused.
import { shell, type Session, type WebContents } from 'electron';
import { withCsp } from './csp.ts';
import { isAllowedExternal } from './external-links.ts';

export function secureSession(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, policy) });
  });
  // Camera, notifications from pages, clipboard reads, geolocation, …: the app needs none.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Opens an allowlisted link in the system browser; returns whether it did. */
export function openExternalIfAllowed(url: unknown): boolean {
  if (!isAllowedExternal(url)) return false;
  void shell.openExternal(url as string);
  return true;
}

/** Applied to every webContents the app creates (app 'web-contents-created'). */
export function guardWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalIfAllowed(url);
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}
