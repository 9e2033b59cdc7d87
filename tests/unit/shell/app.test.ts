// The desktop shell as a whole, against the fake electron module: the window is
// locked down, pages get the strict CSP, nothing navigates away or opens popups,
// permissions are refused, and the workspace is created, or refused clearly.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/csp.ts';
import { runApp } from '../../../electron/shell/app.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { startApp, tempDir, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let s: Started | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('the main window', () => {
  it('is isolated, sandboxed, without Node, with the bundled preload', async () => {
    s = await startApp();
    expect(s.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.resolve(import.meta.dirname, '../../../electron/sample/preload.cjs'),
    });
    expect(s.window.loadedUrl).toBe('app://campaign-desk/index.html');
    expect(fake.nativeTheme.themeSource).toBe('system');
  });

  it('loads a loopback dev server when given --dev-url, and refuses any other', async () => {
    s = await startApp({ argv: ['electron', '.', '--dev-url=http://localhost:5173'] });
    expect(s.window.loadedUrl).toBe('http://localhost:5173/');
    await s.close();
    s = undefined;

    const tmp = tempDir();
    fake.reset({ appData: tmp });
    const running = await runApp({
      resourcesDir: tmp,
      rendererDir: tmp,
      argv: ['electron', '.', '--dev-url', 'https://evil.example/'],
    });
    expect(running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Campaign Desk cannot start',
      expect.stringContaining('--dev-url must be'),
    );
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('answers every response with the strict CSP, replacing any the response brought', async () => {
    s = await startApp();
    const listener = fake.session.defaultSession.headersListener;
    if (!listener) throw new Error('no onHeadersReceived listener');
    const callback = vi.fn();
    listener(
      {
        url: 'app://campaign-desk/index.html',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Other': ['1'] },
    });
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('stays on the app: other URLs are prevented, the app URL is not', async () => {
    s = await startApp();
    const contents = s.window.webContents;
    expect(contents.navigate('https://evil.example/phish')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(contents.navigate('https://evil.example/', 'will-redirect')).toBe(true);
    expect(contents.navigate('app://campaign-desk/index.html#/inbox')).toBe(false);
    expect(contents.navigate('app://campaign-desk/other.html')).toBe(true);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open; allowlisted https links go to the system browser instead', async () => {
    s = await startApp();
    const handler = s.window.webContents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(handler({ url: 'https://github.com/campaign-desk' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://github.com/campaign-desk');
    // A plain link click on an allowlisted site: no navigation, opened outside.
    expect(s.window.webContents.navigate('https://docs.campaigndesk.app/start')).toBe(true);
    expect(fake.shell.openExternal).toHaveBeenLastCalledWith('https://docs.campaigndesk.app/start');
  });

  it('opens external links from the bridge only when allowlisted and asked by the app', async () => {
    s = await startApp();
    const open = (url: string, event: unknown = s!.trusted()) =>
      fake.ipcMain.invoke(IPC.openExternal, event, url);
    expect(await open('https://campaigndesk.app/help')).toBe(true);
    expect(await open('http://campaigndesk.app/help')).toBe(false);
    expect(await open('https://campaigndesk.app.evil.example/')).toBe(false);
    expect(await open('file:///etc/passwd')).toBe(false);
    expect(await open('javascript:alert(1)')).toBe(false);
    const foreign = { sender: s.window.webContents, senderFrame: { url: 'https://evil.example/' } };
    expect(await open('https://github.com/', foreign)).toBe(false);
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://campaigndesk.app/help']]);
  });

  it('saves the page as a PDF where the person chooses, and only for the app window', async () => {
    s = await startApp();
    const target = path.join(tempDir(), 'report.pdf');
    const foreign = { sender: s.window.webContents, senderFrame: { url: 'https://evil.example/' } };
    expect(await fake.ipcMain.invoke(IPC.printToPdf, foreign)).toBe(false);
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();

    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await fake.ipcMain.invoke(IPC.printToPdf, s.trusted())).toBe(false);
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await fake.ipcMain.invoke(IPC.printToPdf, s.trusted())).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 readiness report');
  });

  it('refuses every permission request and check', async () => {
    s = await startApp();
    const { permissionRequest, permissionCheck } = fake.session.defaultSession;
    if (!permissionRequest || !permissionCheck) throw new Error('permission handlers missing');
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      (permissionRequest as (...a: unknown[]) => void)(s.window.webContents, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(
        (permissionCheck as (...a: unknown[]) => boolean)(s.window.webContents, permission, 'file://', {}),
      ).toBe(false);
    }
  });
});

describe('starting', () => {
  it('creates the workspace in the user-data folder on first start, empty', async () => {
    s = await startApp();
    const file = path.join(s.userData, 'workspace.sqlite');
    expect(fs.existsSync(file)).toBe(true);
    expect(s.app.workspaceFile).toBe(file);
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true, result: { empty: true } });
  });

  it('offers the bundled sample workspace from the app resources', async () => {
    s = await startApp();
    expect(await s.call('workspace.loadSample', {})).toMatchObject({ ok: true, result: { campaigns: 5 } });
    expect(await s.call('workspace.loadSample', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses a workspace written by a newer version with a native error dialog, then quits', async () => {
    const tmp = tempDir();
    const userData = path.join(tmp, 'Campaign Desk');
    fs.mkdirSync(userData, { recursive: true });
    const db = new Database(path.join(userData, 'workspace.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    fake.reset({ appData: tmp });
    const running = await runApp({
      resourcesDir: tmp,
      rendererDir: tmp,
      argv: [],
    });
    expect(running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'This workspace needs a newer Campaign Desk',
      expect.stringMatching(/newer Campaign Desk \(workspace version 999.*Update Campaign Desk/),
    );
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a second instance quits at once and the first one comes to the front', async () => {
    s = await startApp();
    s.window.minimized = true;
    fake.app.emit('second-instance');
    expect(s.window.restore).toHaveBeenCalled();
    expect(s.window.focus).toHaveBeenCalled();

    const tmp = tempDir();
    fake.reset({ appData: tmp });
    fake.app.gotLock = false;
    const second = await runApp({ resourcesDir: tmp, rendererDir: tmp, argv: [] });
    expect(second).toBeUndefined();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fs.existsSync(path.join(tmp, 'Campaign Desk', 'workspace.sqlite'))).toBe(false);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

describe('window size and position', () => {
  it('is remembered across starts', async () => {
    const tmp = tempDir();
    s = await startApp({ tmp });
    expect(s.window.options).toMatchObject({ width: 1280, height: 800 });
    s.window.bounds = { x: 120, y: 80, width: 1100, height: 700 };
    s.window.close();
    await s.app.shutdown();

    s = await startApp({ tmp });
    expect(s.window.options).toMatchObject({ x: 120, y: 80, width: 1100, height: 700 });
    expect(s.window.maximized).toBe(false);
  });

  it('comes back maximised when it was', async () => {
    const tmp = tempDir();
    s = await startApp({ tmp });
    s.window.maximized = true;
    s.window.close();
    await s.app.shutdown();
    s = await startApp({ tmp });
    expect(s.window.maximized).toBe(true);
  });

  it('is brought back onto a visible display when its screen is gone', async () => {
    s = await startApp({
      before: (userData) => {
        fs.mkdirSync(userData, { recursive: true });
        fs.writeFileSync(
          path.join(userData, 'window-state.json'),
          JSON.stringify({ x: 3000, y: 200, width: 1600, height: 1000, maximized: false }),
        );
        fake.screen.displays = [{ workArea: { x: 0, y: 25, width: 1366, height: 743 } }];
      },
    });
    expect(s.window.options).toMatchObject({ width: 1366, height: 743, x: 0, y: 25 });
  });
});
