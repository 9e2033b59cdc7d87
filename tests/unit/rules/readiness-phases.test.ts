// Spec §4 and §6: which campaigns a report lists, in which phase, in which order.
import { describe, expect, it } from 'vitest';
import { phaseAt } from '../../../shared/rules/readiness.ts';
import {
  AT,
  DAY,
  campaign,
  entryOf,
  metric,
  report,
  reportedKeys,
  sample,
  shift,
} from '../../helpers/rules.ts';

/** A campaign that launched while on-time delivery was failing and has ended by `endedAt`. */
function endedFailing(key: string, end: string) {
  const start = shift(end, -5 * DAY);
  return {
    metrics: [metric()],
    samples: [sample('on_time', shift(start, -1000), 80)],
    campaigns: [campaign({ key, start, end })],
  };
}

describe('phase', () => {
  it('start == at is live', () => {
    expect(phaseAt({ start: AT, end: shift(AT, DAY) }, AT)).toBe('live');
    expect(entryOf({ campaigns: [campaign({ start: AT })] }).phase).toBe('live');
  });
  it('end == at is live', () => {
    expect(phaseAt({ start: shift(AT, -DAY), end: AT }, AT)).toBe('live');
    expect(entryOf({ campaigns: [campaign({ start: shift(AT, -DAY), end: AT })] }).phase).toBe('live');
  });
  it('start one ms after at is upcoming, end one ms before at is ended', () => {
    expect(phaseAt({ start: shift(AT, 1), end: shift(AT, DAY) }, AT)).toBe('upcoming');
    expect(phaseAt({ start: shift(AT, -DAY), end: shift(AT, -1) }, AT)).toBe('ended');
  });
});

describe('horizon for upcoming campaigns', () => {
  it('a campaign starting exactly at + horizon is reported, one ms later is not', () => {
    const at14 = shift(AT, 14 * DAY);
    const scenario = {
      campaigns: [
        campaign({ key: 'edge', start: at14, end: shift(at14, DAY) }),
        campaign({ key: 'beyond', start: shift(at14, 1), end: shift(at14, DAY) }),
      ],
    };
    expect(reportedKeys(scenario)).toEqual(['edge']);
  });
  it('--horizon-days moves the edge', () => {
    const scenario = { campaigns: [campaign({ start: shift(AT, 3 * DAY), end: shift(AT, 4 * DAY) })] };
    expect(reportedKeys(scenario, { horizonDays: 3 })).toEqual(['launch']);
    expect(reportedKeys(scenario, { horizonDays: 2 })).toEqual([]);
  });
  it('a live campaign is always reported, however long it runs', () => {
    const scenario = { campaigns: [campaign({ start: shift(AT, -400 * DAY), end: shift(AT, 400 * DAY) })] };
    expect(reportedKeys(scenario, { horizonDays: 0, lookbackDays: 0 })).toEqual(['launch']);
  });
});

describe('ended campaigns', () => {
  it('launched while failing and ended exactly at - lookback: reported as ended history', () => {
    const entry = entryOf(endedFailing('old', shift(AT, -90 * DAY)));
    expect(entry.phase).toBe('ended');
    expect(entry.readiness).toBe('ended');
    expect(entry.flags.map((f) => f.code)).toEqual(['launched_while_failing']);
  });
  it('ended one ms before at - lookback: not reported', () => {
    expect(reportedKeys(endedFailing('old', shift(AT, -90 * DAY - 1)))).toEqual([]);
  });
  it('--lookback-days moves the edge', () => {
    const scenario = endedFailing('old', shift(AT, -10 * DAY));
    expect(reportedKeys(scenario, { lookbackDays: 10 })).toEqual(['old']);
    expect(reportedKeys(scenario, { lookbackDays: 9 })).toEqual([]);
  });
  it('ended without launching while failing: not reported, even with failing metrics now', () => {
    const start = shift(AT, -10 * DAY);
    const scenario = {
      metrics: [metric()],
      samples: [sample('on_time', shift(start, -1000), 99), sample('on_time', shift(AT, -1000), 50)],
      campaigns: [campaign({ start, end: shift(AT, -DAY), acknowledgements: [] })],
    };
    expect(reportedKeys(scenario)).toEqual([]);
  });
});

describe('status', () => {
  it('draft and cancelled campaigns never appear, whatever their dates and flags', () => {
    const failingNow = { metrics: [metric()], samples: [sample('on_time', shift(AT, -1000), 50)] };
    for (const status of ['draft', 'cancelled'] as const) {
      const scenario = {
        ...failingNow,
        campaigns: [
          campaign({ key: `${status}-live`, status, start: shift(AT, -DAY) }),
          campaign({ key: `${status}-upcoming`, status }),
        ],
      };
      expect(reportedKeys(scenario)).toEqual([]);
    }
  });
});

describe('report', () => {
  it('carries the instant and orders campaigns by start, then key', () => {
    const start = shift(AT, 2 * DAY);
    const scenario = {
      campaigns: [
        campaign({ key: 'c', start: shift(AT, DAY) }),
        campaign({ key: 'b', start }),
        campaign({ key: 'a', start }),
        campaign({ key: 'live', start: shift(AT, -DAY) }),
      ],
    };
    const r = report(scenario);
    expect(r.at).toBe(AT);
    expect(r.campaigns.map((c) => c.key)).toEqual(['live', 'c', 'a', 'b']);
  });
  it('a campaign with nothing wrong is ready with no flags and carries its dates', () => {
    const c = campaign();
    expect(entryOf({ campaigns: [c] })).toEqual({
      key: c.key,
      title: c.title,
      start: c.start,
      end: c.end,
      phase: 'upcoming',
      readiness: 'ready',
      flags: [],
    });
  });
});
