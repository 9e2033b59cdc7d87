// This language's view namespaces and the shared ones, one chunk loaded only when someone chooses it;
// the strings are JSON files in sr/ (English, the fallback, is in en/).
import shared from '../../../../shared/i18n/locales/sr.ts';
import app from './sr/app.json' with { type: 'json' };
import calendar from './sr/calendar.json' with { type: 'json' };
import campaign from './sr/campaign.json' with { type: 'json' };
import editor from './sr/editor.json' with { type: 'json' };
import inbox from './sr/inbox.json' with { type: 'json' };
import readiness from './sr/readiness.json' with { type: 'json' };
import metrics from './sr/metrics.json' with { type: 'json' };
import settings from './sr/settings.json' with { type: 'json' };
import type { Strings as AppStrings } from '../app.ts';
import type { Strings as CalendarStrings } from '../calendar.ts';
import type { Strings as CampaignStrings } from '../campaign.ts';
import type { Strings as EditorStrings } from '../editor.ts';
import type { Strings as InboxStrings } from '../inbox.ts';
import type { Strings as ReadinessStrings } from '../readiness.ts';
import type { Strings as MetricsStrings } from '../metrics.ts';
import type { Strings as SettingsStrings } from '../settings.ts';

export default {
  ...shared,
  app: app satisfies AppStrings,
  calendar: calendar satisfies CalendarStrings,
  campaign: campaign satisfies CampaignStrings,
  editor: editor satisfies EditorStrings,
  inbox: inbox satisfies InboxStrings,
  readiness: readiness satisfies ReadinessStrings,
  metrics: metrics satisfies MetricsStrings,
  settings: settings satisfies SettingsStrings,
};
