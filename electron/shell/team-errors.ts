// The errors the desk itself reports about a team workspace server (it cannot be
// reached, the session ended…), as API error bodies whose `key` the window words in
// the person's language (the `errors` namespace).
import type { ApiErrorBody, ApiErrorCode } from '../../shared/api.ts';
import { englishMessage, type ErrorKey } from '../../shared/i18n/errors.ts';

export function deskError(
  code: ApiErrorCode,
  key: ErrorKey,
  params: Record<string, string> = {},
): ApiErrorBody {
  return { code, message: englishMessage(key, params), key, params };
}

const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

/** What went wrong reaching the server: its certificate, or the network / the server being down. */
export function unreachable(err: unknown, host: string, writing: boolean): ApiErrorBody {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (CERTIFICATE.test(code)) return deskError('unavailable', 'desk_certificate', { host, detail: code });
  if ((err as Error | undefined)?.name === 'TimeoutError')
    return deskError('unavailable', writing ? 'desk_no_answer' : 'desk_unreachable', { host });
  return deskError('unavailable', writing ? 'desk_not_sent' : 'desk_unreachable', { host });
}

/** A body from the server is kept as it came when it has the error shape; anything else is not a desk server. */
export function serverError(body: unknown, host: string): ApiErrorBody {
  const error = (body as { error?: unknown } | null)?.error as Partial<ApiErrorBody> | undefined;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const { code, message, problems, key, params } = error;
    return {
      code: code,
      message,
      ...(Array.isArray(problems) ? { problems } : {}),
      ...(typeof key === 'string' ? { key, params: params ?? {} } : {}),
    };
  }
  return deskError('unavailable', 'desk_not_a_server', { host });
}

/** Answers that mean the server (or the proxy before it) is down for now, not that the request was wrong. */
export function isGatewayDown(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

/**
 * fetch that never follows a redirect: a token or a password goes only to the address the
 * person gave (a 307 would send the sign-in body on to wherever it points).
 */
export function fetchExactly(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, { ...init, redirect: 'manual' });
}

/** A redirect answered instead: the person should enter the address it points to. */
export function redirected(response: Response, host: string): ApiErrorBody | undefined {
  if (response.status < 300 || response.status >= 400) return undefined;
  return deskError('unavailable', 'desk_redirected', {
    host,
    location: response.headers.get('location') ?? '',
  });
}
