// Settings: readiness rules, language, the workspace, departments and people.
import en from './locales/en/settings.json' with { type: 'json' };
export type Strings = typeof en;

// The strings are in locales/<lng>/settings.json; the other languages load one lazy chunk each in the renderer.
export const settingsResources = { settings: { en } };
