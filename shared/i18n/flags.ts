// Flags in plain sentences with their numbers (UX.md "Words").
import en from './locales/en/flags.json' with { type: 'json' };

export type FlagStrings = typeof en;

// The strings are in locales/<lng>/flags.json; the other languages load one lazy chunk each in the renderer.
export const flagResources = { flags: { en } };
