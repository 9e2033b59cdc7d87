// A stand-in for the `electron` module (the binary cannot run here). Each fake
// records what the shell asked of it, so tests assert on what a user would get:
// the window's preferences, the headers, the menu, the notifications.
// Use: vi.mock('electron', () => import('./fake-electron.ts')) and reset() in beforeEach.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly send = vi.fn();
  readonly printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 readiness report')));
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Emits will-navigate the way Electron does; returns whether the page prevented it. */
  navigate(url: string, channel = 'will-navigate'): boolean {
    let prevented = false;
    this.emit(channel, { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  readonly webContents = new FakeWebContents();
  bounds: Bounds;
  maximized = false;
  minimized = false;
  destroyed = false;
  loadedUrl: string | undefined;
  readonly focus = vi.fn();
  readonly show = vi.fn();
  readonly restore = vi.fn();

  constructor(options: BrowserWindow['options']) {
    super();
    this.options = options;
    this.bounds = {
      x: (options.x as number | undefined) ?? 0,
      y: (options.y as number | undefined) ?? 0,
      width: options.width as number,
      height: options.height as number,
    };
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  /** What closing the window does: 'close', then 'closed'. */
  close() {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  paths = new Map<string, string>();
  gotLock = true;
  isPackaged = false;
  name = 'campaign-desk';
  /** What getLocale() reports: the OS language the shell speaks in. */
  locale = 'en-GB';
  readonly quit = vi.fn();
  readonly relaunch = vi.fn();
  readonly exit = vi.fn();
  readonly setBadgeCount = vi.fn(() => true);
  readonly setAppUserModelId = vi.fn();
  getPath(name: string): string {
    const p = this.paths.get(name);
    if (!p) throw new Error(`fake app: no path "${name}"`);
    return p;
  }
  setPath(name: string, value: string) {
    this.paths.set(name, value);
  }
  requestSingleInstanceLock() {
    return this.gotLock;
  }
  ready = false;
  whenReady() {
    this.ready = true;
    return Promise.resolve();
  }
  getLocale() {
    return this.locale;
  }
}

export const app = new FakeApp();

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

export const session = {
  defaultSession: {
    headersListener: undefined as HeadersListener | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    webRequest: {
      onHeadersReceived(listener: HeadersListener) {
        session.defaultSession.headersListener = listener;
      },
    },
    setPermissionRequestHandler(handler: Listener) {
      session.defaultSession.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: Listener) {
      session.defaultSession.permissionCheck = handler;
    },
  },
};

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcMain.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    ipcMain.handlers.delete(channel);
  },
  /** Calls a handler as if a renderer invoked it with this event. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  },
};

type ProtocolHandler = (request: { url: string }) => Promise<Response> | Response;

export const protocol = {
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  /** Electron throws when this runs after ready; the fake records whether it did. */
  registeredAfterReady: false,
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
    if (app.ready) protocol.registeredAfterReady = true;
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler) {
    if (protocol.handlers.has(scheme)) throw new Error(`second handler for ${scheme}:`);
    protocol.handlers.set(scheme, handler);
  },
  /** What the page would get for this URL. */
  async fetch(url: string): Promise<Response> {
    const handler = protocol.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`no protocol handler for ${url}`);
    return handler({ url });
  },
};

/**
 * A utility process that runs the workspace host in this process (so the tests share its
 * faked clock), over the same structured-cloned messages a real one gets.
 */
export class FakeUtilityProcess extends EventEmitter {
  static instances: FakeUtilityProcess[] = [];
  readonly modulePath: string;
  readonly options: Record<string, unknown>;
  exited = false;
  private readonly toHost = new EventEmitter();
  private readonly started: Promise<void>;
  constructor(modulePath: string, options: Record<string, unknown>) {
    super();
    this.modulePath = modulePath;
    this.options = options;
    FakeUtilityProcess.instances.push(this);
    this.started = import('../../../electron/workspace-host/host.ts').then(({ runWorkspaceHost }) =>
      runWorkspaceHost(
        {
          post: (message) => queueMicrotask(() => this.emit('message', structuredClone(message))),
          onMessage: (listener) => this.toHost.on('message', listener),
        },
        () => this.kill(),
      ),
    );
  }
  postMessage(message: unknown) {
    const copy = structuredClone(message);
    void this.started.then(() => this.toHost.emit('message', copy));
  }
  kill() {
    if (this.exited) return;
    this.exited = true;
    setImmediate(() => this.emit('exit', 0));
  }
}

