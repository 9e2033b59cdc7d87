// The API table over HTTP on loopback, with a change-event stream (server-sent
// events) and the built UI, so the real renderer runs in a browser for tests and
// the workspace server can grow from here.
//   POST /api/<method>   body {"input": …}, header x-campaign-desk-person → {"result": …} | {"error": …}
//   GET  /api/events     text/event-stream of ChangeEvent, each with `id: <seq>`; a client that
//                        reconnects with Last-Event-ID first receives, in order, what it missed
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError, type ApiErrorBody, type ApiErrorCode } from '../../shared/api.ts';
import { createDispatch, toApiError } from '../api/dispatch.ts';
import type { Services } from '../services/services.ts';

export const PERSON_HEADER = 'x-campaign-desk-person';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const STATUS: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface HttpServerOptions {
  port: number;
  host?: string;
  /** Folder of the built renderer; defaults to dist/renderer in the checkout. */
  staticDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function defaultStaticDir(): string {
  return fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
}

export async function startHttpServer(
  services: Services,
  options: HttpServerOptions,
): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const staticDir = options.staticDir ?? defaultStaticDir();
  const dispatch = createDispatch(services);
  /** Open event streams and how each stops listening. */
  const streams = new Map<http.ServerResponse, () => void>();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => sendError(res, toApiError(err).toBody()));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!sameOrigin(req))
      return sendError(res, { code: 'forbidden', message: 'Requests from other sites are refused.' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      // Each stream reads the workspace's change log from where it left off (or from now).
      const unsubscribe = services.ctx.onChange(
        (event) => res.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`),
        { after: lastEventId(req) },
      );
      streams.set(res, unsubscribe);
      req.on('close', () => {
        unsubscribe();
        streams.delete(res);
      });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return sendError(res, { code: 'not_found', message: 'API methods are called with POST.' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendError(res, { code: 'invalid_input', message: 'Send the input as application/json.' });
      }
      const body = await readJson(req);
      const person = req.headers[PERSON_HEADER];
      const result = await dispatch(
        decodeURIComponent(url.pathname.slice('/api/'.length)),
        (body as { input?: unknown } | undefined)?.input ?? {},
        { actor: typeof person === 'string' && person ? person : undefined },
      );
      return sendJson(res, 200, { result });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, { code: 'not_found', message: 'Not found.' });
    return serveStatic(staticDir, url.pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const [res, unsubscribe] of streams) {
          unsubscribe();
          res.end();
        }
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The sequence number a reconnecting EventSource sends; anything else means "from now". */
function lastEventId(req: http.IncomingMessage): number | undefined {
  const header = req.headers['last-event-id'];
  return typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
}

/** Loopback only: refuse DNS-rebinding hosts and cross-site origins. */
function sameOrigin(req: http.IncomingMessage): boolean {
  const hostHeader = req.headers.host ?? '';
  const hostname = hostHeader.replace(/:\d+$/, '');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${hostHeader}`;
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError('invalid_input', 'The request is larger than 64 MiB.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('invalid_input', 'The request body is not valid JSON.');
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendError(res: http.ServerResponse, error: ApiErrorBody): void {
  if (res.headersSent) return void res.end();
  sendJson(res, STATUS[error.code], { error });
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const relative = path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = path.join(root, relative);
  // The folder itself or inside it, not merely beside it ("renderer-old" is not "renderer").
  const base = path.resolve(root);
  if (file !== base && !file.startsWith(base + path.sep))
    return sendError(res, { code: 'not_found', message: 'Not found.' });
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('The app is not built yet: run "npm run build:renderer".');
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}
