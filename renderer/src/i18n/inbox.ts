// The department inbox.
// Languages with more plural forms than English add them beside (_few, _many).
import en from './locales/en/inbox.json' with { type: 'json' };
export type Strings = typeof en & Record<string, unknown>;

// The strings are in locales/<lng>/inbox.json; the other languages load one lazy chunk each in the renderer.
export const inboxResources = { inbox: { en } };
