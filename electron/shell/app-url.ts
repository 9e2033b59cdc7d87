// The one URL the window may show: the packaged index.html (app://, app-protocol.ts) or,
// while developing, the Vite dev server on loopback. Navigation, IPC and the CSP all ask here.
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-protocol.ts';

export interface AppLocation {
  /** What the window loads. */
  url: string;
  /** The dev server's origin when developing, for the CSP's connect-src. */
  devServer: URL | undefined;
  isAppUrl(url: string): boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The built renderer, served as app://campaign-desk/: only its index.html counts (its query and hash may vary). */
export function packagedAppLocation(): AppLocation {
  return {
    url: APP_INDEX_URL,
    devServer: undefined,
    isAppUrl(url) {
      const u = parse(url);
      return (
        u !== undefined &&
        u.protocol === `${APP_SCHEME}:` &&
        u.host === APP_HOST &&
        u.pathname === '/index.html'
      );
    },
  };
}

/** A Vite dev server: any page of its origin. Only http(s) on loopback is accepted. */
export function devAppLocation(devUrl: string): AppLocation {
  const home = parse(devUrl);
  if (!home || !['http:', 'https:'].includes(home.protocol) || !LOOPBACK.has(home.hostname)) {
    throw new Error(`--dev-url must be an http://localhost or http://127.0.0.1 address, not "${devUrl}".`);
  }
  return {
    url: home.href,
    devServer: home,
    isAppUrl(url) {
      const u = parse(url);
      return u !== undefined && u.origin === home.origin;
    },
  };
}

/** `--dev-url=URL` or `--dev-url URL` from the command line, if given. */
export function devUrlArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--dev-url=')) return arg.slice('--dev-url='.length);
    if (arg === '--dev-url') return argv[i + 1];
  }
  return undefined;
}
