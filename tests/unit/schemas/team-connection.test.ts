// What the connect form accepts as a team server's address (team-server.md §2–§3):
// http(s) only, and plain http only to this machine unless the person ticks "insecure".
import { describe, expect, it } from 'vitest';
import { serverAddressSchema, teamSignInSchema } from '../../../shared/schemas/team-connection.ts';

const address = (server: string, insecure = false) => serverAddressSchema.safeParse({ server, insecure });
const issue = (server: string, insecure = false) => address(server, insecure).error?.issues[0]?.message;

describe('a team server address', () => {
  it('is https by default, kept with its port and proxy path, without a trailing slash', () => {
    expect(address('desk.example.com').data).toEqual({ server: 'https://desk.example.com', insecure: false });
    expect(address(' https://desk.example.com:8443/campaigns/ ').data?.server).toBe(
      'https://desk.example.com:8443/campaigns',
    );
  });

  it('allows plain http to this machine only, unless the insecure box is ticked', () => {
    for (const local of ['http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:8080'])
      expect(address(local).success, local).toBe(true);
    expect(issue('http://desk.example.com')).toBe('desk_insecure_http');
    expect(issue('http://10.0.0.5:8080')).toBe('desk_insecure_http');
    expect(issue('http://127.0.0.1.evil.example')).toBe('desk_insecure_http');
    expect(address('http://desk.example.com', true).data).toEqual({
      server: 'http://desk.example.com',
      insecure: true,
    });
  });

  it('refuses other schemes, credentials, queries and nonsense', () => {
    expect(issue('ftp://desk.example.com')).toBe('desk_address_scheme');
    expect(issue('file:///etc/passwd')).toBe('desk_address_invalid');
    expect(issue('javascript:alert(1)')).toBe('desk_address_invalid');
    expect(issue('https://user:pw@desk.example.com')).toBe('desk_address_invalid');
    expect(issue('https://desk.example.com/?token=1')).toBe('desk_address_invalid');
    expect(issue('')).toBe('desk_address_invalid');
  });
});

describe('the sign-in form', () => {
  const form = { server: 'desk.example.com', insecure: false, person: 'maria', password: 'a long password' };
  it('needs a person key and a password', () => {
    expect(teamSignInSchema.safeParse(form).data).toEqual({ ...form, server: 'https://desk.example.com' });
    expect(teamSignInSchema.safeParse({ ...form, person: ' ' }).error?.issues[0]?.message).toBe(
      'desk_person_required',
    );
    expect(teamSignInSchema.safeParse({ ...form, person: 'a b' }).error?.issues[0]?.message).toBe(
      'desk_person_invalid',
    );
    expect(teamSignInSchema.safeParse({ ...form, password: '' }).error?.issues[0]?.message).toBe(
      'desk_password_required',
    );
  });
});
