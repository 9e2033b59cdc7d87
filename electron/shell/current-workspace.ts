// The workspace the window and the watchers talk to, whichever it is now: the local
// workspace host or a team server. Switching (connect, sign out, back to this computer)
// swaps what is behind it; the IPC binding and the watchers keep their one subscription.
import { ApiError, type ApiInput, type ApiResult, type ChangeEvent, type Method } from '../../shared/api.ts';
import type { BridgeResponse } from '../../shared/bridge.ts';
import type { ApiBackend } from '../transports/ipc.ts';
import type { WorkspaceFeed } from './workspace-client.ts';

/** What either kind of workspace client offers (WorkspaceClient, TeamClient). */
export interface WorkspaceBackend extends ApiBackend, WorkspaceFeed {
  close(): Promise<void>;
}

export class CurrentWorkspace implements ApiBackend, WorkspaceFeed {
  private backend: WorkspaceBackend;
  private unsubscribe: () => void;
  private readonly listeners = new Set<(change: ChangeEvent) => void>();

  constructor(backend: WorkspaceBackend) {
    this.backend = backend;
    this.unsubscribe = this.follow(backend);
  }

  get current(): WorkspaceBackend {
    return this.backend;
  }

  /** Puts `backend` in place and returns the one it replaced (for the caller to close). */
  use(backend: WorkspaceBackend): WorkspaceBackend {
    const previous = this.backend;
    this.unsubscribe();
    this.backend = backend;
    this.unsubscribe = this.follow(backend);
    return previous;
  }

  request(method: unknown, input: unknown, person: string | undefined): Promise<BridgeResponse<unknown>> {
    return this.backend.request(method, input, person);
  }

  async call<M extends Method>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
    const response = await this.backend.request(method, input, undefined);
    if (!response.ok) throw ApiError.fromBody(response.error);
    return response.result as ApiResult<M>;
  }

  onChange(listener: (change: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  close(): Promise<void> {
    this.unsubscribe();
    return this.backend.close();
  }

  private follow(backend: WorkspaceBackend): () => void {
    return backend.onChange((change) => {
      for (const listener of this.listeners) listener(change);
    });
  }
}
