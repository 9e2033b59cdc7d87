// The preload exposes one narrow bridge: named functions over fixed channels,
// never ipcRenderer itself, and it refuses method names the API table lacks.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../../shared/api.ts';
import type { CampaignDeskBridge, ShellCommand } from '../../../shared/bridge.ts';
import { IPC } from '../../../electron/transports/ipc-channels.ts';
import * as fake from './fake-electron.ts';
import { BRIDGE_MEMBERS } from './bridge-members.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let bridge: CampaignDeskBridge;
beforeAll(async () => {
  fake.reset();
  await import('../../../electron/shell/preload.ts');
  bridge = fake.contextBridge.exposed.get('campaignDesk') as CampaignDeskBridge;
});
beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
});

describe('the preload bridge', () => {
  it('exposes only window.campaignDesk with the narrow set of members', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['campaignDesk']);
    expect(Object.keys(bridge).sort()).toEqual(BRIDGE_MEMBERS);
    for (const value of Object.values(bridge)) expect(value).not.toBe(fake.ipcRenderer);
    expect(bridge.platform).toEqual({ os: process.platform, electron: expect.any(String) });
  });

  it('sends a known method over the call channel with input and person', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: [] });
    const input = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };
    expect(await bridge.call('campaigns.list', input, 'maria')).toEqual({ ok: true, result: [] });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(IPC.call, 'campaigns.list', input, 'maria');
  });

  it('refuses an unknown method name without sending anything', async () => {
    for (const name of ['workspace.drop', '__proto__', 'constructor', 'toString']) {
      const response = await bridge.call(name as 'workspace.info', {});
      expect(response).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers changes and commands without the IPC event, until unsubscribed', () => {
    const changes: ChangeEvent[] = [];
    const commands: ShellCommand[] = [];
    const stopChanges = bridge.onChange((e) => changes.push(e));
    const stopCommands = bridge.onCommand((c) => commands.push(c));
    const change: ChangeEvent = {
      seq: 7,
      at: '2026-11-22T10:00:00.000Z',
      entity: 'campaign',
      key: 'bf-next-day',
      action: 'publish',
      actor: 'maria',
    };
    const sender = { ipcRenderer: fake.ipcRenderer };
    fake.ipcRenderer.emit(IPC.change, sender, change);
    fake.ipcRenderer.emit(IPC.command, sender, 'go-today');
    expect(changes).toEqual([change]);
    expect(commands).toEqual(['go-today']);

    stopChanges();
    stopCommands();
    fake.ipcRenderer.emit(IPC.change, sender, change);
    fake.ipcRenderer.emit(IPC.command, sender, 'print');
    expect(changes).toHaveLength(1);
    expect(commands).toHaveLength(1);
    expect(fake.ipcRenderer.listenerCount(IPC.change)).toBe(0);
  });

  it('tells the shell who is acting and asks it to open links', async () => {
    await bridge.setActingPerson('taras');
    await bridge.setActingPerson(null);
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC.actingPerson, 'taras'],
      [IPC.actingPerson, null],
    ]);
    fake.ipcRenderer.invoke.mockResolvedValueOnce(true);
    expect(await bridge.openExternal('https://github.com/')).toBe(true);
    fake.ipcRenderer.invoke.mockResolvedValueOnce('yes');
    expect(await bridge.openExternal('https://github.com/')).toBe(false);
  });

  it('sends only the four sign-in fields, and delivers connection changes without the IPC event', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true });
    const input = {
      server: 'https://desk.example.com',
      insecure: false,
      person: 'maria',
      password: 'pw',
      extra: 1,
    };
    expect(await bridge.connectTeam(input)).toEqual({ ok: true });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.connectTeam, {
      server: 'https://desk.example.com',
      insecure: false,
      person: 'maria',
      password: 'pw',
    });
    const seen: unknown[] = [];
    const stop = bridge.onConnection((c) => seen.push(c));
    const offline = { kind: 'team', status: 'offline' };
    fake.ipcRenderer.emit(IPC.connectionChanged, { ipcRenderer: fake.ipcRenderer }, offline);
    stop();
    fake.ipcRenderer.emit(IPC.connectionChanged, { ipcRenderer: fake.ipcRenderer }, offline);
    expect(seen).toEqual([offline]);
  });
});
