// The renderer's only way to the data: the typed API client over whichever
// transport this window has (Electron IPC through the preload bridge, or HTTP
// on loopback when the UI runs in a browser).
import type { ApiClient, ApiInput, ApiResult, ChangeEvent, Method } from '../../../shared/api.ts';
import { ApiError, type ApiErrorBody } from '../../../shared/api-error.ts';
import type { Person } from '../../../shared/domain.ts';

/** Embedded: whoever the person picker names. Team: whoever signed in (null: nobody yet). */
export type AuthState = { mode: 'embedded' } | { mode: 'team'; person: Person | null };

export type SignInResult = { ok: true; person: Person } | { ok: false; error: ApiErrorBody };

/** Sign-in to a team workspace server, for a transport that can reach one. */
export interface TeamAuth {
  session(): Promise<AuthState>;
  signIn(person: string, password: string): Promise<SignInResult>;
  signOut(): Promise<void>;
}

export interface Transport {
  send(
    method: Method,
    input: unknown,
    person: string | undefined,
  ): Promise<{ ok: true; result: unknown } | { ok: false; error: ApiErrorBody }>;
  /** `onLost`: the stream ended for good (a team server closes it when the session ends). */
  subscribe(listener: (event: ChangeEvent) => void, onLost?: () => void): () => void;
  /** Absent: always embedded (the desktop's IPC bridge). */
  auth?: TeamAuth;
}

/** Binds a transport to the typed client; `person()` names who acts (the "Who are you?" choice). */
export function createClient(transport: Transport, person: () => string | undefined): ApiClient {
  return {
    async call<M extends Method>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
      const reply = await transport.send(method, input, person());
      if (!reply.ok) throw ApiError.fromBody(reply.error);
      return reply.result as ApiResult<M>;
    },
    subscribe: (listener) => transport.subscribe(listener),
  };
}
