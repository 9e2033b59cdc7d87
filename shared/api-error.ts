// The one error every API method fails with, as transports carry it. Kept apart from
// the API table so a front end can use it without loading the schemas (zod).
import type { Problem } from './schemas/primitives.ts';

export type ApiErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'rate_limited'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'unavailable'
  | 'insufficient_storage'
  | 'internal';

/** The error shape every transport carries unchanged. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  problems?: Problem[];
  /** A key of the `errors` i18n namespace, so front ends can show `message` in the user's language. */
  key?: string;
  params?: Record<string, string | number>;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly problems: Problem[] | undefined;
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  constructor(
    code: ApiErrorCode,
    message: string,
    problems?: Problem[],
    key?: string,
    params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
    this.key = key;
    this.params = params;
  }
  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.problems ? { problems: this.problems } : {}),
      ...(this.key ? { key: this.key, params: this.params ?? {} } : {}),
    };
  }
  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.problems, body.key, body.params);
  }
}
