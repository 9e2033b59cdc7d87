// The team workspace in the browser and for admins: sign-in, the signed-in top bar, and the
// Settings sections for passwords, sessions, machine tokens and calendar subscriptions.
import en from './locales/en/team.json' with { type: 'json' };
// Languages with more plural forms than English add them beside (_few, _many).
export type Strings = typeof en & { passwords: { savedEnded_few?: string; savedEnded_many?: string } };

// The strings are in locales/<lng>/team.json; the other languages load one lazy chunk each in the renderer.
export const teamResources = { team: { en } };
