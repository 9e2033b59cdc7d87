// The frame: navigation, top bar, first start, "Who are you?".
import en from './locales/en/app.json' with { type: 'json' };
export type Strings = typeof en;

// The strings are in locales/<lng>/app.json; the other languages load one lazy chunk each in the renderer.
export const appResources = { app: { en } };
