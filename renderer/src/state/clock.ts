// The workspace's clock. "Now" is what the workspace says it is — a team server's clock, or
// `serve --clock` in a demo — not this computer's: the calendar opens on the workspace's month.
let offsetMs = 0;

/** Clocks closer than this are the same clock (network delay and drift are noise). */
const SAME_CLOCK_MS = 60_000;
/** A followed clock runs this much ahead, so whatever the workspace just wrote is already past here. */
const AHEAD_MS = 1_000;

/** Follows the clock of the workspace that answered `serverNow` between `askedAt` and `answeredAt` (ms). */
export function followWorkspaceClock(serverNow: string, askedAt: number, answeredAt: number): void {
  const server = Date.parse(serverNow);
  if (!Number.isFinite(server)) return;
  const offset = server - (askedAt + answeredAt) / 2;
  offsetMs = Math.abs(offset) < SAME_CLOCK_MS ? 0 : offset + AHEAD_MS;
}

export function nowMs(): number {
  return Date.now() + offsetMs;
}

export function nowIso(): string {
  return new Date(nowMs()).toISOString();
}
