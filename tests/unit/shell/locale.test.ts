// The shell speaks the OS language (app.getLocale()): the native menu, the OS
// notifications and the error dialogs, with dates in that locale; English when
// the app does not speak the OS language.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

const menu = () => fake.Menu.current?.template as MenuItemConstructorOptions[];
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the shell in the OS language', () => {
  it('with a Ukrainian OS: Ukrainian menu, and a Ukrainian notification with a Ukrainian date', async () => {
    s = await startApp({ before: () => (fake.app.locale = 'uk-UA') });
    const started = s;
    const top = menu().filter((m) => process.platform !== 'darwin' || m.label !== 'Campaign Desk');
    expect(top.map((m) => m.label)).toEqual(['Файл', 'Редагування', 'Вигляд', 'Перехід', 'Вікно', 'Довідка']);
    const go = submenu(top[3]);
    const today = go.find((i) => i.label === 'Сьогодні');
    expect(today?.accelerator).toBe('CmdOrCtrl+T');
    (today?.click as () => void)();
    expect(started.window.webContents.send).toHaveBeenCalledWith(IPC.command, 'go-today');
    expect(submenu(top[1]).map((i) => i.label)).toContain('Вставити');

    expect(await started.call('workspace.loadSample', {})).toMatchObject({ ok: true });
    await fake.ipcMain.invoke(IPC.actingPerson, started.trusted(), 'taras');
    const created = await started.call(
      'campaigns.create',
      {
        title: 'Таблички на двері',
        start: '2027-01-10T08:00:00Z',
        end: '2027-01-20T20:00:00Z',
        departments: ['delivery'],
        draft: { objective: 'Продати більше табличок' },
      },
      'maria',
    );
    if (!created.ok) throw new Error(created.error.message);
    const { key, revision } = created.result as { key: string; revision: number };
    expect(
      await started.call('campaigns.publish', { key, revision, change: 'material' }, 'maria'),
    ).toMatchObject({
      ok: true,
    });
    await settle();

    expect(fake.Notification.instances.map((n) => n.options)).toEqual([
      {
        title: 'Новий бриф для підтвердження: Таблички на двері',
        // The deadline is three days before the launch: 7 January, in Ukrainian.
        body: expect.stringMatching(/^Версія 1 — підтвердьте до 7 січ\. 2027/),
      },
    ]);
  });

  it('with an OS language the app does not speak, falls back to English', async () => {
    s = await startApp({ before: () => (fake.app.locale = 'de-DE') });
    expect(menu().map((m) => m.label)).toContain('Edit');
  });

  it('shows the error dialog in the OS language', async () => {
    const tmp = tempDir();
    const userData = path.join(tmp, 'Campaign Desk');
    fs.mkdirSync(userData, { recursive: true });
    const db = new Database(path.join(userData, 'workspace.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    fake.reset({ appData: tmp });
    fake.app.locale = 'ru-RU';
    const running = await runApp({
      resourcesDir: tmp,
      rendererDir: tmp,
      argv: [],
    });
    expect(running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Для этого рабочего пространства нужна более новая версия Campaign Desk',
      expect.stringMatching(/создан более новой версией Campaign Desk \(версия рабочего пространства 999;/),
    );
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
