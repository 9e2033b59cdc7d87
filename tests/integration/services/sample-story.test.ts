// Issue 10: "Load the sample workspace" tells its story around today, not in late November 2026.
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { FIXED_NOW, openWorkspace } from '../../helpers/workspace.ts';

async function loadedOn(now: string, context: { onTestFinished: (fn: () => void) => void }) {
  const ws = openWorkspace(path.join(tempDirFor(context), 'ws.sqlite'), () => new Date(now));
  context.onTestFinished(() => void ws.close());
  await ws.call('workspace.loadSample', {});
  return ws;
}

test('loaded on 10 March 2027, Black Friday launches in four days while delivery is failing', async (context) => {
  const ws = await loadedOn('2027-03-10T08:00:00.000Z', context);
  const report = await ws.call('readiness.report', {});
  const byKey = new Map(report.campaigns.map((c) => [c.key, c]));
  // 22 Nov 2026 (the story's day) + 108 days = 10 Mar 2027; times of day are kept.
  expect(byKey.get('bf-next-day')).toMatchObject({
    start: '2027-03-15T00:00:00.000Z',
    phase: 'upcoming',
    readiness: 'not_ready',
  });
  expect(byKey.get('bf-next-day')?.flags).toContainEqual(
    expect.objectContaining({ code: 'metric_failing', metric: 'on_time_delivery' }),
  );
  expect(byKey.get('winter-signs')?.phase).toBe('live');
  expect(byKey.get('autumn-install')?.flags.map((f) => f.code)).toEqual(['launched_while_failing']);
  // Metrics have recent data: no tile says "No recent data" for delivery.
  const metrics = await ws.call('metrics.list', {});
  expect(metrics.find((m) => m.metric.key === 'on_time_delivery')?.status).toBe('failing');
});

test('loaded on the story’s own day, nothing moves', async (context) => {
  const ws = await loadedOn(FIXED_NOW, context);
  const campaign = (await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign;
  expect(campaign.start).toBe('2026-11-27T00:00:00.000Z');
  expect(campaign.briefVersions[0]?.publishedAt).toBe('2026-11-10T09:00:00.000Z');
});
