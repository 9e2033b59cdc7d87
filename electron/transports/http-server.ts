// The API table over HTTP, with a change-event stream (server-sent events) and the built UI.
// Embedded (loopback, the person named by a header) or team (team-server.md §2–§7: sign-in,
// any address, TLS or a proxy in front, machine feeds).
//   POST /api/<method>   body {"input": …} → {"result": …} | {"error": …}
//   GET  /api/events     text/event-stream of ChangeEvent, each with `id: <seq>`; a client that
//                        reconnects with Last-Event-ID first receives, in order, what it missed
//   team only: /api/auth/sign-in|sign-out|session, POST /api/feeds/samples, GET /feeds/calendar.ics
import type http from 'node:http';
import { fileURLToPath } from 'node:url';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/api.ts';
import { createDispatch, toApiError } from '../api/dispatch.ts';
import type { Services } from '../services/services.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { handleAuth, requireSession, sessionToken } from './http-auth.ts';
import { readBody, readJsonBody, releaseBody } from './http-body.ts';
import { joinUpload, UPLOAD_CONTENT_TYPE, UPLOAD_INPUT_HEADER } from '../../shared/upload.ts';
import { handleFeeds } from './http-feeds.ts';
import { decodePath, HttpRefusal } from './http-refusal.ts';
import { serveStatic } from './http-static.ts';
import { EventStreams, type StreamLimits } from './http-streams.ts';

export const PERSON_HEADER = 'x-campaign-desk-person';

/** Methods whose input is a file a person picked: bounded by their schema, not by `maxBodyBytes`. */
const IMPORT_METHODS: ReadonlySet<string> = new Set(['samples.importCsv']);

