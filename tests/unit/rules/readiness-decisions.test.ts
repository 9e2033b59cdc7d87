// Spec §6: readiness from flags, and the standing go/hold decision.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/domain.ts';
import { standingDecision } from '../../../shared/rules/readiness.ts';
import { AT, DAY, HOUR, campaign, decision, entryOf, metric, sample, shift } from '../../helpers/rules.ts';

const failing = { metrics: [metric()], samples: [sample('on_time', shift(AT, -HOUR), 50)] };
const atRisk = { metrics: [metric()], samples: [sample('on_time', shift(AT, -HOUR), 92)] };
const fine = { metrics: [metric()], samples: [sample('on_time', shift(AT, -HOUR), 99)] };

function withDecisions(base: typeof failing, decisions: Decision[]) {
  return entryOf({ ...base, campaigns: [campaign({ decisions })] });
}

describe('standing decision', () => {
  const go = decision('go', shift(AT, -DAY), { expires: shift(AT, 1), note: 'couriers booked' });

  it('expires later than at: standing, and the report carries it in full', () => {
    const entry = withDecisions(failing, [go]);
    expect(entry.readiness).toBe('ready_by_decision');
    expect(entry.decision).toEqual({
      decision: 'go',
      by: 'ceo',
      at: shift(AT, -DAY),
      expires: shift(AT, 1),
      note: 'couriers booked',
    });
  });
  it('expires exactly at `at`: no longer standing', () => {
    const entry = withDecisions(failing, [{ ...go, expires: AT }]);
    expect(entry.readiness).toBe('not_ready');
    expect(entry).not.toHaveProperty('decision');
  });
  it('without expiry: standing, with no expires field', () => {
    const { expires: _e, ...open } = go;
    const entry = withDecisions(failing, [open]);
    expect(entry.readiness).toBe('ready_by_decision');
    expect(entry.decision).toEqual({ decision: 'go', by: 'ceo', at: go.at, note: 'couriers booked' });
  });
  it('an expired latest decision does not bring back an earlier one', () => {
    const earlier = decision('go', shift(AT, -3 * DAY));
    const expiredHold = decision('hold', shift(AT, -DAY), { expires: shift(AT, -HOUR) });
    const entry = withDecisions(failing, [earlier, expiredHold]);
    expect(entry.readiness).toBe('not_ready');
    expect(entry).not.toHaveProperty('decision');
  });
  it('a decision made after `at` is not known yet', () => {
    const earlier = decision('go', shift(AT, -DAY));
    const later = decision('hold', shift(AT, 1));
    const entry = withDecisions(failing, [earlier, later]);
    expect(entry.decision?.decision).toBe('go');
    expect(withDecisions(failing, [later])).not.toHaveProperty('decision');
  });
  it('a decision made exactly at `at` stands', () => {
    expect(withDecisions(failing, [decision('go', AT)]).decision?.at).toBe(AT);
  });
  it('the latest decision wins, whatever the list order; on a tie the one imported last', () => {
    const older = decision('hold', shift(AT, -2 * DAY));
    const newer = decision('go', shift(AT, -DAY));
    expect(standingDecision([newer, older], AT)?.decision).toBe('go');
    const tieGo = decision('go', shift(AT, -DAY));
    const tieHold = decision('hold', shift(AT, -DAY));
    expect(standingDecision([tieGo, tieHold], AT)?.decision).toBe('hold');
    expect(standingDecision([tieHold, tieGo], AT)?.decision).toBe('go');
  });
});

describe('effect on readiness', () => {
  const go = decision('go', shift(AT, -DAY));
  const hold = decision('hold', shift(AT, -DAY));

  it('without flags a campaign is ready; warnings make it at_risk; a critical flag not_ready', () => {
    expect(withDecisions(fine, []).readiness).toBe('ready');
    expect(withDecisions(atRisk, []).readiness).toBe('at_risk');
    expect(withDecisions(failing, []).readiness).toBe('not_ready');
  });
  it('go turns not_ready and at_risk into ready_by_decision and keeps every flag', () => {
    const notReady = withDecisions(failing, [go]);
    expect(notReady.readiness).toBe('ready_by_decision');
    expect(notReady.flags.map((f) => f.code)).toEqual(['metric_failing']);
    const risky = withDecisions(atRisk, [go]);
    expect(risky.readiness).toBe('ready_by_decision');
    expect(risky.flags.map((f) => f.code)).toEqual(['metric_at_risk']);
  });
  it('go on a campaign with no flags leaves it ready, and still shows the decision', () => {
    const entry = withDecisions(fine, [go]);
    expect(entry.readiness).toBe('ready');
    expect(entry.decision?.decision).toBe('go');
  });
  it('hold keeps the readiness the flags give, and shows the decision', () => {
    const entry = withDecisions(failing, [hold]);
    expect(entry.readiness).toBe('not_ready');
    expect(entry.decision?.decision).toBe('hold');
    expect(withDecisions(atRisk, [hold]).readiness).toBe('at_risk');
    expect(withDecisions(fine, [hold]).readiness).toBe('ready');
  });
  it('decisions do not apply to ended campaigns', () => {
    const start = shift(AT, -5 * DAY);
    const entry = entryOf({
      metrics: [metric()],
      samples: [sample('on_time', shift(start, -HOUR), 50)],
      campaigns: [campaign({ start, end: shift(AT, -DAY), decisions: [decision('go', shift(start, -DAY))] })],
    });
    expect(entry.readiness).toBe('ended');
    expect(entry).not.toHaveProperty('decision');
  });
});
