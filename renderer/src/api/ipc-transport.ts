import type { Transport } from './client.ts';

/** The Electron preload bridge, or undefined in a plain browser. Wired up by the shell's bridge. */
export function ipcTransport(): Transport | undefined {
  const bridge = (window as unknown as { campaignDesk?: Transport }).campaignDesk;
  return bridge;
}
