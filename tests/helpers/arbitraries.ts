// fast-check generators of what the app accepts: instants across the whole 1000–9999
// range (edges and zones included), text with any Unicode up to the schema limits, and
// whole valid workspace documents whose references all hold.
import fc from 'fast-check';
import { BRIEF_FIELDS, ROLES, type Role } from '../../shared/domain.ts';
import { FORMAT } from '../../shared/schemas/interchange.ts';

const FIRST_MS = Date.UTC(1000, 0, 1);
const LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as text in a zone, with its UTC milliseconds (the local year stays in 1000–9999 too). */
export interface GeneratedInstant {
  text: string;
  ms: number;
}

function inZone(ms: number, offsetMinutes: number, millis: boolean): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const zone =
    offsetMinutes === 0
      ? 'Z'
      : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${millis ? `.${pad(local.getUTCMilliseconds(), 3)}` : ''}${zone}`;
}

/** Instants between `fromMs` and `toMs`, biased to the edges, written in assorted zones. */
export function instantBetween(fromMs = FIRST_MS, toMs = LAST_MS): fc.Arbitrary<GeneratedInstant> {
  const ms = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(fromMs, toMs) },
    { weight: 4, arbitrary: fc.integer({ min: fromMs, max: toMs }) },
  );
  const offset = fc.oneof(fc.constant(0), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }));
  return fc.tuple(ms, offset, fc.boolean()).map(([t, minutes, millis]) => {
    const local = t + minutes * 60_000;
    // Keep the local year in range too, and whole seconds when the text has no fraction.
    const z = local < FIRST_MS || local > LAST_MS ? 0 : minutes;
    const at = millis ? t : t - (((t % 1000) + 1000) % 1000);
    return { text: inZone(at, z, millis), ms: at };
  });
}

/** Any Unicode text (astral characters, combining marks, RTL) up to `max` UTF-16 units, sometimes exactly `max`. */
export function textUpTo(max: number, min = 0): fc.Arbitrary<string> {
  const any = fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 40) });
  const atLimit = fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 })
    .map((seed) => seed.repeat(Math.ceil(max / seed.length)).slice(0, max));
  return fc
    .oneof({ weight: 5, arbitrary: any }, { weight: 1, arbitrary: atLimit })
    .filter((s) => s.length <= max && s.length >= min && !/[\uD800-\uDFFF]$/.test(s));
}

/** Text the schemas trim (names): non-blank, no surrounding space, 1–`max` units. */
export function nameText(max: number): fc.Arbitrary<string> {
  return textUpTo(max, 1)
    .map((s) => s.trim())
    .filter((s) => s.length >= 1);
}

const keyText = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9]$/),
    fc.string({ unit: fc.constantFrom(...'abcXYZ019_.-'), maxLength: 12 }),
    fc.boolean(),
  )
  .map(([first, rest, long]) => (long ? `${first}${rest}`.padEnd(100, 'k') : `${first}${rest}`));

export const keyArb = keyText;

const color = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

export interface DocumentShape {
  departments: number;
  people: number;
  metrics: number;
  samples: number;
  campaigns: number;
}

const brief = (fields: fc.Arbitrary<string>) =>
  fc.record(
    Object.fromEntries(BRIEF_FIELDS.map((f) => [f, fields])) as Record<string, fc.Arbitrary<string>>,
    {
      requiredKeys: [],
    },
  );

/** A valid interchange document: unique keys, every reference to something the document defines. */
export function workspaceDocument(max: Partial<DocumentShape> = {}): fc.Arbitrary<Record<string, unknown>> {
  const limits = { departments: 4, people: 5, metrics: 4, samples: 12, campaigns: 4, ...max };
  return fc
    .record({
      departments: fc.uniqueArray(fc.record({ key: keyText, name: nameText(200), color }), {
        minLength: 1,
        maxLength: limits.departments,
        selector: (d) => d.key,
      }),
      peopleKeys: fc.uniqueArray(keyText, { minLength: 1, maxLength: limits.people }),
      metricKeys: fc.uniqueArray(keyText, { maxLength: limits.metrics }),
      campaignKeys: fc.uniqueArray(keyText, { maxLength: limits.campaigns }),
    })
    .chain(({ departments, peopleKeys, metricKeys, campaignKeys }) => {
      const departmentKey = fc.constantFrom(...departments.map((d) => d.key));
      const personKey = fc.constantFrom(...peopleKeys);
      const people = fc.tuple(
        ...peopleKeys.map((key) =>
          fc.record({
            key: fc.constant(key),
            name: nameText(200),
            department: departmentKey,
            roles: fc.uniqueArray(fc.constantFrom<Role>(...ROLES), { minLength: 1, maxLength: 4 }),
          }),
        ),
      );
      const metrics = fc.tuple(
        ...metricKeys.map((key) =>
          fc
            .record({
              name: nameText(200),
              department: departmentKey,
              unit: textUpTo(40),
              direction: fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const),
              a: finite,
              b: finite,
              maxAgeHours: fc.double({ noNaN: true, min: 0.001, max: 1e6, minExcluded: true }),
            })
            .map(({ a, b, direction, ...rest }) => {
              const [low, high] = a <= b ? [a, b] : [b, a];
              const [warn, fail] = direction === 'higher_is_better' ? [high, low] : [low, high];
              return { key, ...rest, direction, warn, fail };
            }),
        ),
      );
      const samples =
        metricKeys.length === 0
          ? fc.constant([])
          : fc
              .uniqueArray(
                fc.record(
                  {
                    metric: fc.constantFrom(...metricKeys),
                    at: instantBetween(),
                    value: finite,
                    source: textUpTo(100, 1),
                  },
                  { requiredKeys: ['metric', 'at', 'value'] },
                ),
                // One sample per metric and instant: a second is the same sample, skipped on import.
                { maxLength: limits.samples, selector: (s) => `${s.metric}@${s.at.ms}` },
              )
              .map((list) => list.map((s) => ({ ...s, at: s.at.text })));
      const campaigns = fc.tuple(
        ...campaignKeys.map((key) =>
          campaign(
            key,
            departments.map((d) => d.key),
            personKey,
          ),
        ),
      );
      return fc.record({
        format: fc.constant(FORMAT),
        departments: fc.constant(departments),
        people,
        metrics,
        samples,
        campaigns,
      });
    });
}

function campaign(
  key: string,
  departmentKeys: string[],
  personKey: fc.Arbitrary<string>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      start: instantBetween(),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90 * 86_400_000 })),
      title: nameText(200),
      status: fc.constantFrom('draft', 'published', 'cancelled'),
      channels: fc.array(textUpTo(40, 1), { maxLength: 3 }),
      departments: fc.subarray(departmentKeys),
      owner: personKey,
      draft: fc.option(brief(textUpTo(20_000)), { nil: undefined }),
      versions: fc.array(
        fc.record({
          publishedAt: instantBetween(),
          change: fc.constantFrom('material' as const, 'minor' as const),
          publishedBy: fc.option(personKey, { nil: undefined }),
          summary: fc.option(textUpTo(20_000), { nil: undefined }),
          content: brief(textUpTo(20_000)),
        }),
        { maxLength: 3 },
      ),
    })
    .chain((c) => {
      const start = c.start;
      const endMs = Math.min(start.ms + c.length, LAST_MS);
      const briefVersions = c.versions.map((v, i) => ({
        version: i + 1,
        publishedAt: v.publishedAt.text,
        change: i === 0 ? 'material' : v.change,
        ...(v.publishedBy === undefined ? {} : { publishedBy: v.publishedBy }),
        ...(v.summary === undefined ? {} : { summary: v.summary }),
        ...v.content,
      }));
      const ack =
        briefVersions.length === 0 || c.departments.length === 0
          ? fc.constant([])
          : fc.uniqueArray(
              fc
                .record({
                  department: fc.constantFrom(...c.departments),
                  version: fc.integer({ min: 1, max: briefVersions.length }),
                  by: personKey,
                  state: fc.constantFrom('acknowledged' as const, 'concern' as const),
                  note: fc.option(textUpTo(20_000, 1), { nil: undefined }),
                  after: fc.integer({ min: 0, max: 30 * 86_400_000 }),
                })
                .map(({ after, version, state, note, ...a }) => {
                  const publishedMs = c.versions[version - 1]?.publishedAt.ms ?? start.ms;
                  const at = new Date(Math.min(publishedMs + after, LAST_MS)).toISOString();
                  const withNote = state === 'concern' && (note ?? '').trim() === '' ? 'a concern' : note;
                  return { ...a, version, state, at, ...(withNote === undefined ? {} : { note: withNote }) };
                }),
              { maxLength: 4, selector: (a) => `${a.department}/${a.version}` },
            );
      const decisions = fc.array(
        fc
          .record({
            decision: fc.constantFrom('go' as const, 'hold' as const),
            by: personKey,
            at: instantBetween(FIRST_MS, LAST_MS - 1000),
            expiresAfter: fc.option(fc.integer({ min: 1, max: 30 * 86_400_000 }), { nil: undefined }),
            note: textUpTo(20_000, 1),
          })
          .map(({ at, expiresAfter, ...d }) => ({
            ...d,
            at: at.text,
            ...(expiresAfter === undefined
              ? {}
              : { expires: new Date(Math.min(at.ms + expiresAfter, LAST_MS)).toISOString() }),
          })),
        { maxLength: 2 },
      );
      return fc.record({
        key: fc.constant(key),
        title: fc.constant(c.title),
        start: fc.constant(start.text),
        end: fc.constant(new Date(endMs).toISOString()),
        status: fc.constant(c.status),
        channels: fc.constant(c.channels),
        departments: fc.constant(c.departments),
        owner: fc.constant(c.owner),
        ...(c.draft === undefined ? {} : { draft: fc.constant(c.draft) }),
        briefVersions: fc.constant(briefVersions),
        acknowledgements: ack,
        decisions,
      });
    });
}

/** A field written the way CSV writers quote: always when it holds a comma, quote or line break. */
const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A metric-sample CSV file for the given metrics, mostly valid: instants across the range and
 * just outside it, sources up to and just past the 100-character limit, odd numbers.
 */
export function csvFile(metricKeys: readonly string[]): fc.Arbitrary<string> {
  if (metricKeys.length === 0) return fc.constant('metric,at,value\n');
  const at = fc.oneof(
    { weight: 8, arbitrary: instantBetween().map((i) => i.text) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '0050-06-01T00:00+01:00',
        '9999-12-31T23:30-01:00',
        '1000-01-01T00:30+01:00',
      ),
    },
  );
  const value = fc.oneof(finite.map(String), fc.constantFrom('-0', '1e3', '.5', '+7', '1e400'));
  const row = fc.tuple(fc.constantFrom(...metricKeys), at, value, textUpTo(101));
  return fc
    .array(row, { minLength: 1, maxLength: 5 })
    .map((rows) => ['metric,at,value,source', ...rows.map((r) => r.map(csvField).join(','))].join('\n'));
}
