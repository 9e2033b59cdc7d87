// What a person types to connect the desktop to a team workspace (team-server.md §3):
// the server's address, who they are and their password. Checked in the window (to
// say what is wrong at once) and again in the main process (the IPC boundary).
// Issue messages are keys of the `errors` namespace, so both sides word them alike.
import { z } from 'zod';

/** Hosts that never leave the machine: plain http to them sends nothing over a network. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The server's base address: scheme, host, port and any path a proxy serves it under,
 * without a trailing slash. A bare host name means https.
 */
export function normaliseServerAddress(text: string): URL | undefined {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash || !url.hostname) return undefined;
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** The address as the desk stores and calls it, e.g. `https://desk.example.com` or `http://127.0.0.1:8080/desk`. */
export function serverBase(url: URL): string {
  return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}

export const serverAddressSchema = z
  .object({
    server: z.string().max(2000),
    /** The person ticked "allow an unencrypted connection" (http:// to another machine). */
    insecure: z.boolean().default(false),
  })
  .transform((value, ctx) => {
    const url = normaliseServerAddress(value.server);
    if (!url) {
      ctx.addIssue({ code: 'custom', path: ['server'], message: 'desk_address_invalid' });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', path: ['server'], message: 'desk_address_scheme' });
      return z.NEVER;
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname) && !value.insecure) {
      ctx.addIssue({ code: 'custom', path: ['insecure'], message: 'desk_insecure_http' });
      return z.NEVER;
    }
    return { server: serverBase(url), insecure: value.insecure };
  });

export const teamSignInSchema = z
  .object({
    server: z.string().max(2000),
    insecure: z.boolean().default(false),
    person: z
      .string()
      .trim()
      .min(1, 'desk_person_required')
      .max(100, 'desk_person_invalid')
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'desk_person_invalid'),
    password: z.string().min(1, 'desk_password_required').max(1000),
  })
  .transform((value, ctx) => {
    const address = serverAddressSchema.safeParse({ server: value.server, insecure: value.insecure });
    if (!address.success) {
      for (const issue of address.error.issues)
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { ...address.data, person: value.person, password: value.password };
  });

export type TeamSignIn = z.input<typeof teamSignInSchema>;
export type TeamSignInChecked = z.output<typeof teamSignInSchema>;
export type ServerAddress = z.output<typeof serverAddressSchema>;
