// fast-check values from the API table's own zod schemas, so generated inputs follow the
// schemas as they change (a field added to a method is generated without touching the
// tests). Property names can be given domain values ("campaign" → the workspace's campaign
// keys), and any valid value can be mutated into a nearly valid one.
import fc from 'fast-check';
import type { z } from 'zod';
import { instantBetween, keyArb, textUpTo } from './arbitraries.ts';

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  valueType?: z.ZodType;
  options?: z.ZodType[];
  checks?: { _zod: { def: CheckDef } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

/** Domain values for properties by name; the schema's own shape is used for the rest. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

const nearInstants = instantBetween(Date.UTC(2026, 9, 1), Date.UTC(2027, 5, 1)).map((i) => i.text);
const anyInstant = fc.oneof(
  { weight: 4, arbitrary: nearInstants },
  instantBetween().map((i) => i.text),
);

function stringArb(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 200;
  if (checks.some((c) => c.check === 'string_format' && c.format === 'regex')) return keyArb;
  return textUpTo(Math.min(max, 2_000), min).filter((s) => s.trim().length >= min);
}

function numberArb(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const int = checks.some((c) => c.check === 'number_format');
  const low = checks.find((c) => c.check === 'greater_than');
  const high = checks.find((c) => c.check === 'less_than');
  const min = low?.value ?? (int ? -1_000 : -1e9);
  const max = high?.value ?? (int ? 10_000 : 1e9);
  if (int) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ noNaN: true, min, max, minExcluded: low?.inclusive === false });
}

function isObject(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (['optional', 'default', 'nullable'].includes(def.type)) return isObject(def.innerType!);
  return def.type === 'object';
}

/** A value the schema accepts (up to cross-field rules), drawing named properties from `hints`. */
export function arbitraryFor(schema: z.ZodType, hints: Hints = {}, name?: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  // A hint names a value (a key, a document), never an object with its own shape.
  if (name !== undefined && Object.hasOwn(hints, name) && !isObject(schema))
    return hints[name] as fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter(
        (k) => !['optional', 'default'].includes(defOf(shape[k]!).type),
      );
      return fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, hints, k)])),
        { requiredKeys: required },
      );
    }
    case 'optional':
    case 'default':
    case 'nullable':
      return arbitraryFor(def.innerType!, hints, name);
    case 'pipe':
      // z.string().transform(…) is how instants are written.
      return defOf(def.in!).type === 'string' ? anyInstant : arbitraryFor(def.in!, hints, name);
    case 'string':
      return stringArb(def);
    case 'number':
      return numberArb(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'array': {
      const element = arbitraryFor(def.element!, hints, name);
      const min = checksOf(def).find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.array(element, { minLength: min, maxLength: Math.max(min, 3) });
    }
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), arbitraryFor(def.valueType!, hints), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, hints, name)));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values that break schemas and services in typical ways, for mutations. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    -1,
    0,
    1e308,
    -1e308,
    2 ** 53 + 1,
    0.1,
    true,
    {},
    [],
    'x'.repeat(20_001),
    '0050-06-01T00:00+01:00',
    '9999-12-31T23:30-01:00',
    '2026-02-30T00:00:00Z',
    '2026-11-27T09:00:00',
    '../../../etc/passwd',
    "'; DROP TABLE samples; --",
    '%00',
    '\u0000',
    '\uD800',
    '__proto__',
  ),
);

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (at.length > 0) out.push(at);
  if (at.length >= 4) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

const DELETE = Symbol('delete');

function withChange(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** A valid value with one part replaced, removed, or joined by an unknown or hostile key. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const paths = pathsOf(value);
    const extraKey = fc
      .tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'at'), nasty)
      .map(([k, v]) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? // JSON.parse makes "__proto__" an own property, as a request body would.
            (JSON.parse(
              JSON.stringify({ ...value, [k === '__proto__' ? '__placeholder__' : k]: v }).replace(
                '"__placeholder__"',
                '"__proto__"',
              ),
            ) as unknown)
          : value,
      );
    if (paths.length === 0) return fc.oneof(nasty, extraKey);
    return fc.oneof(
      fc
        .tuple(fc.constantFrom(...paths), fc.oneof(nasty, fc.constant<unknown>(DELETE)))
        .map(([p, r]) => withChange(value, p, r)),
      extraKey,
    );
  });
}
