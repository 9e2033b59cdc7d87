// The open change-event streams, capped per person and overall: each holds a
// connection, a socket buffer and a change-log reader, so a page reopening streams
// in a loop must get "too many" (429), not exhaust the server.
import type http from 'node:http';
import { HttpRefusal } from './http-refusal.ts';

export interface StreamLimits {
  perPerson: number;
  total: number;
  /** How often a team stream checks that its session still holds (default 15 s). */
  recheckMs?: number;
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

  /**
   * Counts an admitted stream until it closes; `stop` ends its listening. With `stillValid` (a team
   * session's check) the stream is ended soon after its session is: signed out, ended by an admin,
   * or expired, in whichever process that happened.
   */
  add(person: string, res: http.ServerResponse, stop: () => void, stillValid?: () => Promise<boolean>): void {
    this.open.set(res, { person, stop });
    const timer = stillValid
      ? setInterval(() => {
          void stillValid().then(
            (valid) => valid || res.end(),
            () => undefined, // the workspace unreachable for a moment: keep the stream, check again
          );
        }, this.limits.recheckMs ?? 15_000)
      : undefined;
    timer?.unref();
    res.once('close', () => {
      clearInterval(timer);
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
