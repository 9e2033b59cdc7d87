import { ApiError, type ApiErrorCode } from '../../shared/api.ts';
import { englishMessage, type ErrorKey, type ErrorParams } from '../../shared/i18n/errors.ts';

/** A request the transport itself refuses, with the HTTP status that says why (413, 429, 400). */
export class HttpRefusal extends ApiError {
  readonly status: number;
  constructor(status: number, code: ApiErrorCode, key: ErrorKey, params: ErrorParams = {}) {
    super(code, englishMessage(key, params), undefined, key, params);
    this.status = status;
  }
}

/** decodeURIComponent that answers a malformed address ("/api/%") with 400 instead of throwing. */
export function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpRefusal(400, 'invalid_input', 'request_bad_address', { path: text.slice(0, 200) });
  }
}
