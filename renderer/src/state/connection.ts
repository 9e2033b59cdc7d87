// Which workspace the desktop is on (the file on this computer or a team server) and,
// for a team server, whether it can be reached — as the shell reports it. In a browser
// there is no shell: the connection is null and nothing here shows.
import { create } from 'zustand';
import type { CampaignDeskBridge, WorkspaceConnection } from '../../../shared/bridge.ts';
import { useSession } from './session.ts';

export interface ConnectionState {
  /** undefined until the shell has answered; null in a browser. */
  connection: WorkspaceConnection | null | undefined;
}

export type TeamConnection = Extract<WorkspaceConnection, { kind: 'team' }>;

// A bridge from before team workspaces (or a test's stand-in) may lack the members.
const bridge = window.campaignDesk as Partial<CampaignDeskBridge> | undefined;

export const useConnection = create<ConnectionState>(() => ({
  connection: bridge?.connection ? undefined : null,
}));

function receive(next: WorkspaceConnection): void {
  const previous = useConnection.getState().connection;
  useConnection.setState({ connection: next });
  // Back from offline: what is on screen may be stale, so every view reads again.
  if (
    previous?.kind === 'team' &&
    previous.status === 'offline' &&
    next.kind === 'team' &&
    next.status === 'connected'
  )
    useSession.setState((s) => ({ revision: s.revision + 1 }));
}

if (bridge?.connection && bridge.onConnection) {
  bridge.onConnection(receive);
  void bridge.connection().then(receive);
}

export function useTeamConnection(): TeamConnection | undefined {
  return useConnection((s) => (s.connection?.kind === 'team' ? s.connection : undefined));
}

/** After the desk switched workspace: start the window afresh on it. */
export function startAfresh(): void {
  window.location.hash = '#/';
  window.location.reload();
}
