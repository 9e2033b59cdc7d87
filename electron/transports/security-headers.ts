// The response headers every answer of the HTTP server carries (pages, files, API).
import { CONTENT_SECURITY_POLICY } from '../shell/csp.ts';

/** The UI may not be framed by other sites nor share a window with them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