/** What one client can hold of the server: bytes, time and streams. */
export interface HttpLimits {
  /** Largest request body read; past it the answer is 413 and reading stops. */
  maxBodyBytes: number;
  /** The same for a sample import, which carries a whole file (base64 in JSON: 4/3 of its size). */
  maxImportBodyBytes: number;
  /** A request's headers must arrive within this (half-sent headers do not hold a connection). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  streams: StreamLimits;
}

export const DEFAULT_LIMITS: HttpLimits = {
  maxBodyBytes: 10 * 1024 * 1024,
  // The import's own schema caps the file at 67,000,000 base64 characters (a 50 MB file).
  maxImportBodyBytes: 72 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  streams: { perPerson: 8, total: 64 },
};

const STATUS: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  insufficient_storage: 507,
  internal: 500,
};

export interface HttpServerOptions {
  port: number;
  host?: string;
  /** Folder of the built renderer; defaults to dist/renderer in the checkout. */
  staticDir?: string;
  limits?: Partial<HttpLimits>;
  /** Team mode: sign-in required, the session decides who acts (a person header is ignored). */
  team?: boolean;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: Buffer; key: Buffer };
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
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const dispatch = createDispatch(services);
  const streams = new EventStreams(limits.streams);

  const team = options.team === true;
  const tls = options.tls !== undefined;
  // Node's module by name, not an `import`: an ES import of a built-in builds its whole namespace,
  // and node:http's lazy getters (WebSocket, …) then load undici, http2, zlib and worker_threads,
  // ≈ 3 MB resident in an idle serve (docs/performance.md); node:https (and TLS) only when used.
  const createServer = process.getBuiltinModule(tls ? 'node:https' : 'node:http')
    .createServer as typeof http.createServer;
  const server = createServer(
    {
      ...options.tls,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often the two timeouts above are checked (Node's default, 30 s, would let them overrun).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      void handle(req, res).catch((err: unknown) => sendError(res, toApiError(err)));
    },
  );

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!(team ? sameSite(req) : sameOrigin(req)))
      return sendError(res, { code: 'forbidden', message: 'Requests from other sites are refused.' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      sendJson(res, status, body);
    };
    if (team && (await handleAuth(services, req, res, url.pathname, send, tls))) return;
    // The page asks which mode it is served in before anything else; an answer, not a 404,
    // so an embedded desk's console shows no failed request on every load.
    if (!team && url.pathname === '/api/auth/session' && req.method === 'GET')
      return send(200, { mode: 'embedded' });
    if (team && (await handleFeeds(services, req, res, url, send, limits.maxBodyBytes))) return;
    // Team mode: the session's person and nobody else; embedded: whom the header names.
    const signedIn =
      team && url.pathname.startsWith('/api/') ? await requireSession(services, req) : undefined;
    const header = req.headers[PERSON_HEADER];
    const person = signedIn
      ? signedIn.actor.person.key
      : typeof header === 'string' && header
        ? header
        : undefined;
    if (url.pathname === '/api/events' && req.method === 'GET') {
      // EventSource cannot send headers: a page names its person in `?person=` instead.
      const owner = person ?? url.searchParams.get('person') ?? '';
      streams.admit(owner);
      // Where the log stands before the stream is answered: a write the client makes once it sees
      // the answer then has a later number. (Left to the feed, that read could run beside such a
      // write on PostgreSQL and land after it, and the write's event would never come.)
      const after = lastEventId(req) ?? (await services.ctx.store.read((tx) => tx.lastChangeSeq()));
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      // Each stream reads the workspace's change log from where it left off (or from now).
      const unsubscribe = services.ctx.onChange(
        (event) => res.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`),
        { after },
      );
      const token = signedIn ? sessionToken(req) : '';
      const stillValid = signedIn
        ? async () => (await services.access.authenticate(token))?.session.id === signedIn.session.id
        : undefined;
      streams.add(owner, res, unsubscribe, stillValid);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const method = decodePath(url.pathname.slice('/api/'.length));
      if (req.method !== 'POST')
        return sendError(res, { code: 'not_found', message: 'API methods are called with POST.' });
      const type = req.headers['content-type'] ?? '';
      const upload = IMPORT_METHODS.has(method) && type.startsWith(UPLOAD_CONTENT_TYPE);
      if (!upload && !type.startsWith('application/json')) {
        return sendError(res, { code: 'invalid_input', message: 'Send the input as application/json.' });
      }
      const limit = IMPORT_METHODS.has(method) ? limits.maxImportBodyBytes : limits.maxBodyBytes;
      const file = upload ? await readBody(req, res, limit) : undefined;
      try {
        const input = file ? uploadInput(req, file) : await jsonInput(req, res, limit);
        const result = signedIn
          ? await dispatch(
              method,
              input ?? {},
              { actor: person, session: signedIn.session.id },
              signedIn.actor,
            )
          : await dispatch(method, input ?? {}, { actor: person });
        return sendJson(res, 200, { result });
      } finally {
        // The file is decoded (or refused) by now: its bytes are not kept (checked-files.ts).
        if (file) releaseBody(file);
      }
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
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        streams.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The `input` of a JSON body. */
async function jsonInput(req: http.IncomingMessage, res: http.ServerResponse, limit: number) {
  const body = await readJsonBody(req, res, limit);
  return body !== null && typeof body === 'object' && 'input' in body ? body.input : undefined;
}

/** A file sent as its bytes (shared/upload.ts): the body is the file, the header the other inputs. */
function uploadInput(req: http.IncomingMessage, file: Buffer): unknown {
  const header = req.headers[UPLOAD_INPUT_HEADER];
  const input = joinUpload(typeof header === 'string' ? header : '{}', file);
  if (input === undefined) throw new HttpRefusal(400, 'invalid_input', 'request_not_json');
  return input;
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

/**
 * Team mode answers any host name (it is reached by name, maybe through a proxy), so only the
 * origin is checked: a page of another site may not call the API (its cookie is SameSite=Strict
 * too, and a bearer token is never sent by a browser on its own).
 */
function sameSite(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendError(res: http.ServerResponse, error: ApiErrorBody | HttpRefusal | Error): void {
  if (res.headersSent) return void res.end();
  if (error instanceof HttpRefusal) return sendJson(res, error.status, { error: error.toBody() });
  const body = error instanceof Error ? toApiError(error).toBody() : error;
  sendJson(res, STATUS[body.code], { error: body });
}
