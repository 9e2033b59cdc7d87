import { z } from 'zod';

// ISO 8601 date and time with an explicit zone; seconds and fractions optional.
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Parses an instant with a zone to the canonical UTC form, or returns undefined. */
export function parseInstant(text: string): string | undefined {
  const m = INSTANT_PATTERN.exec(text);
  if (!m) return undefined;
  // Date.parse rolls impossible dates over (February 30 becomes March 2): reject them instead.
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = [1, 2, 3, 4, 5, 7, 10, 11].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || zoneHour > 23 || zoneMinute > 59) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** An instant with a zone, normalised to `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export const instant = z.string().transform((text, ctx) => {
  const parsed = parseInstant(text);
  if (parsed === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a date and time with a zone (use e.g. 2026-11-27T08:00:00Z)`,
    });
    return z.NEVER;
  }
  return parsed;
});

export const key = z
  .string()
  .min(1, 'must not be empty')
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'may hold only letters, digits, "_", "-" and "."');

export const name = z.string().trim().min(1, 'must not be empty').max(200);
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #2e7d32');
export const finiteNumber = z.number().finite();
export const text = z.string().max(20_000);

/** "$.campaigns[2].start" from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${String(part)}`),
    '$',
  );
}

export interface Problem {
  path: string;
  message: string;
}

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}
