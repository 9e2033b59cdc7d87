// The bridge's shell requests besides the API: who is acting (for the inbox
// watcher), opening an external link and saving a PDF. Same sender check as the API channel.
import { ipcMain } from 'electron';
import { IPC } from '../transports/ipc-channels.ts';
import { isTrustedSender, type TrustedSender } from '../transports/ipc-sender.ts';
import { openExternalIfAllowed } from './security.ts';

export interface ShellIpcOptions extends TrustedSender {
  setActingPerson(person: string | null): Promise<void>;
  printToPdf(): Promise<boolean>;
}

export function bindShellIpc(options: ShellIpcOptions): () => void {
  ipcMain.handle(IPC.actingPerson, async (event, person: unknown) => {
    if (!isTrustedSender(event, options)) return;
    await options.setActingPerson(typeof person === 'string' && person !== '' ? person : null);
  });
  ipcMain.handle(IPC.openExternal, (event, url: unknown) => {
    if (!isTrustedSender(event, options)) return false;
    return openExternalIfAllowed(url);
  });
  ipcMain.handle(IPC.printToPdf, (event) => (isTrustedSender(event, options) ? options.printToPdf() : false));
  return () => {
    ipcMain.removeHandler(IPC.actingPerson);
    ipcMain.removeHandler(IPC.openExternal);
    ipcMain.removeHandler(IPC.printToPdf);
  };
}
