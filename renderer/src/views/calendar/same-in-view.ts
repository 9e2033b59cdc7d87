// FullCalendar reads a new `events` array in full — every event parsed, every day laid out
// again — even when it holds the same event objects. At start-up the calendar mounts with the
// month asked for early (a window a week wider than the grid either side), then gets its own
// period's list, which differs only outside the grid; keeping the array it has saves a whole
// second pass before the first paint (issue 13).

export interface Span {
  start?: unknown;
  end?: unknown;
}

/**
 * The server's overlap rule (campaigns.list): starts by `to` and ends from `from` on. An event
 * without ISO dates (the list view's have no end) counts as in view: it is never left behind.
 */
function inView(event: Span, { from, to }: { from: string; to: string }): boolean {
  if (typeof event.start !== 'string' || typeof event.end !== 'string') return true;
  return event.start <= to && event.end >= from;
}

/**
 * `shown` when it paints the same as `next` in `range`: every event of `next` is (the same
 * object) in `shown`, and whatever `shown` has besides lies wholly outside the range; else `next`.
 */
export function keepIfSameInView<T extends Span>(
  shown: T[] | undefined,
  next: T[],
  range: { from: string; to: string } | undefined,
): T[] {
  if (!shown || !range || shown === next || shown.length < next.length) return next;
  const nextSet = new Set(next);
  let common = 0;
  for (const event of shown) {
    if (nextSet.has(event)) common++;
    else if (inView(event, range)) return next;
  }
  return common === next.length ? shown : next;
}
