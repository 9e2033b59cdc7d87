// The main process's side of the workspace host (electron/workspace-host): it forks the
// utility process, opens the workspace there, forwards API calls and hears change events.
// Nothing here touches SQLite, so the window stays responsive during long work.
import { utilityProcess } from 'electron';
import { ApiError, type ApiInput, type ApiResult, type ChangeEvent, type Method } from '../../shared/api.ts';
import type { BridgeResponse, RestoreOutcome } from '../../shared/bridge.ts';
import { errorOf, type FromHost, type ToHost } from '../workspace-host/protocol.ts';

/** What the watchers need of the workspace: API calls (as nobody in particular) and the change feed. */
export interface WorkspaceFeed {
  call<M extends Method>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
  onChange(listener: (change: ChangeEvent) => void): () => void;
}

const STOPPED: BridgeResponse<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'The workspace process has stopped. Restart Campaign Desk.' },
};

const STOPPED_RESTORE: RestoreOutcome = {
  ok: false,
  reason: 'failed',
  message: 'The workspace process has stopped.',
};

export class WorkspaceClient implements WorkspaceFeed {
  private readonly child: Electron.UtilityProcess;
  private readonly pending = new Map<number, (response: BridgeResponse<unknown>) => void>();
  private readonly listeners = new Set<(change: ChangeEvent) => void>();
  private readonly waiting = new Map<FromHost['kind'], (message: FromHost) => void>();
  private nextId = 1;
  private exited = false;

  constructor(entry: string) {
    this.child = utilityProcess.fork(entry, [], { serviceName: 'Campaign Desk workspace', stdio: 'inherit' });
    this.child.on('message', (message: FromHost) => this.receive(message));
    this.child.on('exit', (code: number) => {
      this.exited = true;
      for (const reply of this.pending.values()) reply(STOPPED);
      this.pending.clear();
      // Whoever waits for an answer gets one: the process is gone.
      const message = `The workspace process stopped (exit code ${code}).`;
      if (this.waiting.has('open-failed'))
        this.receive({ kind: 'open-failed', failure: { kind: 'other', message } });
      else if (this.waiting.has('restore-failed')) this.receive({ kind: 'restore-failed', message });
      else this.receive({ kind: 'closed' });
    });
  }

  /** Opens the workspace file in the host; the error is the one opening it in-process would throw. */
  async open(file: string, resourcesDir: string, now: () => Date): Promise<{ readonly: boolean }> {
    if (this.exited) throw new Error('The workspace process has stopped.');
    const reply = this.next(['opened', 'open-failed']);
    this.send({ kind: 'open', file, resourcesDir, clockOffsetMs: now().getTime() - Date.now() });
    const message = await reply;
    if (message.kind === 'open-failed') throw errorOf(message.failure);
    return { readonly: message.kind === 'opened' && message.readonly };
  }

  /** An API call as `person` would make it from the window. */
  request(method: unknown, input: unknown, person: string | undefined): Promise<BridgeResponse<unknown>> {
    if (this.exited) return Promise.resolve(STOPPED);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ kind: 'call', id, method, input, person });
    });
  }

  async call<M extends Method>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
    const response = await this.request(method, input, undefined);
    if (!response.ok) throw ApiError.fromBody(response.error);
    return response.result as ApiResult<M>;
  }

  onChange(listener: (change: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * Replaces the workspace by the backup `file` in the host. A refused backup changes nothing
   * and the workspace stays open; otherwise the workspace is closed and the host ends.
   */
  async restore(file: string, at: Date): Promise<{ outcome: RestoreOutcome; closed: boolean }> {
    if (this.exited) return { outcome: { ...STOPPED_RESTORE }, closed: true };
    const reply = this.next(['restore-refused', 'restored', 'restore-failed']);
    this.send({ kind: 'restore', file, at: at.toISOString() });
    const message = await reply;
    if (message.kind === 'restore-refused')
      return { outcome: { ok: false, reason: message.reason, message: message.message }, closed: false };
    if (message.kind === 'restore-failed')
      return { outcome: { ok: false, reason: 'failed', message: message.message }, closed: true };
    return { outcome: { ok: true }, closed: true };
  }

  /** Closes the workspace; the host process then ends. */
  async close(): Promise<void> {
    if (this.exited) return;
    const closed = this.next(['closed']);
    this.send({ kind: 'close' });
    await closed;
  }

  private send(message: ToHost): void {
    this.child.postMessage(message);
  }

  private next(kinds: FromHost['kind'][]): Promise<FromHost> {
    return new Promise((resolve) => {
      for (const kind of kinds) this.waiting.set(kind, resolve);
    });
  }

  private receive(message: FromHost): void {
    switch (message.kind) {
      case 'reply':
        this.pending.get(message.id)?.(message.response);
        this.pending.delete(message.id);
        return;
      case 'change':
        for (const listener of this.listeners) listener(message.change);
        return;
      default: {
        const waiter = this.waiting.get(message.kind);
        this.waiting.clear();
        waiter?.(message);
      }
    }
  }
}
