// Sign-in for `serve --team` (team-server.md §3): the endpoints that are not methods of the
// API table, and who a request is made as. Browsers hold the session token in an HttpOnly,
// SameSite=Strict cookie; desktops and scripts send `Authorization: Bearer`.
import type http from 'node:http';
import { signInSchema } from '../../shared/schemas/access.ts';
import { problemsOf } from '../../shared/schemas/primitives.ts';
import { ApiError } from '../../shared/api.ts';
import { SESSION_ABSOLUTE_MS, type Authenticated } from '../services/access-service.ts';
import { failure } from '../services/context.ts';
import type { Services } from '../services/services.ts';
import { parseJsonText, readTextBody } from './http-body.ts';

export const SESSION_COOKIE = 'campaign_desk_session';

/** The bearer token, else the session cookie's; "" when neither is sent. */
export function sessionToken(req: http.IncomingMessage): string {
  const bearer = bearerToken(req);
  if (bearer) return bearer;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return '';
}

export function bearerToken(req: http.IncomingMessage): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? '';
}

/** The signed-in person of this request; throws 401 `unauthenticated` when there is none. */
export async function requireSession(services: Services, req: http.IncomingMessage): Promise<Authenticated> {
  const signedIn = await services.access.authenticate(sessionToken(req));
  if (!signedIn) throw failure('unauthenticated', 'session_required');
  return signedIn;
}

/** Under TLS, or behind a proxy that says the browser used https: the cookie is `Secure`. */
function cookie(req: http.IncomingMessage, value: string, maxAgeSeconds: number, tls: boolean): string {
  const secure = tls || req.headers['x-forwarded-proto'] === 'https';
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

/** Answers `/api/auth/*`; false when the path is not one of them. */
export async function handleAuth(
  services: Services,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  send: Send,
  tls: boolean,
): Promise<boolean> {
  if (path === '/api/auth/sign-in' && req.method === 'POST') {
    const parsed = signInSchema.safeParse(parseJsonText(await readTextBody(req, res, 64 * 1024)));
    if (!parsed.success) {
      const problems = problemsOf(parsed.error);
      throw new ApiError('invalid_input', `${problems[0]?.path}: ${problems[0]?.message}`, problems);
    }
    const { token, person, expires } = await services.access.signIn(parsed.data.person, parsed.data.password);
    send(
      200,
      { token, person, expires },
      { 'set-cookie': cookie(req, token, SESSION_ABSOLUTE_MS / 1000, tls) },
    );
    return true;
  }
  if (path === '/api/auth/sign-out' && req.method === 'POST') {
    const signedOut = await services.access.signOut(sessionToken(req));
    send(200, { signedOut }, { 'set-cookie': cookie(req, '', 0, tls) });
    return true;
  }
  if (path === '/api/auth/session' && req.method === 'GET') {
    const { actor, session } = await requireSession(services, req);
    send(200, { mode: 'team', person: actor.person, expires: session.absoluteExpiry });
    return true;
  }
  return false;
}
