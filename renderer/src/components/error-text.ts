// The views' errorText: the shared one, with instants in the app's language.
import i18next, { type TFunction } from 'i18next';
import { errorText as sharedErrorText } from '../../../shared/i18n/error-text.ts';

export { problemText } from '../../../shared/i18n/error-text.ts';

/** An ApiError (or any thrown value) or a CSV line error (`reasons`) as text for the user. */
export function errorText(t: TFunction, err: unknown): string {
  return sharedErrorText(t, err, i18next.language || undefined);
}
