// Metrics: definitions, manual entry, CSV import, the trend chart.
import en from './locales/en/metrics.json' with { type: 'json' };
export type Strings = typeof en;

// The strings are in locales/<lng>/metrics.json; the other languages load one lazy chunk each in the renderer.
export const metricsResources = { metrics: { en } };
