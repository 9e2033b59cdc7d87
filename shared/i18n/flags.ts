// Flags in plain sentences with their numbers (UX.md "Words").
const en = {
  metric_failing_higher:
    '{{metric}} {{value}} is below the fail threshold {{threshold}} (sample {{sampleAt}})',
  metric_failing_lower:
    '{{metric}} {{value}} is above the fail threshold {{threshold}} (sample {{sampleAt}})',
  metric_at_risk_higher:
    '{{metric}} {{value}} is below the warn threshold {{threshold}} (sample {{sampleAt}})',
  metric_at_risk_lower:
    '{{metric}} {{value}} is above the warn threshold {{threshold}} (sample {{sampleAt}})',
  launched_while_failing_higher:
    'Launched while {{metric}} was {{value}}, below the fail threshold {{threshold}} (sample {{sampleAt}})',
  launched_while_failing_lower:
    'Launched while {{metric}} was {{value}}, above the fail threshold {{threshold}} (sample {{sampleAt}})',
  metric_stale: '{{metric}} has no data from the last {{maxAge}} h (last sample {{sampleAt}})',
  metric_stale_none: '{{metric}} has no samples yet',
  missing_acknowledgement: '{{department}} has not acknowledged version {{version}} (launch {{launch}})',
  missing_acknowledgement_none: '{{department}} has nothing to acknowledge yet: no brief is published',
  missing_acknowledgement_stale:
    '{{department}} acknowledged an earlier version; version {{version}} changed materially (launch {{launch}})',
  concern_raised: '{{department}} raised a concern: “{{note}}” — {{by}}, {{ackAt}}',
  severity: { critical: 'Critical', warning: 'Warning' },
};

export type FlagStrings = typeof en;

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const flagResources = { flags: { en } };
