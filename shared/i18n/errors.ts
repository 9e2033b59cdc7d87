// Errors the services raise, as message keys with {{params}}. The English text of
// every ApiError and CSV row reason is built from `en` here, so the words live in
// one place; front ends translate the key instead of showing the English message.
// No i18next here: services build messages with plain {{x}} substitution.
import en from './locales/en/errors.json' with { type: 'json' };

export type ErrorStrings = typeof en;
export type ErrorKey = Exclude<keyof ErrorStrings, 'doing' | 'role' | 'type'>;
export type Doing = keyof ErrorStrings['doing'];
export type ErrorParams = Record<string, string | number>;

/** One translatable reason: a key of the `errors` namespace and its params. */
export interface ErrorReason {
  key: ErrorKey;
  params?: ErrorParams;
}

// The strings are in locales/<lng>/errors.json; the other languages load one lazy chunk each in the renderer.
export const errorResources = { errors: { en } };

/** Params whose value names a word of a group (an action, a role), translated before substitution. */
const WORD_PARAMS: Record<string, 'doing' | 'role' | 'type'> = {
  doing: 'doing',
  role: 'role',
  other: 'role',
  expected: 'type',
};

/** Replaces word params by their text; `word(path)` looks up e.g. "doing.create_campaigns". */
export function resolveWordParams(params: ErrorParams, word: (path: string) => string): ErrorParams {
  const out: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    const group = WORD_PARAMS[name];
    out[name] = group ? word(`${group}.${value}`) : value;
  }
  return out;
}

export function fillTemplate(template: string, params: ErrorParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : all,
  );
}

function englishWord(path: string): string {
  const [group, name] = path.split('.') as ['doing' | 'role' | 'type', string];
  return (en[group] as Record<string, string>)[name] ?? name;
}

/** True when `text` names a message of the `errors` namespace (schemas write their messages as keys). */
export function isErrorKey(text: string): text is ErrorKey {
  return Object.hasOwn(en, text) && typeof en[text as ErrorKey] === 'string';
}

/** The English text of an error key: what the CLI prints and what `ApiError.message` holds. */
export function englishMessage(key: ErrorKey, params: ErrorParams = {}): string {
  return fillTemplate(en[key], resolveWordParams(params, englishWord));
}
