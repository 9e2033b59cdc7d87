// What is wrong with an input, one problem per zod issue: its place (a JSON path), a key of the
// `errors` i18n namespace with params, so every front end says it in the person's language, and
// the English text of that key (what the CLI, logs and older clients read).
import type { z } from 'zod';
import { englishMessage, isErrorKey, type ErrorKey, type ErrorParams } from '../i18n/errors.ts';

export interface Problem {
  path: string;
  message: string;
  key?: ErrorKey;
  params?: ErrorParams;
}

/** Pass to safeParse, so a missing field reads "is required" rather than "must be text". */
export const KEYED: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'field_required' : undefined,
};

/** "$.campaigns[2].start" from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${String(part)}`),
    '$',
  );
}

const TYPES = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);
const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** The key and params for what zod found, when the schema did not name a key itself. */
function reasonOf(issue: z.core.$ZodIssue): { key: ErrorKey; params: ErrorParams } {
  switch (issue.code) {
    case 'invalid_type':
      return {
        key: 'field_type',
        params: { expected: TYPES.has(issue.expected) ? issue.expected : 'other' },
      };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { key: 'field_empty', params: {} } : { key: 'field_too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'field_list_min', params: { min } };
      return { key: issue.inclusive === false ? 'field_above' : 'field_min', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'field_too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'field_list_max', params: { max } };
      return { key: issue.inclusive === false ? 'field_below' : 'field_max', params: { max } };
    }
    case 'invalid_value':
      return { key: 'field_one_of', params: { values: list(issue.values) } };
    case 'unrecognized_keys':
      return { key: 'field_unknown', params: { keys: list(issue.keys) } };
    default:
      return { key: 'field_invalid', params: {} };
  }
}

/** Params a schema-named key can use, from the issue's own facts. */
function paramsOf(issue: z.core.$ZodIssue): ErrorParams {
  const params: ErrorParams = {};
  if (issue.code === 'invalid_value') params.values = list(issue.values);
  if (issue.code === 'custom' && issue.params)
    for (const [name, value] of Object.entries(issue.params as Record<string, unknown>))
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  return params;
}

export function problemOf(issue: z.core.$ZodIssue): Problem {
  const { key, params } = isErrorKey(issue.message)
    ? { key: issue.message, params: paramsOf(issue) }
    : reasonOf(issue);
  return { path: jsonPath(issue.path), message: englishMessage(key, params), key, params };
}

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map(problemOf);
}
