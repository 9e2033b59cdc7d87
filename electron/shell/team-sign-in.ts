// Signing in to a team workspace server (team-server.md §3) and, before that, asking
// it whom it offers to sign in as. Plain JSON endpoints, not methods of the API table.
import type { ApiErrorBody } from '../../shared/api.ts';
import type { PeopleOffer } from '../../shared/bridge.ts';
import {
  deskError,
  fetchExactly,
  isGatewayDown,
  redirected,
  serverError,
  unreachable,
} from './team-errors.ts';

export type SignInResult = { ok: true; token: string; person: string } | { ok: false; error: ApiErrorBody };

const TIMEOUT_MS = 15_000;

export async function signIn(server: string, person: string, password: string): Promise<SignInResult> {
  const host = new URL(server).host;
  let response: Response;
  try {
    response = await fetchExactly(`${server}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ person, password }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    return { ok: false, error: unreachable(err, host, false) };
  }
  const elsewhere = redirected(response, host);
  if (elsewhere) return { ok: false, error: elsewhere };
  // The same answer for a wrong password and an unknown person, by design.
  if (response.status === 401) return { ok: false, error: deskError('forbidden', 'desk_sign_in_refused') };
  if (response.status === 429)
    return { ok: false, error: deskError('unavailable', 'desk_too_many_attempts') };
  if (isGatewayDown(response.status)) return { ok: false, error: unreachable(undefined, host, false) };
  const body = (await response.json().catch(() => undefined)) as
    { token?: unknown; person?: { key?: unknown } } | undefined;
  if (response.ok && typeof body?.token === 'string' && body.token !== '') {
    const key = typeof body.person?.key === 'string' ? body.person.key : person;
    return { ok: true, token: body.token, person: key };
  }
  return {
    ok: false,
    error:
      response.status === 404
        ? deskError('unavailable', 'desk_not_a_server', { host })
        : serverError(body, host),
  };
}

/**
 * The people to choose from before signing in. A team server answers 401 to everybody
 * without a session, and then the person types their key; an open list is offered.
 */
export async function peopleOffered(server: string): Promise<PeopleOffer> {
  const host = new URL(server).host;
  try {
    const response = await fetchExactly(`${server}/api/people.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"input":{}}',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status === 401) return { ok: true, people: [] };
    const elsewhere = redirected(response, host);
    if (elsewhere) return { ok: false, error: elsewhere };
    const body = (await response.json().catch(() => undefined)) as { result?: unknown } | undefined;
    if (!response.ok || !Array.isArray(body?.result))
      return { ok: false, error: deskError('unavailable', 'desk_not_a_server', { host }) };
    const people = (body.result as { key?: unknown; name?: unknown }[])
      .filter((p) => typeof p.key === 'string' && typeof p.name === 'string')
      .map((p) => ({ key: p.key as string, name: p.name as string }));
    return { ok: true, people };
  } catch (err) {
    return { ok: false, error: unreachable(err, host, false) };
  }
}
