import type { ApiErrorBody, ChangeEvent, Method } from '../../../shared/api.ts';
import type { Person } from '../../../shared/domain.ts';
import type { SignInResult, TeamAuth, Transport } from './client.ts';
import { getSession, postCall, takeEarly } from './early-calls.ts';
import { splitUpload } from '../../../shared/upload.ts';

const unreachable: ApiErrorBody = {
  code: 'unavailable',
  message: 'Campaign Desk cannot reach the workspace. Check that it is running.',
};

/** A reply's `{"error": …}`, or one built from the status when the body is not ours (a proxy's page). */
async function errorOf(response: Response): Promise<ApiErrorBody> {
  const body = (await response.json().catch(() => ({}))) as { error?: ApiErrorBody };
  return (
    body.error ?? {
      code: response.status === 401 ? 'unauthenticated' : 'internal',
      message: response.statusText,
    }
  );
}

/**
 * Sign-in of `serve --team` (team-server.md §3). The session token travels only in the HttpOnly
 * cookie the server sets; the page never holds it. `GET /api/auth/session` tells the modes apart:
 * team mode answers 200 with the person or 401, embedded mode 200 `{ mode: 'embedded' }`.
 */
function teamAuth(base: string): TeamAuth {
  return {
    async session() {
      // The page's own origin may have asked already (early.ts).
      const early = base === '' ? await takeEarly('auth/session', {}, undefined) : undefined;
      const response = early ?? (await getSession(base));
      // 404: a server from before embedded mode answered here.
      if (response.status === 404) return { mode: 'embedded' };
      if (response.status === 401) return { mode: 'team', person: null };
      if (!response.ok) throw new Error((await errorOf(response)).message);
      const body = (await response.json()) as { mode?: 'embedded' } | { mode?: 'team'; person: Person };
      return 'person' in body ? { mode: 'team', person: body.person } : { mode: 'embedded' };
    },
    async signIn(person: string, password: string): Promise<SignInResult> {
      try {
        const response = await fetch(`${base}/api/auth/sign-in`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ person, password }),
        });
        if (!response.ok) return { ok: false, error: await errorOf(response) };
        const body = (await response.json()) as { person: Person };
        return { ok: true, person: body.person };
      } catch {
        return { ok: false, error: unreachable };
      }
    },
    async signOut() {
      await fetch(`${base}/api/auth/sign-out`, { method: 'POST', credentials: 'same-origin' }).catch(
        () => undefined,
      );
    },
  };
}

/** The API table over HTTP on the page's own origin (campaign-desk serve). */
export function httpTransport(base = ''): Transport {
  return {
    async send(method: Method, input: unknown, person: string | undefined) {
      let response: Response;
      try {
        // A file upload is never asked early (and is not worth turning into a key).
        const early = base === '' && !splitUpload(input) ? await takeEarly(method, input, person) : undefined;
        response = early ?? (await postCall(base, method, input, person));
      } catch {
        return { ok: false as const, error: unreachable };
      }
      if (!response.ok) return { ok: false as const, error: await errorOf(response) };
      const body = (await response.json()) as { result?: unknown; error?: ApiErrorBody };
      return body.error
        ? { ok: false as const, error: body.error }
        : { ok: true as const, result: body.result };
    },
    subscribe(listener: (event: ChangeEvent) => void, onLost?: () => void) {
      const source = new EventSource(`${base}/api/events`);
      source.onmessage = (message) => listener(JSON.parse(message.data as string) as ChangeEvent);
      // EventSource retries by itself, except after a refusal (401): then it is closed.
      source.onerror = () => {
        if (source.readyState === EventSource.CLOSED) onLost?.();
      };
      return () => source.close();
    },
    auth: teamAuth(base),
  };
}
