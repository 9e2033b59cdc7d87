// The desktop's workspace connection: connecting to a team workspace server, the
// top bar's connection state, the offline banner, signing out and switching.
import en from './locales/en/desk.json' with { type: 'json' };
export type Strings = typeof en;

// The strings are in locales/<lng>/desk.json; the other languages load one lazy chunk each in the renderer.
export const deskResources = { desk: { en } };
