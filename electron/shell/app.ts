// Wires the desktop app together: one instance, the workspace (a utility process owning
// SQLite and the services, or a team workspace server), the IPC bindings, the menu, the inbox and readiness
// watchers and the main window. Everything with logic of its own lives in the small
// modules imported here.
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, nativeTheme, protocol, session, type BrowserWindow } from 'electron';
import type { ShellCommand } from '../../shared/bridge.ts';
import { IPC } from '../transports/ipc-channels.ts';
import { bindApiOverIpc } from '../transports/ipc.ts';
import { PRODUCT_NAME, WORKSPACE_FILE } from '../workspace-location.ts';
import { bindBackupIpc } from './backup-ipc.ts';
import { registerAppScheme, serveAppScheme } from './app-protocol.ts';
import { devAppLocation, devUrlArgument, packagedAppLocation, type AppLocation } from './app-url.ts';
import { contentSecurityPolicy } from './csp.ts';
import { shellText } from './i18n.ts';
import { InboxWatcher } from './inbox-watcher.ts';
import { installMenu } from './menu.ts';
import { createNotifier } from './notifications.ts';
import { ReadinessWatcher } from './readiness-watcher.ts';
import { guardWebContents, secureSession } from './security.ts';
import { bindConnectionIpc } from './connection-ipc.ts';
import type { CurrentWorkspace } from './current-workspace.ts';
import { bindShellIpc } from './shell-ipc.ts';
import { WINDOW_STATE_FILE } from './window-state.ts';
import { createMainWindow } from './window.ts';
import { WorkspaceClient } from './workspace-client.ts';
import { openWorkspace } from './workspace.ts';
import { WorkspaceConnections, type ConnectionsOptions, type LocalOpened } from './workspace-connections.ts';

export const APP_ID = 'com.campaigndesk.app';
export const PRELOAD_FILE = 'preload.cjs';
/** The workspace host's bundle (electron/workspace-host/utility-main.ts), beside main.cjs. */
export const WORKSPACE_HOST_FILE = 'workspace-host.cjs';

export interface AppOptions {
  /** The folder beside the main bundle: preload.cjs, workspace-host.cjs and the sample workspace. */
  resourcesDir: string;
  /** The built renderer's folder (index.html and its assets), served as app://campaign-desk/. */
  rendererDir: string;
  argv: readonly string[];
  /** The services' clock; tests pin it so nothing depends on today's date. */
  now?: () => Date;
  /** A team server client's timeouts and retry waits (tests shorten them). */
  team?: ConnectionsOptions<WorkspaceClient>['team'];
}

export interface RunningApp {
  window(): BrowserWindow | undefined;
  /** The workspace file, open in the workspace host. */
  workspaceFile: string;
  /** The workspace the window talks to: the local file's host or a team server. */
  workspace: CurrentWorkspace;
  connections: WorkspaceConnections<WorkspaceClient>;
  /** Unbinds IPC and closes the workspace; runs on quit. */
  shutdown(): Promise<void>;
}

function fail(title: string, message: string): undefined {
  dialog.showErrorBox(title, message);
  app.quit();
  return undefined;
}

