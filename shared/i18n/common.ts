// Words used across views and the command line.
// The strings are in locales/<lng>/common.json; the renderer loads other languages on demand.
import en from './locales/en/common.json' with { type: 'json' };
export const commonResources = { common: { en } };
