// The object the preload exposes as `window.campaignDesk`: a few named functions
// over fixed channels. The renderer never sees ipcRenderer or IPC events, and
// method names are checked against the API table before anything is sent.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { isMethod, type ChangeEvent } from '../../shared/api.ts';
import type {
  BackupEntry,
  BridgeResponse,
  CampaignDeskBridge,
  ConnectOutcome,
  PeopleOffer,
  PlatformInfo,
  RestoreOutcome,
  ShellCommand,
  WorkspaceConnection,
} from '../../shared/bridge.ts';
import { IPC } from '../transports/ipc-channels.ts';

type Renderer = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function listen<T>(ipc: Renderer, channel: string, listener: (payload: T) => void): () => void {
  // The IPC event stays here: passing it on would hand the page ipcRenderer itself.
  const handler = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipc.on(channel, handler);
  return () => void ipc.removeListener(channel, handler);
}

export function createBridge(ipc: Renderer, platform: PlatformInfo): CampaignDeskBridge {
  return {
    call(method, input, person) {
      if (!isMethod(method)) {
        const error = { code: 'not_found' as const, message: `Unknown API method "${String(method)}".` };
        return Promise.resolve({ ok: false, error });
      }
      return ipc.invoke(IPC.call, method, input, person) as Promise<BridgeResponse<never>>;
    },
    onChange: (listener) => listen<ChangeEvent>(ipc, IPC.change, listener),
    onCommand: (listener) => listen<ShellCommand>(ipc, IPC.command, listener),
    async setActingPerson(person) {
      await ipc.invoke(IPC.actingPerson, typeof person === 'string' ? person : null);
    },
    async openExternal(url) {
      return (await ipc.invoke(IPC.openExternal, String(url))) === true;
    },
    async printToPdf() {
      return (await ipc.invoke(IPC.printToPdf)) === true;
    },
    async listBackups() {
      const list: unknown = await ipc.invoke(IPC.listBackups);
      return Array.isArray(list) ? (list as BackupEntry[]) : [];
    },
    restoreBackup(path) {
      return ipc.invoke(IPC.restoreBackup, typeof path === 'string' ? path : null) as Promise<RestoreOutcome>;
    },
    connection: () => ipc.invoke(IPC.connection) as Promise<WorkspaceConnection>,
    onConnection: (listener) => listen<WorkspaceConnection>(ipc, IPC.connectionChanged, listener),
    connectTeam(input) {
      const { server, insecure, person, password } = input;
      return ipc.invoke(IPC.connectTeam, { server, insecure, person, password }) as Promise<ConnectOutcome>;
    },
    teamPeople(input) {
      return ipc.invoke(IPC.teamPeople, {
        server: input.server,
        insecure: input.insecure,
      }) as Promise<PeopleOffer>;
    },
    async signOut() {
      await ipc.invoke(IPC.signOut);
    },
    useLocal: () => ipc.invoke(IPC.useLocal) as Promise<ConnectOutcome>,
    platform: { ...platform },
  };
}
