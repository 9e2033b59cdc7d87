// Pure helpers behind the trend chart and the board's order and "new since GO" marks.
import { describe, expect, it } from 'vitest';
import type { CampaignReadiness, Flag, Sample } from '../../../shared/domain.ts';
import { chartColumns, stalePeriods } from '../../../renderer/src/views/metrics/chart-data.ts';
import { boardOrder, newSinceDecision } from '../../../renderer/src/views/readiness/board-order.ts';

const s = (at: string, value: number): Sample => ({ metric: 'm', at, value, source: 'test' });

describe('stalePeriods', () => {
  const from = '2026-11-01T00:00:00.000Z';
  const to = '2026-11-10T00:00:00.000Z';

  it('shades each gap longer than the max age, from when the data went stale until the next sample', () => {
    const samples = [
      s('2026-11-01T00:00:00.000Z', 1),
      s('2026-11-02T00:00:00.000Z', 2),
      s('2026-11-06T00:00:00.000Z', 3),
    ];
    expect(stalePeriods(samples, 24, from, to)).toEqual([
      { from: '2026-11-03T00:00:00.000Z', to: '2026-11-06T00:00:00.000Z' },
      { from: '2026-11-07T00:00:00.000Z', to },
    ]);
  });

  it('a gap of exactly the max age is not stale (spec §1: older than, not as old as)', () => {
    const samples = [s('2026-11-01T00:00:00.000Z', 1), s('2026-11-02T00:00:00.000Z', 2)];
    expect(stalePeriods(samples, 24, from, '2026-11-03T00:00:00.000Z')).toEqual([]);
  });

  it('is stale from the start when nothing was sampled before, and judges by samples before the window', () => {
    expect(stalePeriods([s('2026-11-04T00:00:00.000Z', 1)], 48, from, '2026-11-05T00:00:00.000Z')).toEqual([
      { from, to: '2026-11-04T00:00:00.000Z' },
    ]);
    expect(stalePeriods([s('2026-10-31T12:00:00.000Z', 1)], 48, from, '2026-11-02T00:00:00.000Z')).toEqual(
      [],
    );
  });

  it('breaks the chart line where a stale period begins', () => {
    const samples = [s('2026-11-01T00:00:00.000Z', 1), s('2026-11-05T00:00:00.000Z', 2)];
    const [xs, ys] = chartColumns(samples, stalePeriods(samples, 24, from, '2026-11-05T00:00:00.000Z'));
    expect(ys).toEqual([1, null, 2]);
    expect(xs).toEqual([
      Date.parse('2026-11-01T00:00:00Z') / 1000,
      Date.parse('2026-11-02T00:00:00Z') / 1000,
      Date.parse('2026-11-05T00:00:00Z') / 1000,
    ]);
  });
});

const c = (key: string, readiness: CampaignReadiness['readiness'], start: string): CampaignReadiness => ({
  key,
  title: key,
  start,
  end: start,
  phase: 'upcoming',
  readiness,
  flags: [],
});

describe('boardOrder', () => {
  it('puts not ready first, then at risk, ready by decision, ready; then the soonest launch', () => {
    const order = boardOrder([
      c('ready', 'ready', '2026-11-01T00:00:00.000Z'),
      c('go', 'ready_by_decision', '2026-11-01T00:00:00.000Z'),
      c('late-bad', 'not_ready', '2026-11-09T00:00:00.000Z'),
      c('risk', 'at_risk', '2026-11-01T00:00:00.000Z'),
      c('soon-bad', 'not_ready', '2026-11-02T00:00:00.000Z'),
    ]);
    expect(order.map((x) => x.key)).toEqual(['soon-bad', 'late-bad', 'risk', 'go', 'ready']);
  });
});

describe('newSinceDecision', () => {
  const ack = (department: string, severity: 'critical' | 'warning'): Flag => ({
    code: 'missing_acknowledgement',
    severity,
    department,
    staleVersion: false,
  });
  it('marks critical flags the GO did not answer, including ones that were only warnings then', () => {
    const snapshot = [ack('sales', 'warning'), ack('support', 'critical')];
    const now = [ack('sales', 'critical'), ack('support', 'critical'), ack('delivery', 'warning')];
    expect([...newSinceDecision(now, snapshot)]).toEqual(['missing_acknowledgement:sales:critical']);
  });
  it('marks nothing when the decision kept no snapshot (imported decisions)', () => {
    expect(newSinceDecision([ack('sales', 'critical')], undefined).size).toBe(0);
  });
});
