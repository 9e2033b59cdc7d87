// The readiness board: campaigns and their flags, decisions, launched-while-failing, metric tiles, reports.
// Slavic languages need more plural forms than English has.
import en from './locales/en/readiness.json' with { type: 'json' };
export type Strings = typeof en & { board: { affects_few?: string; affects_many?: string } };

// The strings are in locales/<lng>/readiness.json; the other languages load one lazy chunk each in the renderer.
export const readinessResources = { readiness: { en } };
