// A stand-in for `campaign-desk serve --team` speaking just the part of its HTTP
// contract the desktop uses (team-server.md §3, §5): sign-in, sign-out, Bearer-only
// API calls (two methods), and the event stream with Last-Event-ID. It can be stopped
// and started again on the same port, as a server that goes away and comes back.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ChangeEvent } from '../../../shared/api.ts';

export const TEAM_PASSWORD = 'correct horse battery';

export class FakeTeamServer {
  readonly sessions = new Set<string>();
  readonly acknowledgements: unknown[] = [];
  /** The Last-Event-ID each opened event stream sent ('' for none). */
  readonly resumedFrom: string[] = [];
  /** The Authorization headers API calls came with. */
  readonly authorizations: string[] = [];
  private readonly events: ChangeEvent[] = [];
  private readonly streams = new Set<http.ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private server: http.Server | undefined;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Goes away at once: open streams and connections are cut. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    this.streams.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A change made elsewhere (another desk, the CLI). */
  publish(change: Omit<ChangeEvent, 'seq'>): ChangeEvent {
    const event = { ...change, seq: this.events.length + 1 };
    this.events.push(event);
    for (const stream of this.streams) stream.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
    return event;
  }

  get openStreams(): number {
    return this.streams.size;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (url.pathname === '/api/auth/sign-in') {
      const { person, password } = body as { person?: string; password?: string };
      if (person !== 'maria' || password !== TEAM_PASSWORD)
        return send(res, 401, { error: { code: 'unauthenticated', message: 'Wrong person or password.' } });
      const token = randomBytes(24).toString('base64url');
      this.sessions.add(token);
      return send(res, 200, {
        token,
        person: { key: 'maria', name: 'Maria Lind', department: 'marketing', roles: ['marketing'] },
        expires: '2026-11-23T00:00:00Z',
      });
    }
    const authorization = req.headers.authorization ?? '';
    const token = authorization.replace(/^Bearer /, '');
    if (!this.sessions.has(token))
      return send(res, 401, { error: { code: 'unauthenticated', message: 'Sign in first.' } });
    if (url.pathname === '/api/auth/sign-out') {
      this.sessions.delete(token);
      return send(res, 200, {});
    }
    if (url.pathname === '/api/events') return this.stream(req, res);
    this.authorizations.push(authorization);
    const input = (body as { input?: unknown } | undefined)?.input;
    switch (url.pathname) {
      case '/api/workspace.info':
        return send(res, 200, {
          result: {
            name: 'Signs & Co',
            location: this.url,
            kind: 'server',
            empty: false,
            now: '2026-11-22T12:00:00Z',
            readOnly: false,
          },
        });
      case '/api/acknowledgements.record': {
        this.acknowledgements.push(input);
        const event = this.publish({
          at: '2026-11-22T12:00:00Z',
          entity: 'campaign',
          key: 'bf-next-day',
          action: 'acknowledged',
          actor: 'maria',
        });
        return send(res, 200, { result: { seq: event.seq } });
      }
      default:
        return send(res, 404, { error: { code: 'not_found', message: `No method ${url.pathname}.` } });
    }
  }

  private stream(req: http.IncomingMessage, res: http.ServerResponse): void {
    const from = String(req.headers['last-event-id'] ?? '');
    this.resumedFrom.push(from);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': open\n\n');
    for (const event of this.events.filter((e) => from !== '' && e.seq > Number(from)))
      res.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
  }
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as unknown) : {};
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
