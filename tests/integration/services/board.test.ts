// Issue 10: the readiness board's read model — everything the board shows, from one call.
import { describe, expect, it } from 'vitest';
import { boardCounts, campaignsAffected, thinTrend } from '../../../shared/board.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();
const AT = '2026-11-26T09:00:00.000Z';

describe('board.get', () => {
  it('holds the readiness report of the same instant, campaign for campaign', async () => {
    const board = await ws.call('board.get', { at: AT });
    const report = await ws.call('readiness.report', { at: AT });
    expect(board.at).toBe(AT);
    expect(
      board.campaigns.map(({ key, title, start, end, phase, readiness, flags, decision }) => ({
        key,
        title,
        start,
        end,
        phase,
        readiness,
        flags,
        ...(decision ? { decision } : {}),
      })),
    ).toEqual(report.campaigns);
    expect(board.settings).toEqual({
      horizonDays: 14,
      lookbackDays: 90,
      ackDeadlineDays: 3,
      timeZone: 'UTC',
    });
  });

  it('says per campaign which departments acknowledged which version, and who is missing', async () => {
    const board = await ws.call('board.get', { at: AT });
    const bf = board.campaigns.find((c) => c.key === 'bf-next-day');
    expect(bf?.currentVersion).toBe(2);
    expect(bf?.acknowledgements).toMatchObject({ version: 2, acknowledged: 1, required: 3 });
    expect(bf?.acknowledgements.departments.map((d) => [d.department, d.state, d.staleVersion])).toEqual([
      ['delivery', 'missing', true],
      ['support', 'acknowledged', false],
      ['sales', 'missing', false],
    ]);
    // The ended campaign: who had acknowledged when it launched.
    const autumn = board.campaigns.find((c) => c.key === 'autumn-install');
    expect(autumn?.acknowledgements).toMatchObject({ version: 1, acknowledged: 2, required: 2 });
  });

  it('flags a standing GO that runs out before the campaign ends, and counts it at the top', async () => {
    const board = await ws.call('board.get', { at: AT });
    const winter = board.campaigns.find((c) => c.key === 'winter-signs');
    // GO until 1 Dec; the sale runs to 6 Dec.
    expect(winter?.decision?.expires).toBe('2026-12-01T00:00:00.000Z');
    expect(winter?.decisionExpiresEarly).toBe(true);
    expect(board.campaigns.find((c) => c.key === 'bf-next-day')?.decisionExpiresEarly).toBe(false);
    expect(boardCounts(board.campaigns)).toEqual({
      launching: { not_ready: 1, at_risk: 0, ready_by_decision: 0, ready: 0 },
      live: 1,
      launchedWhileFailing: 1,
      onHold: 0,
      decisionsExpiring: 1,
    });
  });

  it('does not flag a decision that runs to the campaign end’s minute (the dialog’s default)', async () => {
    // Black Friday ends 30 Nov, 23:59:59; the dialog offers 30 Nov, 23:59.
    const hold = { campaign: 'bf-next-day', decision: 'hold', note: 'Couriers short' } as const;
    await ws.call('decisions.record', { ...hold, expires: '2026-11-30T23:59:00.000Z' }, 'ceo');
    const early = async () =>
      (await ws.call('board.get', { at: AT })).campaigns.find((c) => c.key === 'bf-next-day')
        ?.decisionExpiresEarly;
    await expect(early()).resolves.toBe(false);
    await ws.call('decisions.record', { ...hold, expires: '2026-11-30T23:58:00.000Z' }, 'ceo');
    await expect(early()).resolves.toBe(true);
  });

  it('states each metric once with its trend and the campaigns it affects', async () => {
    const board = await ws.call('board.get', { at: AT });
    const onTime = board.metrics.find((m) => m.metric.key === 'on_time_delivery');
    expect(onTime?.status).toBe('failing');
    expect(onTime?.latest?.value).toBe(86.7);
    expect(onTime?.trend.length).toBeGreaterThan(3);
    expect(onTime?.trend.every((s) => s.at <= AT && s.at >= '2026-11-12T09:00:00.000Z')).toBe(true);
    const affected = campaignsAffected(board.campaigns);
    expect(affected.get('on_time_delivery')).toEqual(['bf-next-day']);
    expect(affected.get('first_response_hours')?.sort()).toEqual(['bf-next-day', 'winter-signs']);
  });

  it('keeps the snapshot of flags a recorded decision answered, and refuses a bad instant', async () => {
    await ws.call(
      'decisions.record',
      { campaign: 'bf-next-day', decision: 'hold', note: 'Couriers short' },
      'ceo',
    );
    const board = await ws.call('board.get', { at: '2026-11-22T10:00:00.000Z' });
    const bf = board.campaigns.find((c) => c.key === 'bf-next-day');
    expect(bf?.decision?.decision).toBe('hold');
    expect(bf?.decisionFlags?.length).toBeGreaterThan(0);
    expect(boardCounts(board.campaigns).onHold).toBe(1);
    await expect(ws.call('board.get', { at: 'yesterday' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('thinTrend', () => {
  it('keeps each bucket’s lowest and highest sample, in time order, and always the latest', () => {
    const from = '2026-11-01T00:00:00.000Z';
    const hourly = Array.from({ length: 336 }, (_, h) => ({
      metric: 'm',
      at: new Date(Date.parse(from) + h * 3_600_000).toISOString(),
      value: h === 100 ? -50 : Math.sin(h / 5),
      source: 'feed',
    }));
    const to = hourly.at(-1)?.at ?? from;
    const thin = thinTrend(hourly, from, to, 60);
    expect(thin.length).toBeLessThanOrEqual(121);
    expect(thin.some((s) => s.value === -50)).toBe(true);
    expect(thin.at(-1)).toBe(hourly.at(-1));
    expect(thin.map((s) => s.at)).toEqual([...thin.map((s) => s.at)].sort());
    expect(thinTrend(hourly.slice(0, 50), from, to, 60)).toEqual(hourly.slice(0, 50));
  });
});
