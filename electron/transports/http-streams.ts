// The open change-event streams, capped per person and overall: each holds a
// connection and a socket buffer, so a page reopening streams in a loop must get
// "too many" (429), not exhaust the server.
import type http from 'node:http';
import { HttpRefusal } from './http-refusal.ts';

export interface StreamLimits {
  perPerson: number;
  total: number;
}

export class EventStreams {
  private readonly limits: StreamLimits;
  private readonly open = new Map<http.ServerResponse, string>();

  constructor(limits: StreamLimits) {
    this.limits = limits;
  }

  /** Registers a stream for `person` ("" when nobody is named), or throws a 429 refusal. */
  add(person: string, res: http.ServerResponse): void {
    let mine = 0;
    for (const owner of this.open.values()) if (owner === person) mine++;
    if (mine >= this.limits.perPerson)
      throw new HttpRefusal(429, 'unavailable', 'too_many_streams', { limit: this.limits.perPerson });
    if (this.open.size >= this.limits.total)
      throw new HttpRefusal(429, 'unavailable', 'too_many_streams', { limit: this.limits.total });
    this.open.set(res, person);
    res.once('close', () => this.open.delete(res));
  }

  broadcast(frame: string): void {
    for (const res of this.open.keys()) res.write(frame);
  }

  closeAll(): void {
    for (const res of this.open.keys()) res.end();
    this.open.clear();
  }
}
