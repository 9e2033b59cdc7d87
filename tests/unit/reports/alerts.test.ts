// What leadership is alerted about when the board changes (renderer/src/views/readiness/alerts.ts).
import { describe, expect, it } from 'vitest';
import type { CampaignReadiness, Flag, ReadinessReport } from '../../../shared/domain.ts';
import { alertId, boardAlerts } from '../../../renderer/src/views/readiness/alerts.ts';

const failing = (metric: string): Flag => ({
  code: 'metric_failing',
  severity: 'critical',
  metric,
  status: 'failing',
  value: 86,
  threshold: 90,
  sampleAt: '2026-11-26T06:00:00.000Z',
});
const atRisk = (metric: string): Flag => ({
  code: 'metric_at_risk',
  severity: 'warning',
  metric,
  status: 'at_risk',
  value: 92,
  threshold: 95,
  sampleAt: '2026-11-26T06:00:00.000Z',
});

function campaign(overrides: Partial<CampaignReadiness>): CampaignReadiness {
  return {
    key: 'bf',
    title: 'Black Friday',
    start: '2026-11-27T00:00:00.000Z',
    end: '2026-11-30T23:59:59.000Z',
    phase: 'upcoming',
    readiness: 'ready',
    flags: [],
    ...overrides,
  };
}
const report = (...campaigns: CampaignReadiness[]): ReadinessReport => ({
  at: '2026-11-26T09:00:00.000Z',
  campaigns,
});

describe('boardAlerts', () => {
  it('says nothing without a previous report to compare with', () => {
    expect(boardAlerts(null, report(campaign({ readiness: 'not_ready', flags: [failing('otd')] })))).toEqual(
      [],
    );
  });

  it('alerts when an upcoming campaign turns not ready, once', () => {
    const before = report(campaign({ readiness: 'at_risk', flags: [atRisk('otd')] }));
    const after = report(campaign({ readiness: 'not_ready', flags: [failing('otd')] }));
    expect(boardAlerts(before, after)).toEqual([
      { kind: 'turned_not_ready', campaign: 'bf', title: 'Black Friday', start: '2026-11-27T00:00:00.000Z' },
    ]);
    expect(boardAlerts(after, after)).toEqual([]);
  });

  it('alerts when a campaign newly in the horizon is already not ready', () => {
    const after = report(campaign({ readiness: 'not_ready', flags: [failing('otd')] }));
    expect(boardAlerts(report(), after).map((a) => a.kind)).toEqual(['turned_not_ready']);
  });

  it('alerts when a campaign goes live while a flag is critical, naming the critical flags', () => {
    const before = report(
      campaign({ readiness: 'ready_by_decision', flags: [failing('otd'), atRisk('csat')] }),
    );
    const after = report(
      campaign({ phase: 'live', readiness: 'ready_by_decision', flags: [failing('otd'), atRisk('csat')] }),
    );
    expect(boardAlerts(before, after)).toEqual([
      { kind: 'live_while_critical', campaign: 'bf', title: 'Black Friday', flags: [failing('otd')] },
    ]);
  });

  it('does not alert when a campaign goes live with only warnings', () => {
    const before = report(campaign({ readiness: 'at_risk', flags: [atRisk('csat')] }));
    const after = report(campaign({ phase: 'live', readiness: 'at_risk', flags: [atRisk('csat')] }));
    expect(boardAlerts(before, after)).toEqual([]);
  });

  it("alerts when a department's metric goes failing on a live campaign, per metric", () => {
    const live = { phase: 'live' as const };
    const before = report(campaign({ ...live, readiness: 'ready_by_decision', flags: [failing('otd')] }));
    const after = report(
      campaign({ ...live, readiness: 'ready_by_decision', flags: [failing('frt'), failing('otd')] }),
    );
    const alerts = boardAlerts(before, after);
    expect(alerts).toEqual([
      { kind: 'metric_failing_live', campaign: 'bf', title: 'Black Friday', metric: 'frt' },
    ]);
    expect(alerts.map(alertId)).toEqual(['metric_failing_live:bf:frt']);
  });

  it('ignores ended campaigns and improvements', () => {
    const before = report(
      campaign({ readiness: 'not_ready', flags: [failing('otd')] }),
      campaign({ key: 'old', phase: 'live', readiness: 'at_risk', flags: [] }),
    );
    const after = report(
      campaign({ readiness: 'ready', flags: [] }),
      campaign({ key: 'old', phase: 'ended', readiness: 'ended', flags: [failing('otd')] }),
    );
    expect(boardAlerts(before, after)).toEqual([]);
  });
});
