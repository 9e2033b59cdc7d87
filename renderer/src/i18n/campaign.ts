// The campaign page (brief, acknowledgements, readiness, versions) and the publish dialog.
import en from './locales/en/campaign.json' with { type: 'json' };
export type Strings = typeof en;

// The strings are in locales/<lng>/campaign.json; the other languages load one lazy chunk each in the renderer.
export const campaignResources = { campaign: { en } };
