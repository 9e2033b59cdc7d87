// The built bundles, not the sources: scripts/build-electron.mjs output must start
// under CommonJS (where import.meta is empty), load the sample workspace from beside
// itself, and the preload must run with only what a sandboxed preload gets.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
let tmp: string;
let out: string;

// Just enough electron for main.cjs to start; once the window loads, it calls the
// API as the window would and prints what came back.
const FAKE_ELECTRON = `
const { EventEmitter } = require('node:events');
const app = new EventEmitter();
const paths = { appData: process.env.FAKE_APP_DATA };
Object.assign(app, {
  isPackaged: true, name: 'Campaign Desk',
  getPath: (n) => paths[n], setPath: (n, v) => { paths[n] = v; },
  requestSingleInstanceLock: () => true, whenReady: () => Promise.resolve(),
  getLocale: () => 'en-GB', setBadgeCount: () => false, setAppUserModelId() {},
  quit: () => process.exit(0),
});
const handlers = new Map();
const ipcMain = { handle: (c, h) => handlers.set(c, h), removeHandler: (c) => handlers.delete(c) };
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), {
      send() {}, isDestroyed: () => false, setWindowOpenHandler() {},
    });
    app.emit('web-contents-created', {}, this.webContents);
  }
  maximize() {} isMaximized() { return false; } isDestroyed() { return false; }
  getNormalBounds() { return { x: 0, y: 0, width: 1280, height: 800 }; }
  async loadURL(url) {
    const event = { sender: this.webContents, senderFrame: { url } };
    const call = handlers.get('campaign-desk:call');
    const sample = await call(event, 'workspace.loadSample', {}, undefined);
    const info = await call(event, 'workspace.info', {}, undefined);
    const page = await schemes.get('app:handler')({ url });
    const served = { status: page.status, body: await page.text(), privileges: schemes.get('app') };
    console.log(JSON.stringify({ url, preload: this.options.webPreferences.preload, sample, info, served }));
    process.exit(0);
  }
}
const schemes = new Map();
const protocol = {
  registerSchemesAsPrivileged: (list) => list.forEach((s) => schemes.set(s.scheme, s.privileges)),
  handle: (scheme, handler) => schemes.set(scheme + ':handler', handler),
};
module.exports = {
  app, ipcMain, BrowserWindow, protocol,
  session: { defaultSession: { webRequest: { onHeadersReceived() {} },
    setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu() {} },
  Notification: class { static isSupported() { return false; } },
  nativeTheme: {}, shell: { openExternal() {} },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  dialog: { showErrorBox: (title, message) => { console.error(title + ': ' + message); process.exit(3); } },
};
`;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-bundle-'));
  out = path.join(tmp, 'dist', 'electron');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--out', out], {
    cwd: root,
    stdio: 'pipe',
  });
  fs.mkdirSync(path.join(tmp, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);
}, 120_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the Electron bundles', () => {
  it('are written beside the sample workspace', () => {
    for (const file of ['main.cjs', 'preload.cjs', 'signage-company.json']) {
      expect(fs.existsSync(path.join(out, file)), file).toBe(true);
    }
    // What is packaged carries no source maps, nor a pointer to one.
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const bundle of ['main.cjs', 'preload.cjs'])
      expect(fs.readFileSync(path.join(out, bundle), 'utf8')).not.toContain('sourceMappingURL');
  });

  it('main.cjs starts, serves the renderer as app://, creates the workspace and loads the sample through IPC', () => {
    const appData = path.join(tmp, 'appdata');
    fs.mkdirSync(path.join(tmp, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'dist', 'renderer', 'index.html'), '<title>Campaign Desk</title>');
    const stdout = execFileSync(process.execPath, [path.join(out, 'main.cjs')], {
      cwd: tmp,
      // better-sqlite3 is external: found in the checkout's node_modules.
      env: { ...process.env, FAKE_APP_DATA: appData, NODE_PATH: path.join(root, 'node_modules') },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(report).toMatchObject({
      url: 'app://campaign-desk/index.html',
      served: {
        status: 200,
        body: '<title>Campaign Desk</title>',
        privileges: { standard: true, secure: true, supportFetchAPI: true },
      },
      preload: path.join(out, 'preload.cjs'),
      sample: { ok: true, result: { campaigns: 5, people: 6 } },
      info: {
        ok: true,
        result: { empty: false, location: path.join(appData, 'Campaign Desk', 'workspace.sqlite') },
      },
    });
  });

  it('preload.cjs runs with only the sandboxed preload require, exposing the bridge', () => {
    const code = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    const exposed = new Map<string, Record<string, unknown>>();
    const electron = {
      contextBridge: { exposeInMainWorld: (k: string, v: Record<string, unknown>) => exposed.set(k, v) },
      ipcRenderer: { invoke: async () => undefined, on() {}, removeListener() {} },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    };
    const module = { exports: {} };
    const context = vm.createContext({ console, URL, TextEncoder, TextDecoder });
    const wrapper = vm.runInContext(
      `(function (require, process, module, exports) {${code}\n})`,
      context,
    ) as (...args: unknown[]) => void;
    wrapper(sandboxRequire, { platform: 'darwin', versions: { electron: '45.4.1' } }, module, module.exports);
    expect(Object.keys(exposed.get('campaignDesk') ?? {}).sort()).toEqual(
      [
        'call',
        'listBackups',
        'onChange',
        'onCommand',
        'openExternal',
        'platform',
        'printToPdf',
        'restoreBackup',
        'setActingPerson',
      ].sort(),
    );
    expect(exposed.get('campaignDesk')?.platform).toEqual({ os: 'darwin', electron: '45.4.1' });
  });
});
