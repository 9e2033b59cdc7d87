import type { ApiErrorBody, ChangeEvent, Method } from '../../../shared/api.ts';
import type { Transport } from './client.ts';

const PERSON_HEADER = 'x-campaign-desk-person';

/** The API table over HTTP on the page's own origin (campaign-desk serve). */
export function httpTransport(base = ''): Transport {
  return {
    async send(method: Method, input: unknown, person: string | undefined) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(person ? { [PERSON_HEADER]: person } : {}) },
          body: JSON.stringify({ input }),
        });
      } catch {
        return {
          ok: false as const,
          error: {
            code: 'unavailable',
            message: 'Campaign Desk cannot reach the workspace. Check that it is running.',
          } satisfies ApiErrorBody,
        };
      }
      const body = (await response.json()) as { result?: unknown; error?: ApiErrorBody };
      return body.error
        ? { ok: false as const, error: body.error }
        : { ok: true as const, result: body.result };
    },
    subscribe(listener: (event: ChangeEvent) => void) {
      const source = new EventSource(`${base}/api/events`);
      source.onmessage = (message) => listener(JSON.parse(message.data as string) as ChangeEvent);
      return () => source.close();
    },
  };
}
