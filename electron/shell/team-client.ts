// The desk's side of a team workspace server (team-server.md §3, §5): the same
// client interface as the local workspace host (WorkspaceClient), over HTTP(S) with
// the session's Bearer token. API calls go to POST /api/<method>; one event stream
// (GET /api/events, resumed with Last-Event-ID) brings every change. When the server
// cannot be reached, reads answer with what they last returned (the screen stays
// readable) and writes fail with an error the person sees; a 401 ends the session.
import {
  ApiError,
  isMethod,
  type ApiInput,
  type ApiResult,
  type ChangeEvent,
  type Method,
} from '../../shared/api.ts';
import type { BridgeResponse } from '../../shared/bridge.ts';
import { splitUpload, UPLOAD_CONTENT_TYPE, UPLOAD_INPUT_HEADER, uploadHeader } from '../../shared/upload.ts';
import type { ApiBackend } from '../transports/ipc.ts';
import type { SessionTokenStore } from './session-token.ts';
import { SseParser } from './sse-parser.ts';
import {
  deskError,
  fetchExactly,
  isGatewayDown,
  redirected,
  serverError,
  unreachable,
} from './team-errors.ts';
import type { WorkspaceFeed } from './workspace-client.ts';

export type TeamStatus = 'connected' | 'offline' | 'signed-out';

/** Methods that only read: their last answers are kept for when the server cannot be reached. */
const READS = new Set<string>([
  'workspace.info',
  'workspace.export',
  'audit.list',
  'departments.list',
  'people.list',
  'campaigns.list',
  'campaigns.get',
  'campaigns.search',
  'inbox.list',
  'metrics.list',
  'samples.list',
  'readiness.report',
  'board.get',
  'settings.get',
  'reports.acknowledgements',
  'reports.readiness',
  'reports.acknowledgementsCsv',
  'reports.calendarIcs',
]);

const CACHE_ENTRIES = 200;

export interface TeamClientOptions {
  /** The server's base address (serverAddressSchema's output). */
  server: string;
  tokens: SessionTokenStore;
  /** How long a call may take before it counts as unanswered. */
  timeoutMs?: number;
  /** Waits between attempts to reopen the event stream: from `min` doubling up to `max`. */
  retryMs?: { min: number; max: number };
}

export class TeamClient implements ApiBackend, WorkspaceFeed {
  readonly server: string;
  readonly host: string;
  private readonly tokens: SessionTokenStore;
  private readonly timeoutMs: number;
  private readonly retryMs: { min: number; max: number };
  private readonly listeners = new Set<(change: ChangeEvent) => void>();
  private readonly statusListeners = new Set<(status: TeamStatus) => void>();
  private readonly cache = new Map<string, unknown>();
  private currentStatus: TeamStatus;
  /** The `errors` key saying why the session ended, when the server ended it. */
  reason: string | undefined;
  private lastEventId: string | undefined;
  private stream: AbortController | undefined;
  private wake: (() => void) | undefined;
  private closed = false;
  /** The event stream is open: every change from now on reaches the listeners. */
  streaming = false;

  constructor(options: TeamClientOptions) {
    this.server = options.server;
    this.host = new URL(options.server).host;
    this.tokens = options.tokens;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retryMs = options.retryMs ?? { min: 1000, max: 15_000 };
    // Connected until shown otherwise, so a start does not flash the offline banner.
    this.currentStatus = this.tokens.load() ? 'connected' : 'signed-out';
    if (this.currentStatus !== 'signed-out') void this.follow();
  }

  get status(): TeamStatus {
    return this.currentStatus;
  }

