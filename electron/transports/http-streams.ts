// The open change-event streams, capped per person and overall: each holds a
// connection, a socket buffer and a change-log reader, so a page reopening streams
// in a loop must get "too many" (429), not exhaust the server.
import type http from 'node:http';
import { HttpRefusal } from './http-refusal.ts';

export interface StreamLimits {
  perPerson: number;
  total: number;
}

export class EventStreams {
  private readonly limits: StreamLimits;
  private readonly open = new Map<http.ServerResponse, { person: string; stop: () => void }>();

  constructor(limits: StreamLimits) {
    this.limits = limits;
  }

  /** Throws a 429 refusal when `person` ("" when nobody is named) may not open another stream. */
  admit(person: string): void {
    let mine = 0;
    for (const stream of this.open.values()) if (stream.person === person) mine++;
    if (mine >= this.limits.perPerson)
      throw new HttpRefusal(429, 'unavailable', 'too_many_streams', { limit: this.limits.perPerson });
    if (this.open.size >= this.limits.total)
      throw new HttpRefusal(429, 'unavailable', 'too_many_streams', { limit: this.limits.total });
  }

  /** Counts an admitted stream until it closes; `stop` ends its listening. */
  add(person: string, res: http.ServerResponse, stop: () => void): void {
    this.open.set(res, { person, stop });
    res.once('close', () => {
      stop();
      this.open.delete(res);
    });
  }

  closeAll(): void {
    for (const [res, { stop }] of this.open) {
      stop();
      res.end();
    }
    this.open.clear();
  }
}
