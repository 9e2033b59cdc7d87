import type { CampaignReadiness, Flag, Readiness } from '../../../../shared/domain.ts';
import { flagSubject } from '../../../../shared/rules/readiness.ts';

const RANK: Record<Readiness, number> = {
  not_ready: 0,
  at_risk: 1,
  ready_by_decision: 2,
  ready: 3,
  ended: 4,
};

/** Leadership reads the worst first: not ready, at risk, ready by decision, ready; then the soonest launch. */
export function boardOrder<T extends CampaignReadiness>(campaigns: readonly T[]): T[] {
  return [...campaigns].sort(
    (a, b) =>
      RANK[a.readiness] - RANK[b.readiness] || a.start.localeCompare(b.start) || a.key.localeCompare(b.key),
  );
}

/** Identity of a flag across reports: what it is about and how bad it is. */
export function flagKey(flag: Flag): string {
  return `${flag.code}:${flagSubject(flag)}:${flag.severity}`;
}

/**
 * Critical flags that the decision's snapshot did not hold: they appeared after leadership said go.
 * Without a snapshot (an imported decision) nothing can be called new.
 */
export function newSinceDecision(flags: readonly Flag[], snapshot: readonly Flag[] | undefined): Set<string> {
  if (!snapshot) return new Set();
  const known = new Set(snapshot.map(flagKey));
  return new Set(flags.filter((f) => f.severity === 'critical' && !known.has(flagKey(f))).map(flagKey));
}
