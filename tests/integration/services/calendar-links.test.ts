// Each department's calendar subscription link (team-server.md §7, Settings): admins make one
// per department (a calendar:read token kept for the department); members read only their own.
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/api.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

async function refusal(work: Promise<unknown>): Promise<ApiError> {
  try {
    await work;
  } catch (err) {
    return err as ApiError;
  }
  throw new Error('accepted');
}

describe('calendar subscription links', () => {
  it('an admin creates a department link once; the token is a calendar:read token limited to it', async () => {
    const link = await ws.call('calendarLinks.create', { department: 'support' }, 'admin');
    expect(link.department).toBe('support');
    await expect(ws.call('calendarLinks.create', { department: 'support' }, 'admin')).resolves.toEqual(link);
    const { token } = await ws.services.tokens.authenticate(link.token, 'calendar:read');
    expect(token.department).toBe('support');
    await expect(ws.call('tokens.list', {}, 'admin')).resolves.toHaveLength(1);
  });

  it('a member sees only their own department’s link, and cannot create one', async () => {
    await ws.call('calendarLinks.create', { department: 'support' }, 'admin');
    await ws.call('calendarLinks.create', { department: 'delivery' }, 'admin');
    await expect(ws.call('calendarLinks.list', {}, 'admin')).resolves.toHaveLength(2);
    const olenas = await ws.call('calendarLinks.list', {}, 'olena');
    expect(olenas.map((l) => l.department)).toEqual(['support']);
    await expect(ws.call('calendarLinks.list', {}, 'ivan')).resolves.toEqual([]);
    const refused = await refusal(ws.call('calendarLinks.create', { department: 'support' }, 'olena'));
    expect(refused.code).toBe('forbidden');
    // Nobody named (an embedded page before "Who are you?"): nothing.
    const anonymous = await refusal(ws.dispatch('calendarLinks.list', {}, { actor: undefined }));
    expect(anonymous.code).toBe('forbidden');
  });

  it('a revoked link is gone for everyone; the admin can make a new one', async () => {
    const first = await ws.call('calendarLinks.create', { department: 'support' }, 'admin');
    await ws.call('tokens.revoke', { name: 'calendar-support' }, 'admin');
    await expect(ws.call('calendarLinks.list', {}, 'olena')).resolves.toEqual([]);
    const second = await ws.call('calendarLinks.create', { department: 'support' }, 'admin');
    expect(second.token).not.toBe(first.token);
  });

  it('an unknown department is refused and nothing is made', async () => {
    const refused = await refusal(ws.call('calendarLinks.create', { department: 'legal' }, 'admin'));
    expect(refused.code).toBe('not_found');
    await expect(ws.call('tokens.list', {}, 'admin')).resolves.toEqual([]);
  });
});
