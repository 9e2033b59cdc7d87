// Inbox notifications and the badge: once the renderer says who is acting, a
// brief that newly awaits that person's department raises an OS notification
// (clicking it opens the campaign), and the badge shows how many are waiting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { startApp, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let s: Started;
beforeEach(async () => {
  s = await startApp();
  expect(await s.call('workspace.loadSample', {})).toMatchObject({ ok: true });
});
afterEach(async () => {
  await s.close();
});

const actAs = (person: string | null, event: unknown = s.trusted()) =>
  fake.ipcMain.invoke(IPC.actingPerson, event, person);

async function waitingFor(department: string): Promise<number> {
  const response = await s.call('inbox.list', { department });
  if (!response.ok) throw new Error(response.error.message);
  return (response.result as unknown[]).length;
}

/** Lets the watcher's recomputation after a change finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function publishNew(title: string, departments: string[]): Promise<string> {
  const created = await s.call(
    'campaigns.create',
    {
      title,
      start: '2027-01-10T08:00:00Z',
      end: '2027-01-20T20:00:00Z',
      departments,
      draft: { objective: 'Sell more door signs', customerPromise: 'Installed within a week' },
    },
    'maria',
  );
  if (!created.ok) throw new Error(created.error.message);
  const { key, revision } = created.result as { key: string; revision: number };
  const published = await s.call('campaigns.publish', { key, revision, change: 'material' }, 'maria');
  if (!published.ok) throw new Error(published.error.message);
  await settle();
  return key;
}

describe('inbox notifications', () => {
  it('shows the waiting count on the badge, without announcing what already waited', async () => {
    await actAs('taras');
    const waiting = await waitingFor('delivery');
    expect(waiting).toBeGreaterThan(0);
    expect(fake.app.setBadgeCount).toHaveBeenLastCalledWith(waiting);
    expect(fake.Notification.instances).toHaveLength(0);
  });

  it("notifies when a brief newly awaits the acting person's department, and clicking opens it", async () => {
    await actAs('taras');
    const before = await waitingFor('delivery');
    const key = await publishNew('Door signs week', ['delivery', 'support']);

    expect(fake.Notification.instances).toHaveLength(1);
    const [n] = fake.Notification.instances;
    expect(n?.shown).toBe(true);
    expect(n?.options.title).toContain('Door signs week');
    expect(n?.options.body).toMatch(/Version 1 .*acknowledge by/);
    expect(fake.app.setBadgeCount).toHaveBeenLastCalledWith(before + 1);

    s.window.minimized = true;
    n?.emit('click');
    expect(s.window.restore).toHaveBeenCalled();
    expect(s.window.focus).toHaveBeenCalled();
    expect(s.window.webContents.send).toHaveBeenCalledWith(IPC.command, `open-campaign:${key}`);
  });

  it("stays quiet for other departments' briefs and for acknowledgements", async () => {
    await actAs('taras');
    const before = await waitingFor('delivery');
    await publishNew('Sales only', ['sales']);
    expect(fake.Notification.instances).toHaveLength(0);

    const mine = await publishNew('Delivery too', ['delivery']);
    expect(fake.Notification.instances).toHaveLength(1);
    const ack = await s.call(
      'acknowledgements.record',
      { campaign: mine, department: 'delivery', version: 1, state: 'acknowledged' },
      'taras',
    );
    expect(ack.ok).toBe(true);
    await settle();
    expect(fake.Notification.instances).toHaveLength(1);
    expect(fake.app.setBadgeCount).toHaveBeenLastCalledWith(before);
  });

  it('announces a brief again when a new version needs acknowledging', async () => {
    await actAs('taras');
    const key = await publishNew('Door signs week', ['delivery']);
    await s.call(
      'acknowledgements.record',
      { campaign: key, department: 'delivery', version: 1, state: 'acknowledged' },
      'taras',
    );
    const edited = await s.call(
      'campaigns.update',
      { key, revision: 2, draft: { objective: 'Sell even more door signs' } },
      'maria',
    );
    expect(edited.ok).toBe(true);
    await s.call('campaigns.publish', { key, revision: 3, change: 'material' }, 'maria');
    await settle();
    expect(fake.Notification.instances.map((n) => n.options.title)).toEqual([
      expect.stringContaining('New brief'),
      expect.stringContaining('Brief changed'),
    ]);
  });

  it('stops when nobody is acting, and ignores a foreign page naming a person', async () => {
    await actAs('taras');
    await actAs(null);
    expect(fake.app.setBadgeCount).toHaveBeenLastCalledWith(0);
    fake.app.setBadgeCount.mockClear();
    await actAs('olena', { sender: s.window.webContents, senderFrame: { url: 'https://evil.example/' } });
    expect(fake.app.setBadgeCount).not.toHaveBeenCalled();
    await publishNew('Door signs week', ['delivery', 'support']);
    expect(fake.Notification.instances).toHaveLength(0);
  });
});
