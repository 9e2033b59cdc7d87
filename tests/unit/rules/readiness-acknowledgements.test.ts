// Spec §2 and §5.5–5.6: which acknowledgements hold for the current brief version.
import { describe, expect, it } from 'vitest';
import type { Acknowledgement, BriefVersion, Campaign } from '../../../shared/domain.ts';
import { ackValidFor, currentVersion } from '../../../shared/rules/readiness.ts';
import { AT, DAY, ack, campaign, entryOf, shift, version } from '../../helpers/rules.ts';

const START = shift(AT, 10 * DAY);

/** Delivery's flags for a campaign with these versions and acknowledgements. */
function flagsOf(
  briefVersions: BriefVersion[],
  acknowledgements: Acknowledgement[],
  extra: Partial<Campaign> = {},
) {
  return entryOf({ campaigns: [campaign({ start: START, briefVersions, acknowledgements, ...extra })] })
    .flags;
}

const v1 = version(1, shift(AT, -10 * DAY), 'material');
const v2minor = version(2, shift(AT, -8 * DAY), 'minor');
const v2material = version(2, shift(AT, -8 * DAY), 'material');
const v3minor = version(3, shift(AT, -6 * DAY), 'minor');
const ackV1 = ack('delivery', 1, shift(AT, -9 * DAY));
const missing = (staleVersion: boolean) => ({
  code: 'missing_acknowledgement',
  severity: 'warning',
  department: 'delivery',
  staleVersion,
});

describe('validity of an acknowledgement', () => {
  it('an acknowledgement of the current version holds', () => {
    expect(flagsOf([v1], [ackV1])).toEqual([]);
  });
  it('an older version holds across minor changes only', () => {
    expect(flagsOf([v1, v2minor, v3minor], [ackV1])).toEqual([]);
    expect(ackValidFor({ briefVersions: [v1, v2minor, v3minor] }, 1, 3)).toBe(true);
  });
  it('a material change in between makes it invalid: missing, with staleVersion true', () => {
    expect(flagsOf([v1, v2material, v3minor], [ackV1])).toEqual([missing(true)]);
    expect(ackValidFor({ briefVersions: [v1, v2material, v3minor] }, 1, 3)).toBe(false);
  });
  it('an acknowledgement of the material version itself holds across later minor changes', () => {
    expect(flagsOf([v1, v2material, v3minor], [ack('delivery', 2, shift(AT, -7 * DAY))])).toEqual([]);
  });
  it('a department that never acknowledged is missing with staleVersion false', () => {
    expect(flagsOf([v1, v2material], [])).toEqual([missing(false)]);
  });
  it('an acknowledgement recorded after `at` does not count', () => {
    expect(flagsOf([v1], [ack('delivery', 1, shift(AT, 1))])).toEqual([missing(false)]);
  });
  it("another department's acknowledgement does not count", () => {
    const extra = { departments: ['delivery', 'sales'] };
    expect(flagsOf([v1], [ack('sales', 1, shift(AT, -DAY))], extra)).toEqual([missing(false)]);
  });
});

describe('current brief version', () => {
  it('a version published after `at` is not current yet', () => {
    const v2later = version(2, shift(AT, 1), 'material');
    expect(currentVersion({ briefVersions: [v1, v2later] }, AT)).toBe(1);
    expect(flagsOf([v1, v2later], [ackV1])).toEqual([]);
  });
  it('a version published exactly at `at` is current', () => {
    const v2now = version(2, AT, 'material');
    expect(currentVersion({ briefVersions: [v1, v2now] }, AT)).toBe(2);
    expect(flagsOf([v1, v2now], [ackV1])).toEqual([missing(true)]);
  });
  it('a campaign with no version yet: every department missing, staleVersion false', () => {
    const flags = flagsOf([], [], { departments: ['marketing', 'delivery', 'support'] });
    expect(flags).toEqual([
      { ...missing(false), department: 'delivery' },
      { ...missing(false), department: 'support' },
    ]);
  });
  it('a campaign whose only version is published after `at` has none yet', () => {
    const flags = flagsOf([version(1, shift(AT, DAY), 'material')], []);
    expect(flags).toEqual([missing(false)]);
  });
});

describe('marketing', () => {
  it('never needs to acknowledge its own campaign, even when listed', () => {
    expect(flagsOf([v1], [ackV1], { departments: ['marketing', 'delivery'] })).toEqual([]);
  });
});

describe('acknowledgement deadline (3 days before start)', () => {
  it('at == start - ackDeadlineDays: critical', () => {
    const start = shift(AT, 3 * DAY);
    const flags = flagsOf([v1], [], { start, end: shift(start, DAY) });
    expect(flags).toEqual([{ ...missing(false), severity: 'critical' }]);
  });
  it('one ms before the deadline: warning', () => {
    const start = shift(AT, 3 * DAY + 1);
    const flags = flagsOf([v1], [], { start, end: shift(start, DAY) });
    expect(flags).toEqual([missing(false)]);
  });
  it('--ack-deadline-days moves it', () => {
    const entry = entryOf(
      { campaigns: [campaign({ start: START, acknowledgements: [] })] },
      { ackDeadlineDays: 10 },
    );
    expect(entry.flags).toEqual([{ ...missing(false), severity: 'critical' }]);
    expect(entry.readiness).toBe('not_ready');
  });
  it('a live campaign with a missing acknowledgement is critical', () => {
    const flags = flagsOf([v1], [], { start: shift(AT, -DAY) });
    expect(flags).toEqual([{ ...missing(false), severity: 'critical' }]);
  });
});

describe('concern_raised', () => {
  const concern = ack('delivery', 1, shift(AT, -5 * DAY), {
    state: 'concern',
    note: 'Two vans in repair',
    by: 'taras',
  });
  const raised = {
    code: 'concern_raised',
    severity: 'warning',
    department: 'delivery',
    note: 'Two vans in repair',
    by: 'taras',
    ackAt: shift(AT, -5 * DAY),
  };

  it('the latest valid acknowledgement being a concern raises a warning carrying note, by and ackAt', () => {
    const entry = entryOf({ campaigns: [campaign({ start: START, acknowledgements: [ackV1, concern] })] });
    expect(entry.flags).toEqual([raised]);
    expect(entry.readiness).toBe('at_risk');
  });
  it('a later plain acknowledgement clears the concern', () => {
    expect(flagsOf([v1], [concern, ack('delivery', 1, shift(AT, -4 * DAY))])).toEqual([]);
  });
  it('on a tie of instants, the one imported last counts', () => {
    const sameTime = ack('delivery', 1, concern.at);
    expect(flagsOf([v1], [sameTime, concern])).toEqual([raised]);
    expect(flagsOf([v1], [concern, sameTime])).toEqual([]);
  });
  it('a concern about a version no longer valid gives way to the missing acknowledgement', () => {
    const v2 = version(2, shift(AT, -2 * DAY), 'material');
    expect(flagsOf([v1, v2], [concern])).toEqual([missing(true)]);
  });
  it('a concern about the current version after a minor change is raised', () => {
    const v2 = version(2, shift(AT, -6 * DAY), 'minor');
    const concernV2 = { ...concern, version: 2 };
    expect(flagsOf([v1, v2], [concernV2])).toEqual([raised]);
  });
  it('a concern recorded after `at` is not known yet', () => {
    expect(flagsOf([v1], [ackV1, { ...concern, at: shift(AT, 1) }])).toEqual([]);
  });
});
