// What leadership and departments are alerted about when the board changes (shared/rules/alerts.ts).
import { describe, expect, it } from 'vitest';
import type { CampaignReadiness, Flag, ReadinessReport } from '../../../shared/domain.ts';
import { alertConcerns, alertId, boardAlerts } from '../../../shared/rules/alerts.ts';

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
const METRICS = [
  { key: 'otd', department: 'delivery' },
  { key: 'frt', department: 'support' },
  { key: 'csat', department: 'support' },
];
const report = (...campaigns: CampaignReadiness[]): ReadinessReport => ({
  at: '2026-11-26T09:00:00.000Z',
  campaigns,
});

describe('boardAlerts', () => {
  it('says nothing without a previous report to compare with', () => {
    const now = report(campaign({ readiness: 'not_ready', flags: [failing('otd')] }));
    expect(boardAlerts(null, now, METRICS)).toEqual([]);
  });

  it('alerts when an upcoming campaign turns not ready, once', () => {
    const before = report(campaign({ readiness: 'at_risk', flags: [atRisk('otd')] }));
    const after = report(campaign({ readiness: 'not_ready', flags: [failing('otd')] }));
    expect(boardAlerts(before, after, METRICS)).toEqual([
      { kind: 'turned_not_ready', campaign: 'bf', title: 'Black Friday', start: '2026-11-27T00:00:00.000Z' },
    ]);
    expect(boardAlerts(after, after, METRICS)).toEqual([]);
  });

  it('alerts when a campaign newly in the horizon is already not ready', () => {
    const after = report(campaign({ readiness: 'not_ready', flags: [failing('otd')] }));
    expect(boardAlerts(report(), after, METRICS).map((a) => a.kind)).toEqual(['turned_not_ready']);
  });

  it('alerts when a campaign goes live while a flag is critical, naming the critical flags', () => {
    const before = report(
      campaign({ readiness: 'ready_by_decision', flags: [failing('otd'), atRisk('csat')] }),
    );
    const after = report(
      campaign({ phase: 'live', readiness: 'ready_by_decision', flags: [failing('otd'), atRisk('csat')] }),
    );
    expect(boardAlerts(before, after, METRICS)).toEqual([
      { kind: 'live_while_critical', campaign: 'bf', title: 'Black Friday', flags: [failing('otd')] },
    ]);
  });

  it('does not alert when a campaign goes live with only warnings', () => {
    const before = report(campaign({ readiness: 'at_risk', flags: [atRisk('csat')] }));
    const after = report(campaign({ phase: 'live', readiness: 'at_risk', flags: [atRisk('csat')] }));
    expect(boardAlerts(before, after, METRICS)).toEqual([]);
  });

  it("alerts when a department's metric goes failing on a live campaign, per metric", () => {
    const live = { phase: 'live' as const };
    const before = report(campaign({ ...live, readiness: 'ready_by_decision', flags: [failing('otd')] }));
    const after = report(
      campaign({ ...live, readiness: 'ready_by_decision', flags: [failing('frt'), failing('otd')] }),
    );
    const alerts = boardAlerts(before, after, METRICS);
    expect(alerts).toEqual([
      {
        kind: 'metric_failing_live',
        campaign: 'bf',
        title: 'Black Friday',
        metric: 'frt',
        department: 'support',
      },
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
    expect(boardAlerts(before, after, METRICS)).toEqual([]);
  });

  it('a live campaign turning not ready by a failing metric alerts leadership and the department', () => {
    const before = report(campaign({ phase: 'live', readiness: 'at_risk', flags: [atRisk('otd')] }));
    const after = report(campaign({ phase: 'live', readiness: 'not_ready', flags: [failing('otd')] }));
    expect(
      boardAlerts(before, after, METRICS).map((a) => [a.kind, 'department' in a && a.department]),
    ).toEqual([
      ['turned_not_ready', false],
      ['metric_failing_live', 'delivery'],
    ]);
  });
});

describe('alertConcerns', () => {
  const ceo = { department: 'marketing', roles: ['leadership' as const] };
  const taras = { department: 'delivery', roles: ['member' as const] };
  const olena = { department: 'support', roles: ['member' as const] };
  const base = { campaign: 'bf', title: 'Black Friday' };

  it('campaign alerts go to leadership only', () => {
    const notReady = { kind: 'turned_not_ready' as const, ...base, start: '2026-11-27T00:00:00.000Z' };
    const live = { kind: 'live_while_critical' as const, ...base, flags: [failing('otd')] };
    for (const alert of [notReady, live]) {
      expect([ceo, taras, olena].map((p) => alertConcerns(alert, p))).toEqual([true, false, false]);
    }
  });

  it("a failing metric goes to its own department's people, not to leadership elsewhere", () => {
    const alert = { kind: 'metric_failing_live' as const, ...base, metric: 'otd', department: 'delivery' };
    expect([ceo, taras, olena].map((p) => alertConcerns(alert, p))).toEqual([false, true, false]);
  });
});