export const utilityProcess = {
  fork(modulePath: string, _args: string[] = [], options: Record<string, unknown> = {}) {
    if (!app.ready) throw new Error('utilityProcess.fork can only be called after the ready event');
    return new FakeUtilityProcess(modulePath, options);
  },
};

export const shell = { openExternal: vi.fn(() => Promise.resolve()) };

export const Menu = {
  current: undefined as { template: unknown[] } | undefined,
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] }) {
    Menu.current = menu;
  },
};

export class Notification extends EventEmitter {
  static instances: Notification[] = [];
  static supported = true;
  static isSupported() {
    return Notification.supported;
  }
  readonly options: { title: string; body: string };
  shown = false;
  constructor(options: { title: string; body: string }) {
    super();
    this.options = options;
    Notification.instances.push(this);
  }
  show() {
    this.shown = true;
  }
}

export const nativeTheme = { themeSource: 'light' as string };

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
  getAllDisplays() {
    return screen.displays;
  },
};

export const dialog = {
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn((): Promise<{ canceled: boolean; filePath?: string }> =>
    Promise.resolve({ canceled: true }),
  ),
  showOpenDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> =>
    Promise.resolve({ canceled: true, filePaths: [] }),
  ),
};

/**
 * The OS keychain's encryption as Electron's safeStorage offers it: a reversible
 * scrambling (XOR with a key, behind a marker) so tests can tell a token was encrypted
 * and decrypt it. `available` false is a Linux desktop without a keyring.
 */
const KEYCHAIN = Buffer.from('fake-os-keychain-key');
const MARKER = Buffer.from('v10');
const scramble = (bytes: Buffer) => Buffer.from(bytes.map((b, i) => b ^ KEYCHAIN[i % KEYCHAIN.length]!));
export const safeStorage = {
  available: true,
  /** What Linux reports: `basic_text` when there is no keyring (a fixed key, no real encryption). */
  backend: 'gnome_libsecret',
  isEncryptionAvailable() {
    return safeStorage.available;
  },
  getSelectedStorageBackend() {
    return safeStorage.backend;
  },
  encryptString(text: string): Buffer {
    if (!safeStorage.available) throw new Error('Encryption is not available.');
    return Buffer.concat([MARKER, scramble(Buffer.from(text, 'utf8'))]);
  },
  decryptString(encrypted: Buffer): string {
    if (!safeStorage.available) throw new Error('Decryption is not available.');
    if (!encrypted.subarray(0, MARKER.length).equals(MARKER))
      throw new Error('Error while decrypting the ciphertext.');
    return scramble(encrypted.subarray(MARKER.length)).toString('utf8');
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    contextBridge.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve(undefined));
  readonly send = vi.fn();
}
export const ipcRenderer = new FakeIpcRenderer();

/** Back to a freshly started process. */
export function reset(paths: Record<string, string> = {}): void {
  app.removeAllListeners();
  app.paths = new Map(Object.entries(paths));
  app.gotLock = true;
  app.isPackaged = false;
  app.ready = false;
  protocol.privileged = [];
  protocol.handlers.clear();
  protocol.registeredAfterReady = false;
  app.locale = 'en-GB';
  app.quit.mockClear();
  app.relaunch.mockClear();
  app.exit.mockClear();
  app.setBadgeCount.mockClear();
  BrowserWindow.instances = [];
  FakeUtilityProcess.instances = [];
  ipcMain.handlers.clear();
  shell.openExternal.mockClear();
  Menu.current = undefined;
  Notification.instances = [];
  Notification.supported = true;
  nativeTheme.themeSource = 'light';
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }];
  dialog.showErrorBox.mockClear();
  dialog.showSaveDialog.mockClear();
  dialog.showOpenDialog.mockReset();
  dialog.showOpenDialog.mockImplementation(() => Promise.resolve({ canceled: true, filePaths: [] }));
  session.defaultSession.headersListener = undefined;
  session.defaultSession.permissionRequest = undefined;
  session.defaultSession.permissionCheck = undefined;
  contextBridge.exposed.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockClear();
  ipcRenderer.send.mockClear();
}
