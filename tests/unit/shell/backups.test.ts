// Backups in the desktop app: a daily backup on start, the recent ones listed for admins,
// a restore from Settings that refuses a damaged file and otherwise replaces the workspace
// (keeping the old one) and restarts the app; and a clear dialog for an unusable workspace.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, RestoreOutcome } from '../../../shared/bridge.ts';
import { runApp } from '../../../electron/shell/app.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { SAMPLE_DIR, startApp, tempDir, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let s: Started | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const actAs = (started: Started, person: string | null) =>
  fake.ipcMain.invoke(IPC.actingPerson, started.trusted(), person);
const list = (started: Started) =>
  fake.ipcMain.invoke(IPC.listBackups, started.trusted()) as Promise<BackupEntry[]>;
const restore = (started: Started, file: string | null, event: unknown = started.trusted()) =>
  fake.ipcMain.invoke(IPC.restoreBackup, event, file) as Promise<RestoreOutcome>;
const campaigns = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM campaigns').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('backups in the desktop app', () => {
  it('writes the daily backup on start, dated by the app clock', async () => {
    s = await startApp();
    const names = fs.readdirSync(s.userData).filter((f) => f.includes('.auto-'));
    expect(names).toEqual([
      expect.stringMatching(/^workspace\.sqlite\.auto-2026-11-22T12-00-\d\d-\d{3}Z\.sqlite$/),
    ]);
  });

  it('lists recent backups to an admin only', async () => {
    s = await startApp();
    expect(await s.call('workspace.loadSample', {})).toMatchObject({ ok: true });
    await actAs(s, 'maria');
    expect(await list(s)).toEqual([]);
    await actAs(s, 'admin');
    expect(await list(s)).toEqual([
      {
        path: expect.stringContaining('.auto-'),
        kind: 'auto',
        at: expect.stringMatching(/^2026-11-22T12:00/),
        bytes: expect.any(Number),
      },
    ]);
  });

  it('refuses a restore to anyone but an admin, and from another page', async () => {
    s = await startApp();
    await s.call('workspace.loadSample', {});
    const [auto] = await (async () => {
      await actAs(s as Started, 'admin');
      return list(s as Started);
    })();
    expect(
      await restore(s, auto?.path ?? null, {
        sender: s.window.webContents,
        senderFrame: { url: 'https://evil.example/' },
      }),
    ).toMatchObject({ ok: false, reason: 'forbidden' });
    await actAs(s, 'maria');
    expect(await restore(s, auto?.path ?? null)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(fake.app.relaunch).not.toHaveBeenCalled();
    expect(campaigns(path.join(s.userData, 'workspace.sqlite'))).toBe(5);
  });

  it('refuses a damaged file the admin picks; the workspace stays open and unchanged', async () => {
    s = await startApp();
    await s.call('workspace.loadSample', {});
    await actAs(s, 'admin');
    const damaged = path.join(s.tmp, 'copied-badly.sqlite');
    fs.writeFileSync(damaged, 'SQLite format 3\0'.padEnd(8192, 'x'));
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [damaged] });
    const outcome = await restore(s, null);
    expect(outcome).toMatchObject({ ok: false, reason: 'damaged' });
    expect(fake.app.relaunch).not.toHaveBeenCalled();
    expect(await s.call('workspace.info', {})).toMatchObject({ ok: true, result: { empty: false } });
  });

  it('restores a listed backup, keeps the replaced workspace and restarts the app', async () => {
    s = await startApp(); // the daily backup holds the empty workspace
    await s.call('workspace.loadSample', {});
    await actAs(s, 'admin');
    const [auto] = await list(s);
    expect(await restore(s, auto?.path ?? null)).toEqual({ ok: true });
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(fake.app.relaunch).toHaveBeenCalledTimes(1);
    expect(fake.app.exit).toHaveBeenCalledWith(0);
    const file = path.join(s.userData, 'workspace.sqlite');
    expect(campaigns(file)).toBe(0);
    const kept = fs.readdirSync(s.userData).filter((f) => f.includes('.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(campaigns(path.join(s.userData, kept[0] as string))).toBe(5);
  });
});

describe('an unusable workspace on start', () => {
  it('a 0-byte workspace gets its own dialog and is left as it is', async () => {
    const tmp = tempDir();
    fake.reset({ appData: tmp });
    delete process.env.CAMPAIGN_DESK_WORKSPACE;
    const userData = path.join(tmp, 'Campaign Desk');
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, 'workspace.sqlite'), '');
    const running = await runApp({
      resourcesDir: SAMPLE_DIR,
      rendererDir: tmp,
      argv: ['electron', '.'],
    });
    expect(running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Campaign Desk cannot use its workspace',
      expect.stringMatching(/workspace\.sqlite is an empty \(0-byte\) file, perhaps a copy cut short/),
    );
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fs.statSync(path.join(userData, 'workspace.sqlite')).size).toBe(0);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
