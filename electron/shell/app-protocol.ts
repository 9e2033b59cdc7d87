// The packaged app is served from `app://campaign-desk/`, not `file://`: a standard,
// secure origin of its own (so `'self'` in the CSP means the app and nothing else on disk),
// whose handler hands out only files inside the built renderer folder, with the CSP header.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentTypeOf, uiFileInside } from '../ui-files.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'campaign-desk';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Before the app is ready (Electron's rule): `app:` behaves like https for the page. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const refuse = (status: number) => new Response(null, { status });

/** The response for one request to `app://…`: a file of `rendererDir`, or 400/404. */
export async function appResponse(url: string, rendererDir: string, policy: string): Promise<Response> {
  let u: URL;
  let relative: string;
  try {
    u = new URL(url);
    relative = decodeURIComponent(u.pathname);
  } catch {
    return refuse(400);
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || relative.includes('\0')) return refuse(404);
  const root = await fs.realpath(rendererDir).catch(() => undefined);
  if (!root) return refuse(404);
  const real = uiFileInside(root, path.join(root, relative === '/' ? 'index.html' : relative));
  if (!real) return refuse(404);
  return new Response(new Uint8Array(await fs.readFile(real)), {
    status: 200,
    headers: {
      'content-type': contentTypeOf(real),
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

/** After ready: answers `app://` from the renderer folder. */
export function serveAppScheme(
  protocol: Pick<Protocol, 'handle'>,
  rendererDir: string,
  policy: string,
): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, rendererDir, policy));
}
