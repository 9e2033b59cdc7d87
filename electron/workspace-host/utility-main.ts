// Entry of the workspace host utility process, bundled to dist/electron/workspace-host.cjs
// and started by the main process with utilityProcess.fork.
import type { ToHost } from './protocol.ts';
import { runWorkspaceHost } from './host.ts';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const parent = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parent) throw new Error('workspace-host.cjs runs only as an Electron utility process');

runWorkspaceHost(
  {
    post: (message) => parent.postMessage(message),
    onMessage: (listener) => parent.on('message', (event) => listener(event.data as ToHost)),
  },
  () => process.exit(0),
);
