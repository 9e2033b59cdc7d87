// The sample's story is told on 22 Nov 2026: Black Friday launches in four days while delivery is
// failing, the winter sale is live, the autumn campaign launched while failing. It reads as written
// in the weeks around Black Friday 2026; loaded on any other day, every instant moves by whole days
// so the same story happens around today.
const STORY_DAY = Date.UTC(2026, 10, 22);
const AS_WRITTEN_FROM = Date.UTC(2026, 10, 15);
const AS_WRITTEN_TO = Date.UTC(2026, 11, 1);
const DAY_MS = 86_400_000;
/** Fields of the interchange document (spec §7) that hold instants. */
const INSTANT_FIELDS = new Set(['at', 'start', 'end', 'publishedAt', 'expires']);

/** Whole days from the story's day to the day of `now` (UTC); none in the weeks it was written for. */
export function storyShiftDays(now: Date): number {
  const t = now.getTime();
  if (t >= AS_WRITTEN_FROM && t < AS_WRITTEN_TO) return 0;
  return Math.floor((t - STORY_DAY) / DAY_MS);
}

/** A copy of an interchange document with every instant moved by `days` (times of day kept). */
export function shiftInstants(document: unknown, days: number): unknown {
  if (days === 0) return document;
  const walk = (value: unknown, field?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === 'string' && field && INSTANT_FIELDS.has(field)) {
      const t = Date.parse(value);
      if (Number.isFinite(t)) return new Date(t + days * DAY_MS).toISOString();
    }
    return value;
  };
  return walk(document);
}