/** Starts the app; undefined when it is quitting instead (second instance, unopenable workspace). */
export async function runApp(options: AppOptions): Promise<RunningApp | undefined> {
  // The same folder the command line uses by default (workspace-location.ts).
  app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  nativeTheme.themeSource = 'system';

  const devUrl = app.isPackaged ? undefined : devUrlArgument(options.argv);
  // Only before ready may a scheme be made privileged.
  registerAppScheme(protocol);
  let location: AppLocation;
  try {
    location = devUrl ? devAppLocation(devUrl) : packagedAppLocation();
  } catch {
    await app.whenReady();
    const { t } = await shellText(app.getLocale());
    return fail(t('errors.cannotStart'), t('errors.devUrl', { url: devUrl }));
  }

  let win: BrowserWindow | undefined;
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location.isAppUrl));
  await app.whenReady();
  // The OS language is known once the app is ready.
  const text = await shellText(app.getLocale());
  const policy = contentSecurityPolicy(location.devServer);
  secureSession(session.defaultSession, policy);
  if (!location.devServer) serveAppScheme(protocol, options.rendererDir, policy);

  const file = process.env.CAMPAIGN_DESK_WORKSPACE ?? path.join(app.getPath('userData'), WORKSPACE_FILE);
  const now = options.now ?? (() => new Date());
  // The local file in a workspace host, or the team server remembered from last time.
  const openLocal = async (): Promise<LocalOpened<WorkspaceClient>> => {
    const client = new WorkspaceClient(path.join(options.resourcesDir, WORKSPACE_HOST_FILE));
    const opened = await openWorkspace(client, file, { resourcesDir: options.resourcesDir, now }, text.t);
    if (opened.ok) return { ok: true, client };
    await client.close();
    return opened;
  };
  const started = await WorkspaceConnections.open({
    userData: app.getPath('userData'),
    localFile: file,
    openLocal,
    ...(options.team ? { team: options.team } : {}),
  });
  if (!started.ok) return fail(started.title, started.message);
  const { connections } = started;
  const workspace = connections.workspace;

  const webContents = () => (win && !win.isDestroyed() ? win.webContents : undefined);
  const send = (command: ShellCommand) => webContents()?.send(IPC.command, command);
  const openWindow = (): BrowserWindow => {
    const created = createMainWindow({
      preload: path.join(options.resourcesDir, PRELOAD_FILE),
      stateFile: path.join(app.getPath('userData'), WINDOW_STATE_FILE),
      title: PRODUCT_NAME,
    });
    created.on('closed', () => {
      if (win === created) win = undefined;
    });
    win = created;
    void created.loadURL(location.url);
    return created;
  };
  const focusWindow = () => {
    const w = win ?? openWindow();
    if (w.isMinimized()) w.restore();
    w.show();
    w.focus();
  };

  const trusted = { webContents, isAppUrl: location.isAppUrl };
  const ipc = bindApiOverIpc(workspace, trusted);
  let actingPerson: string | null = null;
  const notifier = createNotifier({ focusWindow, send, text });
  const watcher = new InboxWatcher(workspace, notifier);
  const readiness = new ReadinessWatcher(workspace, notifier);
  const unbindShell = bindShellIpc({
    ...trusted,
    setActingPerson: async (p) => {
      actingPerson = p;
      await readiness.setActingPerson(p);
      await watcher.setActingPerson(p);
    },
    printToPdf: async () => {
      const w = win;
      if (!w) return false;
      const pdf = await w.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      const { canceled, filePath } = await dialog.showSaveDialog(w, {
        defaultPath: 'campaign-desk-report.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (canceled || !filePath) return false;
      await fs.writeFile(filePath, pdf);
      return true;
    },
  });
  const unbindBackups = bindBackupIpc({
    ...trusted,
    workspace: file,
    now,
    isAdmin: async () => {
      // Backups are of the file on this computer; a team server's are its admins' business.
      if (!connections.localClient()) return false;
      const people = await workspace.call('people.list', {});
      return people.some((p) => p.key === actingPerson && p.roles.includes('admin'));
    },
    chooseFile: async (defaultPath) => {
      const options = {
        title: text.t('backups.pickTitle'),
        defaultPath,
        properties: ['openFile' as const],
        filters: [{ name: text.t('backups.fileType'), extensions: ['sqlite'] }],
      };
      const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? undefined : picked.filePaths[0];
    },
    restore: (backup, at) =>
      connections.localClient()?.restore(backup, at) ??
      Promise.resolve({ outcome: { ok: false, reason: 'failed', message: '' }, closed: false }),
    shutdown: () => shutdown(),
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    showError: (message) => dialog.showErrorBox(text.t('errors.restoreTitle'), message),
  });
  const unbindConnection = bindConnectionIpc({
    ...trusted,
    connections,
    send: (channel, payload) => webContents()?.send(channel, payload),
  });
  installMenu({ platform: process.platform, appName: PRODUCT_NAME, isDev: !app.isPackaged, send, t: text.t });

  app.on('second-instance', focusWindow);
  app.on('activate', () => {
    if (!win) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let stopped: Promise<void> | undefined;
  const shutdown = () =>
    (stopped ??= (async () => {
      unbindBackups();
      unbindConnection();
      watcher.dispose();
      readiness.dispose();
      ipc.dispose();
      unbindShell();
      await connections.close();
    })());
  app.on('will-quit', () => void shutdown());

  openWindow();
  return { window: () => win, workspaceFile: file, workspace, connections, shutdown };
}
