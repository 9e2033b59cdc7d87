// Spec §2 end to end: a report at `at` is what the workspace knew then.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CampaignReadiness } from '../../../shared/domain.ts';
import { fixturePath } from '../../helpers/paths.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

const bfAt = async (at: string): Promise<CampaignReadiness | undefined> =>
  (await ws.call('readiness.report', { at })).campaigns.find((c) => c.key === 'bf-next-day');

describe('readiness.report', () => {
  it('gives the fixture reports through the API as well', async () => {
    for (const [at, day] of [
      ['2026-11-20T12:00:00Z', '2026-11-20'],
      ['2026-11-26T09:00:00Z', '2026-11-26'],
    ] as const) {
      const expected = JSON.parse(
        fs.readFileSync(fixturePath(`signage-company.readiness-${day}.json`), 'utf8'),
      );
      expect(await ws.call('readiness.report', { at })).toEqual(expected);
    }
  });

  it('ignores samples taken after `at`; on a tie the sample imported last counts', async () => {
    const at = '2026-11-26T09:00:00.000Z';
    const valueAt = async () =>
      (await bfAt(at))?.flags.find((f) => 'metric' in f && f.metric === 'on_time_delivery');
    expect(await valueAt()).toMatchObject({ code: 'metric_failing', value: 86.7 });

    await ws.call('samples.add', { metric: 'on_time_delivery', at: '2026-11-26T09:00:00.001Z', value: 99 });
    expect(await valueAt()).toMatchObject({ code: 'metric_failing', value: 86.7 });

    await ws.call('samples.add', { metric: 'on_time_delivery', at, value: 99 });
    await ws.call('samples.add', { metric: 'on_time_delivery', at, value: 92 });
    expect(await valueAt()).toMatchObject({ code: 'metric_at_risk', value: 92, sampleAt: at });
  });

  it('ignores acknowledgements, versions and decisions recorded after `at`', async () => {
    const before = await bfAt('2026-11-22T09:59:59.999Z');
    // Recorded at the services' clock, 2026-11-22T10:00:00Z.
    await ws.call(
      'acknowledgements.record',
      { campaign: 'bf-next-day', department: 'sales', version: 2, state: 'acknowledged' },
      'ivan',
    );
    await ws.call(
      'decisions.record',
      { campaign: 'bf-next-day', decision: 'go', note: 'Couriers booked' },
      'ceo',
    );
    expect(await bfAt('2026-11-22T09:59:59.999Z')).toEqual(before);

    const after = await bfAt('2026-11-22T10:00:00Z');
    expect(after?.flags.some((f) => f.code === 'missing_acknowledgement' && f.department === 'sales')).toBe(
      false,
    );
    expect(after?.decision?.decision).toBe('go');
    expect(after?.readiness).toBe('ready_by_decision');
  });

  it('a wider horizon lists campaigns further ahead', async () => {
    const spring = async (query: object) =>
      (await ws.call('readiness.report', { at: '2026-11-26T09:00:00Z', ...query })).campaigns.some(
        (c) => c.key === 'spring-catalogue',
      );
    expect(await spring({})).toBe(false);
    expect(await spring({ horizonDays: 100 })).toBe(true);
  });
});
