// The native application menu. App-specific items send a ShellCommand to the
// renderer, which does the work; the rest are Electron's standard roles, labelled
// here too because Electron's own role labels are English outside macOS.
import type { TFunction } from 'i18next';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/bridge.ts';

type Role = NonNullable<MenuItemConstructorOptions['role']>;

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools only while developing. */
  isDev: boolean;
  send(command: ShellCommand): void;
  /** The `shell` namespace in the OS language (./i18n.ts). */
  t: TFunction;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { t } = options;
  const mac = options.platform === 'darwin';
  const app = { app: options.appName };
  const command = (key: string, name: ShellCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(`menu.${key}`),
    click: () => options.send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const role = (name: Role, key: string): MenuItemConstructorOptions => ({
    role: name,
    label: t(`menu.${key}`, app),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      role('about', 'about'),
      sep,
      command('settingsEllipsis', 'go-settings', 'CmdOrCtrl+,'),
      sep,
      role('services', 'services'),
      sep,
      role('hide', 'hide'),
      role('hideOthers', 'hideOthers'),
      role('unhide', 'unhide'),
      sep,
      role('quit', 'quitApp'),
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      command('newCampaign', 'new-campaign', 'CmdOrCtrl+N'),
      sep,
      command('print', 'print', 'CmdOrCtrl+P'),
      sep,
      mac ? role('close', 'closeWindow') : role('quit', 'quit'),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      role('undo', 'undo'),
      role('redo', 'redo'),
      sep,
      role('cut', 'cut'),
      role('copy', 'copy'),
      role('paste', 'paste'),
      role('selectAll', 'selectAll'),
      sep,
      command('find', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      command('month', 'view-month', 'CmdOrCtrl+1'),
      command('week', 'view-week', 'CmdOrCtrl+2'),
      command('list', 'view-list', 'CmdOrCtrl+3'),
      sep,
      ...(options.isDev ? [role('reload', 'reload'), role('toggleDevTools', 'devTools'), sep] : []),
      role('resetZoom', 'resetZoom'),
      role('zoomIn', 'zoomIn'),
      role('zoomOut', 'zoomOut'),
      sep,
      role('togglefullscreen', 'fullScreen'),
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: t('menu.go'),
    submenu: [
      command('today', 'go-today', 'CmdOrCtrl+T'),
      sep,
      command('calendar', 'go-calendar'),
      command('inbox', 'go-inbox'),
      command('readiness', 'go-readiness'),
      command('metrics', 'go-metrics'),
      ...(mac ? [] : [command('settings', 'go-settings', 'CmdOrCtrl+,')]),
    ],
  };
  // Electron's ready-made windowMenu would bring English items; these are its items, labelled.
  const windowMenu: MenuItemConstructorOptions = {
    ...role('window', 'window'),
    submenu: mac
      ? [role('minimize', 'minimize'), role('zoom', 'zoom'), sep, role('front', 'front')]
      : [role('minimize', 'minimize'), role('close', 'close')],
  };
  const help: MenuItemConstructorOptions = {
    ...role('help', 'help'),
    submenu: mac ? [] : [role('about', 'about')],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, go, windowMenu, help];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
