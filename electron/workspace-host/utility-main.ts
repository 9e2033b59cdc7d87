// Entry of the workspace host utility process, bundled to dist/electron/workspace-host.cjs
// and started by the main process with utilityProcess.fork. The host (and better-sqlite3
// with it) is loaded after the port is up, so a database engine that fails to load is
// reported to the main process as the reason the workspace did not open.
import type { FromHost, ToHost } from './protocol.ts';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const parent = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parent) throw new Error('workspace-host.cjs runs only as an Electron utility process');

const early: ToHost[] = [];
let deliver: (message: ToHost) => void = (message) => void early.push(message);
parent.on('message', (event) => deliver(event.data as ToHost));
const post = (message: FromHost) => parent.postMessage(message);

import('./host.ts').then(
  ({ runWorkspaceHost }) => {
    runWorkspaceHost(
      {
        post,
        onMessage: (listener) => {
          deliver = listener;
          early.splice(0).forEach(listener);
        },
      },
      () => process.exit(0),
    );
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    deliver = (request) => {
      if (request.kind === 'open') post({ kind: 'open-failed', failure: { kind: 'other', message } });
      if (request.kind === 'close') {
        post({ kind: 'closed' });
        process.exit(0);
      }
    };
    early.splice(0).forEach(deliver);
  },
);
