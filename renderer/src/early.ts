// The page's first script: in a browser (no desktop bridge), the first API calls leave now,
// while the app's code is still loading (api/early-calls.ts).
import { sendEarlyCalls } from './api/early-calls.ts';

if (!window.campaignDesk) sendEarlyCalls();
