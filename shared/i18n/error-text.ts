// What the user reads for a failure: the `errors` namespace text in their language
// when the error carries a message key, else the English message it came with.
import type { TFunction } from 'i18next';
import { resolveWordParams, type ErrorParams } from './errors.ts';

interface Keyed {
  key?: string;
  params?: ErrorParams;
}

function translate(t: TFunction, key: string, params: ErrorParams = {}): string {
  const words = resolveWordParams(params, (path) => t(`errors:${path}`));
  return t(`errors:${key}`, { ...words, defaultValue: '' });
}

/** An ApiError (or any thrown value) or a CSV line error (`reasons`) as text for the user. */
export function errorText(t: TFunction, err: unknown): string {
  if (typeof err !== 'object' || err === null) return String(err);
  const { key, params, reasons, message } = err as Keyed & { reasons?: Keyed[]; message?: unknown };
  const fallback = typeof message === 'string' ? message : String(err);
  if (typeof key === 'string') return translate(t, key, params) || fallback;
  if (Array.isArray(reasons) && reasons.length > 0) {
    const parts = reasons.map((r) => (r.key ? translate(t, r.key, r.params) : ''));
    return parts.every(Boolean) ? parts.join('; ') : fallback;
  }
  return fallback;
}
