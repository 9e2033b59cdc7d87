// Spec §3, §5.1–5.4, §6 and the flag order of §9: what metrics say about a campaign.
import { describe, expect, it } from 'vitest';
import {
  AT,
  DAY,
  HOUR,
  SECOND,
  ack,
  campaign,
  entryOf,
  metric,
  sample,
  shift,
  version,
} from '../../helpers/rules.ts';

const onTime = metric({ key: 'on_time', warn: 95, fail: 90, maxAgeHours: 48 });
const backlog = metric({
  key: 'backlog',
  direction: 'lower_is_better',
  warn: 500,
  fail: 800,
  maxAgeHours: 48,
});
const sampleTime = shift(AT, -HOUR);

describe('metric flags at `at`', () => {
  it('failing: critical, with value, fail threshold and sample instant', () => {
    const entry = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', sampleTime, 87.5)],
      campaigns: [campaign()],
    });
    expect(entry.flags).toEqual([
      {
        code: 'metric_failing',
        severity: 'critical',
        metric: 'on_time',
        status: 'failing',
        value: 87.5,
        threshold: 90,
        sampleAt: sampleTime,
      },
    ]);
    expect(entry.readiness).toBe('not_ready');
  });
  it('at risk: warning, with the warn threshold', () => {
    const entry = entryOf({
      metrics: [backlog],
      samples: [sample('backlog', sampleTime, 800)],
      campaigns: [campaign()],
    });
    expect(entry.flags).toEqual([
      {
        code: 'metric_at_risk',
        severity: 'warning',
        metric: 'backlog',
        status: 'at_risk',
        value: 800,
        threshold: 500,
        sampleAt: sampleTime,
      },
    ]);
    expect(entry.readiness).toBe('at_risk');
  });
  it('a value exactly on the warn threshold raises no flag', () => {
    const entry = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', sampleTime, 95)],
      campaigns: [campaign()],
    });
    expect(entry.flags).toEqual([]);
    expect(entry.readiness).toBe('ready');
  });
  it('stale: names the latest sample, even a failing one, once older than maxAgeHours', () => {
    const old = shift(AT, -48 * HOUR - SECOND);
    const entry = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', old, 50)],
      campaigns: [campaign()],
    });
    expect(entry.flags).toEqual([
      { code: 'metric_stale', severity: 'warning', metric: 'on_time', status: 'stale', sampleAt: old },
    ]);
  });
  it('stale with sampleAt null when the metric never had a sample', () => {
    const entry = entryOf({ metrics: [onTime], campaigns: [campaign()] });
    expect(entry.flags).toEqual([
      { code: 'metric_stale', severity: 'warning', metric: 'on_time', status: 'stale', sampleAt: null },
    ]);
  });
  it('a sample exactly maxAgeHours old is not stale', () => {
    const entry = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', shift(AT, -48 * HOUR), 99)],
      campaigns: [campaign()],
    });
    expect(entry.flags).toEqual([]);
  });
  it('only metrics of affected departments apply', () => {
    const finance = metric({ key: 'cash', department: 'finance' });
    const entry = entryOf({
      metrics: [finance],
      samples: [sample('cash', sampleTime, 1)],
      campaigns: [campaign()],
    });
    expect(entry.flags).toEqual([]);
  });
});

describe('launched_while_failing', () => {
  const start = shift(AT, -2 * DAY);
  const atStart = shift(start, -HOUR);

  it('a live campaign whose metric failed at start keeps a critical flag after recovery', () => {
    const entry = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', atStart, 89), sample('on_time', sampleTime, 99)],
      campaigns: [campaign({ start })],
    });
    expect(entry.phase).toBe('live');
    expect(entry.flags).toEqual([
      {
        code: 'launched_while_failing',
        severity: 'critical',
        metric: 'on_time',
        status: 'failing',
        value: 89,
        threshold: 90,
        sampleAt: atStart,
      },
    ]);
    expect(entry.readiness).toBe('not_ready');
  });
  it('a sample taken at the start instant counts; one taken a ms after does not', () => {
    const atIt = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', start, 80), sample('on_time', sampleTime, 99)],
      campaigns: [campaign({ start })],
    });
    expect(atIt.flags.map((f) => f.code)).toEqual(['launched_while_failing']);
    const after = entryOf({
      metrics: [onTime],
      samples: [
        sample('on_time', atStart, 99),
        sample('on_time', shift(start, 1), 80),
        sample('on_time', sampleTime, 99),
      ],
      campaigns: [campaign({ start })],
    });
    expect(after.flags).toEqual([]);
  });
  it('a failing sample already stale at start is not "launched while failing"', () => {
    const entry = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', shift(start, -49 * HOUR), 50), sample('on_time', sampleTime, 99)],
      campaigns: [campaign({ start })],
    });
    expect(entry.flags).toEqual([]);
  });
  it('an upcoming campaign never has it', () => {
    const entry = entryOf({
      metrics: [onTime],
      samples: [sample('on_time', sampleTime, 99)],
      campaigns: [campaign()],
    });
    expect(entry.flags).toEqual([]);
  });
});

describe('flag order', () => {
  it('critical first, then by code, then by metric or department key', () => {
    const zeta = metric({ key: 'zeta', department: 'delivery' });
    const alpha = metric({ key: 'alpha', department: 'support' });
    const risk = metric({ key: 'risk', department: 'delivery' });
    const quiet = metric({ key: 'quiet', department: 'support' });
    const start = shift(AT, 2 * DAY); // inside the 3-day deadline: missing acks are critical
    const entry = entryOf({
      metrics: [zeta, alpha, risk, quiet],
      samples: [
        sample('zeta', sampleTime, 10),
        sample('alpha', sampleTime, 10),
        sample('risk', sampleTime, 92),
      ],
      campaigns: [
        campaign({
          start,
          end: shift(start, DAY),
          departments: ['marketing', 'support', 'sales', 'delivery', 'finance'],
          briefVersions: [version(1, shift(AT, -5 * DAY), 'material')],
          acknowledgements: [
            ack('support', 1, shift(AT, -4 * DAY), { state: 'concern', note: 'short-staffed' }),
            ack('delivery', 1, shift(AT, -4 * DAY), { state: 'concern', note: 'van broken' }),
          ],
        }),
      ],
    });
    expect(entry.flags.map((f) => [f.severity, f.code, 'metric' in f ? f.metric : f.department])).toEqual([
      ['critical', 'metric_failing', 'alpha'],
      ['critical', 'metric_failing', 'zeta'],
      ['critical', 'missing_acknowledgement', 'finance'],
      ['critical', 'missing_acknowledgement', 'sales'],
      ['warning', 'concern_raised', 'delivery'],
      ['warning', 'concern_raised', 'support'],
      ['warning', 'metric_at_risk', 'risk'],
      ['warning', 'metric_stale', 'quiet'],
    ]);
  });
});
