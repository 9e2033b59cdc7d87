// The one main window: locked-down web preferences, remembered bounds. The caller
// loads the page once it holds the window, so IPC from the page finds it.
import { BrowserWindow, screen } from 'electron';
import {
  clampToDisplays,
  MIN_SIZE,
  readWindowState,
  writeWindowState,
  type WindowState,
} from './window-state.ts';

export interface MainWindowOptions {
  preload: string;
  stateFile: string;
  title: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = readWindowState(options.stateFile);
  const state = clampToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => writeWindowState(options.stateFile, currentState(win)));
  return win;
}

function currentState(win: BrowserWindow): WindowState {
  // Normal bounds: a maximised window comes back maximised over its old size.
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}
