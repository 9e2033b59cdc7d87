// Spec §1: metric status at an instant, at every threshold and age boundary.
import { describe, expect, it } from 'vitest';
import { metricStatus, thresholdsConsistent, valueStatus } from '../../../shared/rules/metric-status.ts';
import { AT, HOUR, SECOND, metric, sample, shift } from '../../helpers/rules.ts';

describe('higher_is_better (warn 95, fail 90)', () => {
  const m = metric({ direction: 'higher_is_better', warn: 95, fail: 90 });
  it.each([
    [100, 'ok'],
    [95, 'ok'],
    [94.99, 'at_risk'],
    [90, 'at_risk'],
    [89.99, 'failing'],
    [0, 'failing'],
  ] as const)('value %d is %s', (value, status) => {
    expect(valueStatus(m, value)).toBe(status);
    expect(metricStatus(m, sample(m.key, AT, value), AT)).toBe(status);
  });
});

describe('lower_is_better (warn 4, fail 8)', () => {
  const m = metric({ direction: 'lower_is_better', warn: 4, fail: 8 });
  it.each([
    [0, 'ok'],
    [4, 'ok'],
    [4.01, 'at_risk'],
    [8, 'at_risk'],
    [8.01, 'failing'],
  ] as const)('value %d is %s', (value, status) => {
    expect(valueStatus(m, value)).toBe(status);
    expect(metricStatus(m, sample(m.key, AT, value), AT)).toBe(status);
  });
});

describe('warn equal to fail', () => {
  it('a value on the shared threshold is ok, just past it failing', () => {
    const m = metric({ warn: 90, fail: 90 });
    expect(valueStatus(m, 90)).toBe('ok');
    expect(valueStatus(m, 89.9)).toBe('failing');
  });
});

describe('age of the sample', () => {
  const m = metric({ maxAgeHours: 48 });
  it('a sample exactly maxAgeHours old still counts', () => {
    expect(metricStatus(m, sample(m.key, shift(AT, -48 * HOUR), 80), AT)).toBe('failing');
  });
  it('a sample one second older than maxAgeHours is stale, whatever its value', () => {
    expect(metricStatus(m, sample(m.key, shift(AT, -48 * HOUR - SECOND), 80), AT)).toBe('stale');
    expect(metricStatus(m, sample(m.key, shift(AT, -48 * HOUR - SECOND), 99), AT)).toBe('stale');
  });
  it('no sample at all is stale', () => {
    expect(metricStatus(m, undefined, AT)).toBe('stale');
  });
  it('fractional maxAgeHours are honoured', () => {
    const half = metric({ maxAgeHours: 0.5 });
    expect(metricStatus(half, sample(half.key, shift(AT, -30 * 60 * SECOND), 99), AT)).toBe('ok');
    expect(metricStatus(half, sample(half.key, shift(AT, -30 * 60 * SECOND - 1), 99), AT)).toBe('stale');
  });
});

describe('thresholdsConsistent', () => {
  it('fail must be on the worse side of warn for the direction', () => {
    expect(thresholdsConsistent({ direction: 'higher_is_better', warn: 95, fail: 90 })).toBe(true);
    expect(thresholdsConsistent({ direction: 'higher_is_better', warn: 90, fail: 95 })).toBe(false);
    expect(thresholdsConsistent({ direction: 'lower_is_better', warn: 4, fail: 8 })).toBe(true);
    expect(thresholdsConsistent({ direction: 'lower_is_better', warn: 8, fail: 4 })).toBe(false);
    expect(thresholdsConsistent({ direction: 'lower_is_better', warn: 5, fail: 5 })).toBe(true);
  });
});
