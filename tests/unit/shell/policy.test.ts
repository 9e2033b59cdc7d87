// The shell's small rules, tested directly: the CSP, the external-link allowlist,
// the app URL and sender check, window-state clamping, and workspace error messages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { devAppLocation, devUrlArgument, packagedAppLocation } from '../../../electron/shell/app-url.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, withCsp } from '../../../electron/shell/csp.ts';
import { isAllowedExternal } from '../../../electron/shell/external-links.ts';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  readWindowState,
  writeWindowState,
} from '../../../electron/shell/window-state.ts';
import { shellText } from '../../../electron/shell/i18n.ts';
import { describeOpenError } from '../../../electron/shell/workspace.ts';
import { WorkspaceVersionError } from '../../../electron/store/sqlite/open-database.ts';
import { isTrustedSender } from '../../../electron/transports/ipc-sender.ts';

describe('content security policy', () => {
  it('allows only the app itself', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name, ...values] = d.split(' ');
        return [name, values];
      }),
    );
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('opens only the dev server websocket while developing', () => {
    const dev = contentSecurityPolicy(new URL('http://localhost:5173/'));
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).not.toContain('*');
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('replaces a policy the response brought, whatever its case', () => {
    expect(withCsp({ 'Content-Security-Policy': 'default-src *', Server: 'x' }, 'p')).toEqual({
      Server: ['x'],
      'Content-Security-Policy': ['p'],
    });
    expect(withCsp(undefined, 'p')).toEqual({ 'Content-Security-Policy': ['p'] });
  });
});

describe('external links', () => {
  it.each([
    ['https://github.com/org/repo', true],
    ['https://campaigndesk.app/help#a', true],
    ['https://GITHUB.com/', true],
    ['http://github.com/', false],
    ['https://github.com.evil.example/', false],
    ['https://evil.example/?https://github.com', false],
    ['https://user:pw@github.com/', false],
    ['https://github.com:8443/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['ms-settings:', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternal(url)).toBe(allowed);
  });

  it('refuses non-strings', () => {
    expect(isAllowedExternal(42)).toBe(false);
    expect(isAllowedExternal({ toString: () => 'https://github.com/' })).toBe(false);
  });
});

describe('app URL and sender', () => {
  const file = packagedAppLocation();

  it('the packaged app is exactly its index.html on app://campaign-desk, never a file:// page', () => {
    expect(file.url).toBe('app://campaign-desk/index.html');
    expect(file.isAppUrl(file.url)).toBe(true);
    expect(file.isAppUrl(`${file.url}?x=1#/inbox`)).toBe(true);
    expect(file.isAppUrl(file.url.replace('index.html', 'other.html'))).toBe(false);
    expect(file.isAppUrl('app://other-host/index.html')).toBe(false);
    expect(file.isAppUrl('file:///opt/campaign-desk/dist/renderer/index.html')).toBe(false);
    expect(file.isAppUrl('file:///etc/passwd')).toBe(false);
    expect(file.isAppUrl('https://evil.example/')).toBe(false);
    expect(file.isAppUrl('')).toBe(false);
  });

  it('a dev server is its origin, on loopback only', () => {
    const dev = devAppLocation('http://localhost:5173');
    expect(dev.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(() => devAppLocation('https://evil.example/')).toThrow(/--dev-url/);
    expect(() => devAppLocation('file:///tmp/index.html')).toThrow(/--dev-url/);
    expect(devUrlArgument(['electron', '.', '--dev-url=http://localhost:1'])).toBe('http://localhost:1');
    expect(devUrlArgument(['electron', '.', '--dev-url', 'http://localhost:2'])).toBe('http://localhost:2');
    expect(devUrlArgument(['electron', '.'])).toBeUndefined();
  });

  it('trusts only the main window showing the app', () => {
    const main = {};
    const trusted = { webContents: () => main, isAppUrl: file.isAppUrl };
    expect(isTrustedSender({ sender: main, senderFrame: { url: file.url } }, trusted)).toBe(true);
    expect(isTrustedSender({ sender: {}, senderFrame: { url: file.url } }, trusted)).toBe(false);
    expect(isTrustedSender({ sender: main, senderFrame: { url: 'https://x.example/' } }, trusted)).toBe(
      false,
    );
    expect(isTrustedSender({ sender: main, senderFrame: null }, trusted)).toBe(false);
    const noWindow = { webContents: () => undefined, isAppUrl: file.isAppUrl };
    expect(isTrustedSender({ sender: undefined, senderFrame: { url: file.url } }, noWindow)).toBe(false);
  });
});

describe('window state', () => {
  const laptop = [{ x: 0, y: 0, width: 1366, height: 768 }];
  const twoScreens = [...laptop, { x: 1366, y: -200, width: 2560, height: 1440 }];

  it('is saved and read back; a missing or broken file gives the default', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-window-'));
    const file = path.join(dir, 'nested', 'window-state.json');
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    writeWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    fs.writeFileSync(file, '{"width": "wide"');
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a window that is on a screen', () => {
    const state = { x: 1500, y: 0, width: 1200, height: 900, maximized: false };
    expect(clampToDisplays(state, twoScreens)).toEqual(state);
  });

  it('centres a window whose screen is gone on the primary display, shrunk to fit', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(clampToDisplays(state, laptop)).toEqual({ x: 0, y: 0, width: 1366, height: 768, maximized: true });
    const small = { x: -5000, y: -5000, width: 1000, height: 600, maximized: false };
    expect(clampToDisplays(small, laptop)).toEqual({
      x: 183,
      y: 84,
      width: 1000,
      height: 600,
      maximized: false,
    });
  });

  it('pulls a window hanging off the edge fully onto the screen it is mostly on', () => {
    const state = { x: 1000, y: 500, width: 1000, height: 600, maximized: false };
    expect(clampToDisplays(state, laptop)).toEqual({
      x: 366,
      y: 168,
      width: 1000,
      height: 600,
      maximized: false,
    });
  });

  it('never goes below the minimum size the screen allows', () => {
    const tiny = { x: 0, y: 0, width: 100, height: 100, maximized: false };
    expect(clampToDisplays(tiny, laptop)).toMatchObject({ width: 800, height: 560 });
  });
});

