// What the user reads for a failure: the `errors` namespace text in their language
// when the error carries a message key, else the English message it came with.
import type { TFunction } from 'i18next';
import { resolveWordParams, type ErrorParams } from './errors.ts';
import { intlTag } from './languages.ts';

interface Keyed {
  key?: string;
  params?: ErrorParams;
}

/** An instant param (e.g. when somebody changed a campaign) in the person's language and time zone. */
function localInstants(params: ErrorParams, locale: string | undefined): ErrorParams {
  const at = params.at;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return params;
  const format = new Intl.DateTimeFormat(locale ? intlTag(locale) : undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return { ...params, at: format.format(new Date(at)) };
}

function translate(t: TFunction, key: string, params: ErrorParams, locale: string | undefined): string {
  const words = resolveWordParams(localInstants(params, locale), (path) => t(`errors:${path}`));
  return t(`errors:${key}`, { ...words, defaultValue: '' });
}

/** One field's problem in the person's language: by its key when it has one, else its English text. */
export function problemText(t: TFunction, problem: Keyed & { message: string }): string {
  return (problem.key && translate(t, problem.key, problem.params ?? {}, undefined)) || problem.message;
}

/**
 * An ApiError (or any thrown value) or a CSV line error (`reasons`) as text for the user;
 * `locale` writes instants in the person's language (the runtime's when not given).
 */
export function errorText(t: TFunction, err: unknown, locale?: string): string {
  if (typeof err !== 'object' || err === null) return String(err);
  const { key, params, reasons, problems, message } = err as Keyed & {
    reasons?: Keyed[];
    problems?: (Keyed & { message: string })[];
    message?: unknown;
  };
  const fallback = typeof message === 'string' ? message : String(err);
  // A `problem` param is the first problem's English text: said again from its own key.
  const first = problems?.[0];
  const said =
    first && params && 'problem' in params ? { ...params, problem: problemText(t, first) } : params;
  if (typeof key === 'string') return translate(t, key, said ?? {}, locale) || fallback;
  if (Array.isArray(reasons) && reasons.length > 0) {
    const parts = reasons.map((r) => (r.key ? translate(t, r.key, r.params ?? {}, locale) : ''));
    return parts.every(Boolean) ? parts.join('; ') : fallback;
  }
  return fallback;
}
