// The native application menu. App-specific items send a ShellCommand to the
// renderer, which does the work; the rest are Electron's standard roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/bridge.ts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools only while developing. */
  isDev: boolean;
  send(command: ShellCommand): void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, name: ShellCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => options.send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      sep,
      command('Settings…', 'go-settings', 'CmdOrCtrl+,'),
      sep,
      { role: 'services' },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Campaign', 'new-campaign', 'CmdOrCtrl+N'),
      sep,
      command('Print…', 'print', 'CmdOrCtrl+P'),
      sep,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      sep,
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Month', 'view-month', 'CmdOrCtrl+1'),
      command('Week', 'view-week', 'CmdOrCtrl+2'),
      command('List', 'view-list', 'CmdOrCtrl+3'),
      sep,
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, sep] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: [
      command('Today', 'go-today', 'CmdOrCtrl+T'),
      sep,
      command('Calendar', 'go-calendar'),
      command('Inbox', 'go-inbox'),
      command('Readiness', 'go-readiness'),
      command('Metrics', 'go-metrics'),
      ...(mac ? [] : [command('Settings', 'go-settings', 'CmdOrCtrl+,')]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: mac ? [] : [{ role: 'about' }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, go, { role: 'windowMenu' }, help];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
