// The window's controls for which workspace the desk is on: the connection's state
// (and every change of it, pushed), sign in to a team server, sign out, back to this
// computer. Inputs are checked by WorkspaceConnections with the shared schemas; only
// the app's own page may ask.
import { ipcMain } from 'electron';
import type { ConnectOutcome, PeopleOffer, WorkspaceConnection } from '../../shared/bridge.ts';
import { IPC } from '../transports/ipc-channels.ts';
import { FORBIDDEN_SENDER, isTrustedSender, type TrustedSender } from '../transports/ipc-sender.ts';

export interface ConnectionControls {
  state(): WorkspaceConnection;
  onChange(listener: (connection: WorkspaceConnection) => void): () => void;
  connect(input: unknown): Promise<ConnectOutcome>;
  teamPeople(input: unknown): Promise<PeopleOffer>;
  signOut(): Promise<void>;
  useLocal(): Promise<ConnectOutcome>;
}

export interface ConnectionIpcOptions extends TrustedSender {
  connections: ConnectionControls;
  send(channel: string, payload: unknown): void;
}

const REFUSED = { ok: false as const, error: FORBIDDEN_SENDER };

export function bindConnectionIpc(options: ConnectionIpcOptions): () => void {
  const { connections } = options;
  ipcMain.handle(IPC.connection, (event) =>
    isTrustedSender(event, options) ? connections.state() : undefined,
  );
  ipcMain.handle(IPC.connectTeam, (event, input: unknown) =>
    isTrustedSender(event, options) ? connections.connect(input) : REFUSED,
  );
  ipcMain.handle(IPC.teamPeople, (event, input: unknown) =>
    isTrustedSender(event, options) ? connections.teamPeople(input) : REFUSED,
  );
  ipcMain.handle(IPC.signOut, async (event) => {
    if (isTrustedSender(event, options)) await connections.signOut();
  });
  ipcMain.handle(IPC.useLocal, (event) =>
    isTrustedSender(event, options) ? connections.useLocal() : REFUSED,
  );
  const unsubscribe = connections.onChange((connection) => options.send(IPC.connectionChanged, connection));
  return () => {
    unsubscribe();
    for (const channel of [IPC.connection, IPC.connectTeam, IPC.teamPeople, IPC.signOut, IPC.useLocal])
      ipcMain.removeHandler(channel);
  };
}
