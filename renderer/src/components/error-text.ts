// The views take errorText from here; the command line shares it from shared/i18n.
export { errorText } from '../../../shared/i18n/error-text.ts';
