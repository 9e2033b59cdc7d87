// The API table over Electron IPC: one invoke channel for every method, and the
// change feed pushed to the window. Results and errors travel as a value
// (BridgeResponse) so the renderer gets code, message and problems intact.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { ChangeEvent } from '../../shared/api.ts';
import type { BridgeResponse } from '../../shared/bridge.ts';
import { IPC } from './ipc-channels.ts';
import { FORBIDDEN_SENDER, isTrustedSender } from './ipc-sender.ts';

export interface IpcOptions {
  /** The main window's webContents, or undefined while there is none. */
  webContents(): WebContents | undefined;
  isAppUrl(url: string): boolean;
}

/** Where calls go: the workspace host's dispatch (electron/workspace-host), which never rejects. */
export interface ApiBackend {
  request(method: unknown, input: unknown, person: string | undefined): Promise<BridgeResponse<unknown>>;
  onChange(listener: (change: ChangeEvent) => void): () => void;
}

export interface IpcBinding {
  dispose(): void;
}

export function bindApiOverIpc(backend: ApiBackend, options: IpcOptions): IpcBinding {
  ipcMain.handle(
    IPC.call,
    async (
      event: IpcMainInvokeEvent,
      method: unknown,
      input: unknown,
      person: unknown,
    ): Promise<BridgeResponse<unknown>> => {
      if (!isTrustedSender(event, options)) return { ok: false, error: FORBIDDEN_SENDER };
      const actor = typeof person === 'string' && person !== '' ? person : undefined;
      return backend.request(method, input, actor);
    },
  );

  const unsubscribe = backend.onChange((change) => {
    const contents = options.webContents();
    if (contents && !contents.isDestroyed()) contents.send(IPC.change, change);
  });

  return {
    dispose() {
      ipcMain.removeHandler(IPC.call);
      unsubscribe();
    },
  };
}
