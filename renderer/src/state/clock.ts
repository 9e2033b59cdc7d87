// The workspace's clock. "Now" is what the workspace says it is — a team server's clock, or
// `serve --clock` in a demo — not this computer's: the calendar opens on the workspace's month.
let offsetMs = 0;

/** Follows the clock of the workspace that answered `serverNow` between `askedAt` and `answeredAt` (ms). */
export function followWorkspaceClock(serverNow: string, askedAt: number, answeredAt: number): void {
  const server = Date.parse(serverNow);
  if (Number.isFinite(server)) offsetMs = server - (askedAt + answeredAt) / 2;
}

export function nowMs(): number {
  return Date.now() + offsetMs;
}

export function nowIso(): string {
  return new Date(nowMs()).toISOString();
}
