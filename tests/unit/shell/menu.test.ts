// The native menu: the listed commands have their shortcuts, choosing one tells
// the renderer what to do, and every item reads in the OS language.
import type { TFunction } from 'i18next';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { shellText } from '../../../electron/shell/i18n.ts';
import { menuTemplate } from '../../../electron/shell/menu.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { startApp, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const byLabel = (template: MenuItemConstructorOptions[], label: string) =>
  items(template).find((i) => i.label === label);

const SHORTCUTS: [string, string, string][] = [
  ['New Campaign', 'CmdOrCtrl+N', 'new-campaign'],
  ['Today', 'CmdOrCtrl+T', 'go-today'],
  ['Month', 'CmdOrCtrl+1', 'view-month'],
  ['Week', 'CmdOrCtrl+2', 'view-week'],
  ['List', 'CmdOrCtrl+3', 'view-list'],
  ['Find…', 'CmdOrCtrl+F', 'find'],
  ['Print…', 'CmdOrCtrl+P', 'print'],
];

let s: Started | undefined;
let t: TFunction;
beforeAll(async () => {
  t = (await shellText('en-GB')).t;
});
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('application menu', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'on %s has every listed shortcut, each sending its command',
    (platform) => {
      const send = vi.fn();
      const template = menuTemplate({ platform, appName: 'Campaign Desk', isDev: false, send, t });
      for (const [label, accelerator, command] of SHORTCUTS) {
        const item = byLabel(template, label);
        expect(item?.accelerator, label).toBe(accelerator);
        (item?.click as () => void)();
        expect(send).toHaveBeenLastCalledWith(command);
      }
      const accelerators = items(template).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    },
  );

  it('has the macOS app menu only on macOS, and the usual top-level menus', () => {
    const labels = (platform: NodeJS.Platform) =>
      menuTemplate({ platform, appName: 'Campaign Desk', isDev: false, send: vi.fn(), t }).map(
        (m) => m.label ?? m.role,
      );
    expect(labels('darwin')).toEqual(['Campaign Desk', 'File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    expect(labels('linux')).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'Help']);
  });

  it.each(['darwin', 'linux', 'win32'] as const)(
    'on %s labels every item itself, roles included, so none falls back to English',
    (platform) => {
      const template = menuTemplate({ platform, appName: 'Campaign Desk', isDev: true, send: vi.fn(), t });
      const unlabelled = items(template).filter((i) => i.type !== 'separator' && !i.label);
      expect(unlabelled.map((i) => i.role)).toEqual([]);
      expect(items(template).find((i) => i.role === 'quit')?.label).toBe(
        platform === 'darwin' ? 'Quit Campaign Desk' : 'Quit',
      );
    },
  );

  it('offers developer tools only while developing', () => {
    const roles = (isDev: boolean) =>
      items(menuTemplate({ platform: 'linux', appName: 'Campaign Desk', isDev, send: vi.fn(), t })).map(
        (i) => i.role,
      );
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('is installed by the app and its commands reach the main window', async () => {
    s = await startApp();
    const template = fake.Menu.current?.template as MenuItemConstructorOptions[];
    (byLabel(template, 'Today')?.click as () => void)();
    expect(s.window.webContents.send).toHaveBeenCalledWith(IPC.command, 'go-today');
  });
});
