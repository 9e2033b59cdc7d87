import type { Transport } from './client.ts';

/** The Electron preload bridge as a transport, or undefined in a plain browser. */
export function ipcTransport(): Transport | undefined {
  const bridge = window.campaignDesk;
  if (!bridge) return undefined;
  return {
    send: (method, input, person) => bridge.call(method, input as never, person),
    subscribe: (listener) => bridge.onChange(listener),
  };
}
