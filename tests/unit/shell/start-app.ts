// Starts the real shell (electron/shell/app.ts) against the fake electron module,
// with a real SQLite workspace in a temporary user-data folder.
// The test file must call vi.mock('electron', () => import('./fake-electron.ts')) itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BridgeResponse } from '../../../shared/bridge.ts';
import { APP_INDEX_URL } from '../../../electron/shell/app-protocol.ts';
import { runApp, type AppOptions, type RunningApp } from '../../../electron/shell/app.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';

export const SAMPLE_DIR = path.resolve(import.meta.dirname, '../../../electron/sample');

/**
 * The shell's clock in tests: the sample workspace's story (Black Friday on 27 Nov 2026)
 * read on 22 Nov 2026, whatever day the tests run.
 */
export const PINNED_NOW = new Date('2026-11-22T12:00:00Z');

/** A clock that starts at `start` and then runs, as `serve --clock` does. */
function runningFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

export interface Started {
  app: RunningApp;
  tmp: string;
  userData: string;
  /** The built renderer's folder the app serves as app://campaign-desk/. */
  rendererDir: string;
  window: fake.BrowserWindow;
  /** An IPC event as the app's own page in the main window sends it. */
  trusted(): { sender: unknown; senderFrame: { url: string } };
  call(method: unknown, input?: unknown, person?: string, event?: unknown): Promise<BridgeResponse<unknown>>;
  close(): Promise<void>;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-shell-'));
}

export async function startApp(
  options: {
    tmp?: string;
    argv?: string[];
    before?: (userData: string) => void;
    /** The services' clock; by default one running from PINNED_NOW. */
    now?: () => Date;
    /** A team server client's timeouts and retry waits. */
    team?: AppOptions['team'];
  } = {},
): Promise<Started> {
  const tmp = options.tmp ?? tempDir();
  const userData = path.join(tmp, 'Campaign Desk');
  delete process.env.CAMPAIGN_DESK_WORKSPACE;
  fake.reset({ appData: tmp });
  options.before?.(userData);
  const rendererDir = path.join(tmp, 'dist', 'renderer');
  const running = await runApp({
    resourcesDir: SAMPLE_DIR,
    rendererDir,
    argv: options.argv ?? ['electron', '.'],
    now: options.now ?? runningFrom(PINNED_NOW),
    ...(options.team ? { team: options.team } : {}),
  });
  if (!running) throw new Error('the app did not start');
  const window = fake.BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was opened');
  const trusted = () => ({
    sender: window.webContents,
    senderFrame: { url: `${APP_INDEX_URL}#/calendar` },
  });
  return {
    app: running,
    tmp,
    userData,
    rendererDir,
    window,
    trusted,
    call: (method, input, person, event = trusted()) =>
      fake.ipcMain.invoke(IPC.call, event, method, input, person) as Promise<BridgeResponse<unknown>>,
    async close() {
      await running.shutdown();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
