// Headers and values of the spreadsheets people open outside the app (acknowledgement
// matrix, readiness report). Times carry the zone in their header: "At ({{zone}})".
import en from './locales/en/exports.json' with { type: 'json' };

export type Strings = typeof en;

// The strings are in locales/<lng>/exports.json; the other languages load one lazy chunk each in the renderer.
export const exportResources = { exports: { en } };