  onStatus(listener: (status: TeamStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  }

  onChange(listener: (change: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** An API call as the session's person; `person` from the window is ignored (the server decides who). */
  async request(method: unknown, input: unknown, _person?: string): Promise<BridgeResponse<unknown>> {
    // Only the API table's methods reach the server, as the local host's dispatch allows only those.
    if (!isMethod(method))
      return { ok: false, error: { code: 'not_found', message: `Unknown API method "${String(method)}".` } };
    const name: string = method;
    const reading = READS.has(name);
    const token = this.tokens.load();
    if (!token || this.currentStatus === 'signed-out')
      return { ok: false, error: deskError('forbidden', 'desk_session_ended', { host: this.host }) };
    // Only reads are answered from the cache (never a file upload, not worth turning into a key).
    const cacheKey = reading ? `${name} ${JSON.stringify(input ?? {})}` : '';
    const offline = (error: BridgeResponse<never> & { ok: false }): BridgeResponse<unknown> => {
      this.setStatus('offline');
      if (reading && this.cache.has(cacheKey)) return { ok: true, result: this.cache.get(cacheKey) };
      return error;
    };
    let response: Response;
    try {
      response = await fetchExactly(`${this.server}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        ...requestBody(input, token),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      return offline({ ok: false, error: unreachable(err, this.host, !reading) });
    }
    if (response.status === 401) {
      this.endSession('desk_session_ended');
      return { ok: false, error: deskError('forbidden', 'desk_session_ended', { host: this.host }) };
    }
    const elsewhere = redirected(response, this.host);
    if (elsewhere) return { ok: false, error: elsewhere };
    if (isGatewayDown(response.status))
      return offline({ ok: false, error: unreachable(undefined, this.host, !reading) });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, error: deskError('unavailable', 'desk_not_a_server', { host: this.host }) };
    }
    this.reachable();
    if (response.ok && body !== null && typeof body === 'object' && 'result' in body) {
      if (reading) this.remember(cacheKey, body.result);
      return { ok: true, result: body.result };
    }
    return { ok: false, error: serverError(body, this.host) };
  }

  async call<M extends Method>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
    const response = await this.request(method, input);
    if (!response.ok) throw ApiError.fromBody(response.error);
    return response.result as ApiResult<M>;
  }

  /** Ends the session on the server (when it can be reached) and forgets the token. */
  async signOut(): Promise<void> {
    const token = this.tokens.load();
    this.endSession(undefined);
    if (!token) return;
    try {
      await fetchExactly(`${this.server}/api/auth/sign-out`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      // Unreachable: the token is forgotten here and expires on the server.
    }
  }

  /** Stops the event stream; the session stays for the next start. */
  close(): Promise<void> {
    this.closed = true;
    this.stream?.abort();
    this.wake?.();
    return Promise.resolve();
  }

  private endSession(reason: string | undefined): void {
    this.tokens.clear();
    this.reason = reason;
    this.stream?.abort();
    this.wake?.();
    this.setStatus('signed-out');
  }

  /** A call got through: the server is back; if the stream is waiting to retry, it retries now. */
  private reachable(): void {
    if (this.currentStatus !== 'offline') return;
    this.setStatus('connected');
    this.wake?.();
  }

  private remember(key: string, result: unknown): void {
    this.cache.delete(key);
    this.cache.set(key, result);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
  }

  private setStatus(status: TeamStatus): void {
    if (status === this.currentStatus || (this.currentStatus === 'signed-out' && status !== 'signed-out'))
      return;
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private stopped(): boolean {
    return this.closed || this.currentStatus === 'signed-out';
  }

  /** Keeps one event stream open while signed in, reopening it with Last-Event-ID after a drop. */
  private async follow(): Promise<void> {
    let wait = this.retryMs.min;
    while (!this.stopped()) {
      const opened = await this.readStream();
      if (this.stopped()) return;
      // A stream that was open and ended is reopened at once; a failed attempt waits, longer each time.
      if (opened) {
        wait = this.retryMs.min;
        continue;
      }
      this.setStatus('offline');
      await new Promise<void>((resume) => {
        const timer = setTimeout(resume, wait);
        this.wake = () => {
          clearTimeout(timer);
          resume();
        };
      });
      this.wake = undefined;
      wait = Math.min(wait * 2, this.retryMs.max);
    }
  }

  /** Reads the event stream until it ends; false when it could not be opened. */
  private async readStream(): Promise<boolean> {
    const token = this.tokens.load();
    if (!token) {
      this.endSession(undefined);
      return false;
    }
    const controller = new AbortController();
    this.stream = controller;
    let opened = false;
    try {
      const response = await fetchExactly(`${this.server}/api/events`, {
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'text/event-stream',
          ...(this.lastEventId !== undefined ? { 'last-event-id': this.lastEventId } : {}),
        },
        signal: controller.signal,
      });
      if (response.status === 401) {
        this.endSession('desk_session_ended');
        return false;
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return false;
      }
      opened = true;
      this.streaming = true;
      this.setStatus('connected');
      const parser = new SseParser();
      const decoder = new TextDecoder();
      for await (const chunk of response.body) {
        for (const event of parser.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
          if (event.id !== undefined) this.lastEventId = event.id;
          this.deliver(event.data);
        }
      }
    } catch {
      // Dropped or refused: reopened by follow().
    } finally {
      this.streaming = false;
      if (this.stream === controller) this.stream = undefined;
    }
    return opened;
  }

  private deliver(data: string): void {
    let change: ChangeEvent;
    try {
      change = JSON.parse(data) as ChangeEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners) listener(change);
  }
}

/** The call's body and headers: JSON, or a file's bytes as the body (shared/upload.ts). */
function requestBody(input: unknown, token: string): { headers: Record<string, string>; body: BodyInit } {
  const authorization = `Bearer ${token}`;
  const upload = splitUpload(input);
  if (!upload)
    return {
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ input: input ?? {} }),
    };
  return {
    headers: {
      authorization,
      'content-type': UPLOAD_CONTENT_TYPE,
      [UPLOAD_INPUT_HEADER]: uploadHeader(upload.rest),
    },
    body: upload.bytes as Uint8Array<ArrayBuffer>,
  };
}