describe('workspace errors', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = (await shellText('en-US')).t;
  });

  it('a newer workspace says to update', () => {
    const err = new WorkspaceVersionError(
      'w.sqlite was written by a newer Campaign Desk. Update Campaign Desk to open it.',
    );
    expect(describeOpenError('w.sqlite', err, t)).toEqual({
      title: 'This workspace needs a newer Campaign Desk',
      message: err.message,
    });
  });

  it('a newer workspace with its versions known says which, in the OS language', async () => {
    const err = new WorkspaceVersionError('w.sqlite was written by a newer Campaign Desk.', {
      found: 7,
      known: 3,
    });
    expect(describeOpenError('w.sqlite', err, t).message).toBe(
      'w.sqlite was written by a newer Campaign Desk (workspace version 7; this app knows up to 3). Update Campaign Desk to open it.',
    );
    const sv = (await shellText('sv-SE')).t;
    expect(describeOpenError('w.sqlite', err, sv)).toEqual({
      title: 'Den här arbetsytan kräver en nyare Campaign Desk',
      message: expect.stringMatching(/^w\.sqlite skrevs av en nyare Campaign Desk \(arbetsytans version 7;/),
    });
  });

  it('a native module that fails to load points to the rebuild', () => {
    const err = new Error(
      "The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 127.",
    );
    expect(describeOpenError('w.sqlite', err, t).message).toContain('npx @electron/rebuild');
  });

  it('anything else names the file and says nothing was changed', () => {
    const result = describeOpenError('/home/a/w.sqlite', new Error('file is not a database'), t);
    expect(result.message).toMatch(/^\/home\/a\/w\.sqlite: file is not a database\n\nNothing was changed/);
  });
});
