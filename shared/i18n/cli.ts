// What the command line says to people, in the language of LANG.
import en from './locales/en/cli.json' with { type: 'json' };

export type Strings = typeof en;

// The strings are in locales/<lng>/cli.json; the other languages load one lazy chunk each in the renderer.
export const cliResources = { cli: { en } };
