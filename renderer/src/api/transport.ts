import type { Transport } from './client.ts';
import { httpTransport } from './http-transport.ts';
import { ipcTransport } from './ipc-transport.ts';

/** Electron's preload bridge when present, else HTTP on the page's origin. Nothing else differs. */
export function pickTransport(): Transport {
  return ipcTransport() ?? httpTransport();
}
