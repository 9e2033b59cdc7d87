// The API table over Electron IPC: one invoke channel for every method, and the
// change feed pushed to the window. Results and errors travel as a value
// (BridgeResponse) so the renderer gets code, message and problems intact.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { BridgeResponse } from '../../shared/bridge.ts';
import { createDispatch, toApiError } from '../api/dispatch.ts';
import type { Services } from '../services/services.ts';
import { IPC } from './ipc-channels.ts';
import { FORBIDDEN_SENDER, isTrustedSender } from './ipc-sender.ts';

export interface IpcOptions {
  /** The main window's webContents, or undefined while there is none. */
  webContents(): WebContents | undefined;
  isAppUrl(url: string): boolean;
}

export interface IpcBinding {
  dispose(): void;
}

export function bindApiOverIpc(services: Services, options: IpcOptions): IpcBinding {
  const dispatch = createDispatch(services);

  ipcMain.handle(
    IPC.call,
    async (
      event: IpcMainInvokeEvent,
      method: unknown,
      input: unknown,
      person: unknown,
    ): Promise<BridgeResponse<unknown>> => {
      if (!isTrustedSender(event, options)) return { ok: false, error: FORBIDDEN_SENDER };
      try {
        const actor = typeof person === 'string' && person !== '' ? person : undefined;
        return { ok: true, result: await dispatch(method, input, { actor }) };
      } catch (err) {
        return { ok: false, error: toApiError(err).toBody() };
      }
    },
  );

  const unsubscribe = services.ctx.onChange((change) => {
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
