// The Content Security Policy every page of the app gets: only the app's own
// scripts, no remote anything, no plugins, no framing, no form posts.

const STRICT: readonly [string, ...string[]][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // FullCalendar and React set inline style attributes.
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

const serialise = (directives: readonly (readonly string[])[]): string =>
  directives.map((d) => d.join(' ')).join('; ');

export const CONTENT_SECURITY_POLICY = serialise(STRICT);

/**
 * The policy for a window. With a Vite dev server, hot reload needs its websocket
 * and React Refresh's inline preamble; the packaged app never takes this branch.
 */
export function contentSecurityPolicy(devServer?: URL): string {
  if (!devServer) return CONTENT_SECURITY_POLICY;
  const ws = `${devServer.protocol === 'https:' ? 'wss' : 'ws'}://${devServer.host}`;
  return serialise(
    STRICT.map(([name, ...values]) => {
      if (name === 'connect-src') return [name, ...values, ws];
      if (name === 'script-src') return [name, ...values, "'unsafe-inline'"];
      return [name, ...values];
    }),
  );
}

type Headers = Record<string, string | string[]>;

/** Response headers with any policy the response brought replaced by ours. */
export function withCsp(headers: Headers | undefined, policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}
