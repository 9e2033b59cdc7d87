import http from 'node:http';
import type { ChangeEvent } from '../../shared/api.ts';

export interface StreamedEvent {
  id: string | undefined;
  data: ChangeEvent;
  /** performance.now() when the event arrived. */
  arrived: number;
}

export interface EventStream {
  events: StreamedEvent[];
  /** Resolves with the first event matching `match`, or fails after `timeoutMs`. */
  next(match: (e: StreamedEvent) => boolean, timeoutMs?: number): Promise<StreamedEvent>;
  close(): void;
  /** True once the server ended the stream. */
  readonly closed: boolean;
  onClose(listener: () => void): void;
}

/**
 * Opens `GET /api/events` as an EventSource would (optionally resuming after `lastEventId`);
 * `headers` (e.g. a team session's Authorization) are sent along. A refused stream rejects with its status.
 */
export function openEventStream(
  port: number,
  lastEventId?: number,
  headers: Record<string, string> = {},
): Promise<EventStream> {
  const events: StreamedEvent[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port,
        path: '/api/events',
        headers: {
          ...headers,
          ...(lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) }),
        },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`the event stream was refused: ${res.statusCode}`));
        }
        let closed = false;
        const closeListeners: (() => void)[] = [];
        res.on('close', () => {
          closed = true;
          for (const listener of closeListeners) listener();
        });
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = frame.split('\n');
            const data = lines.find((l) => l.startsWith('data: '));
            if (!data) continue;
            const id = lines.find((l) => l.startsWith('id: '))?.slice(4);
            events.push({ id, data: JSON.parse(data.slice(6)) as ChangeEvent, arrived: performance.now() });
            for (const wake of waiters) wake();
          }
        });
        resolve({
          events,
          next: (match, timeoutMs = 2000) =>
            new Promise((found, fail) => {
              const check = () => {
                const hit = events.find(match);
                if (!hit) return;
                clearTimeout(timer);
                waiters.delete(check);
                found(hit);
              };
              const timer = setTimeout(() => {
                waiters.delete(check);
                fail(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
              }, timeoutMs);
              waiters.add(check);
              check();
            }),
          close: () => req.destroy(),
          get closed() {
            return closed;
          },
          onClose: (listener) => (closed ? listener() : closeListeners.push(listener)),
        });
      },
    );
    req.on('error', reject);
  });
}
