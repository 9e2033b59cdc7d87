import { describe, expect, test } from 'vitest';
import type { Acknowledgement, BriefVersion, Campaign } from '../../../shared/domain.ts';
import { ackRows, changedSince, shownBrief } from '../../../renderer/src/views/campaign/brief.ts';
import { compareVersions } from '../../../renderer/src/views/campaign/brief-diff.ts';

const NOW = '2026-11-22T12:00:00.000Z';
function version(n: number, change: 'material' | 'minor', faq = 'Q: when? A: tomorrow'): BriefVersion {
  return {
    version: n,
    publishedAt: `2026-11-1${n}T09:00:00.000Z`,
    change,
    promise: 'Next-day delivery',
    faq,
  };
}
function campaign(versions: BriefVersion[], acks: Acknowledgement[]): Campaign {
  return {
    key: 'bf',
    title: 'BF',
    start: '2026-11-27T00:00:00.000Z',
    end: '2026-11-30T00:00:00.000Z',
    status: 'published',
    channels: [],
    departments: ['marketing', 'delivery', 'support'],
    owner: 'maria',
    briefVersions: versions,
    acknowledgements: acks,
    decisions: [],
  };
}
const ack = (department: string, v: number, state: 'acknowledged' | 'concern' = 'acknowledged') => ({
  department,
  version: v,
  by: 'x',
  at: `2026-11-1${v}T10:00:00.000Z`,
  state,
});

describe('the acknowledgement matrix', () => {
  test('an acknowledgement of a version a material change replaced is stale; nobody at all is awaiting', () => {
    const rows = ackRows(
      campaign([version(1, 'material'), version(2, 'material')], [ack('support', 1)]),
      NOW,
    );
    expect(rows.map((r) => [r.department, r.standing, r.ack?.version])).toEqual([
      ['delivery', 'awaiting', undefined],
      ['support', 'stale', 1],
    ]);
  });
  test('after a minor change the earlier acknowledgement still holds, concern included', () => {
    const rows = ackRows(
      campaign([version(1, 'material'), version(2, 'minor')], [ack('delivery', 1, 'concern')]),
      NOW,
    );
    expect(rows[0]).toMatchObject({ department: 'delivery', standing: 'concern' });
  });
  test('marketing is never asked to acknowledge its own campaign', () => {
    expect(ackRows(campaign([version(1, 'material')], []), NOW).map((r) => r.department)).not.toContain(
      'marketing',
    );
  });
});

describe('the brief a campaign page shows', () => {
  test('the current version, with unpublished edits noted', () => {
    const c = {
      ...campaign([version(1, 'material'), version(2, 'material')], []),
      draft: { promise: 'Soon' },
    };
    const shown = shownBrief(c, NOW);
    expect(shown.version?.version).toBe(2);
    expect(shown.content.promise).toBe('Next-day delivery');
    expect(shown.unpublishedEdits).toBe(true);
  });
  test('only the draft while nothing is published', () => {
    const c = { ...campaign([], []), status: 'draft' as const, draft: { promise: 'Soon' } };
    expect(shownBrief(c, NOW)).toMatchObject({ version: undefined, content: { promise: 'Soon' } });
  });
});

describe('comparing two versions', () => {
  test('marks the words added and removed in each changed field and names the unchanged ones', () => {
    const { changed, unchanged } = compareVersions(
      version(1, 'material', 'Fitted within 3 days'),
      version(2, 'minor', 'Fitted within 2 days'),
    );
    expect(changed.map((c) => c.field)).toEqual(['faq']);
    const parts = changed[0]?.parts ?? [];
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['3']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['2']);
    expect(unchanged).toContain('promise');
  });

  test('keeps Cyrillic words whole', () => {
    const { changed } = compareVersions(
      version(1, 'material', 'Доставка протягом трьох днів'),
      version(2, 'minor', 'Доставка протягом двох днів'),
      'uk',
    );
    const parts = changed[0]?.parts ?? [];
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['трьох']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['двох']);
  });
});

describe('reading a changed brief', () => {
  const versions = [version(1, 'material'), version(2, 'minor'), version(3, 'material')];
  test('a department that acknowledged an older version reads against the version it acknowledged', () => {
    const result = changedSince(
      campaign(versions, [ack('delivery', 1), ack('delivery', 2)]),
      'delivery',
      NOW,
    );
    expect(result?.since.version).toBe(2);
    expect(result?.ack.at).toBe('2026-11-12T10:00:00.000Z');
  });
  test('also after a minor change, which keeps the acknowledgement valid', () => {
    const result = changedSince(campaign(versions.slice(0, 2), [ack('delivery', 1)]), 'delivery', NOW);
    expect(result?.since.version).toBe(1);
  });
  test('nothing to read against: acknowledged the current version, never acknowledged, or not asked', () => {
    const c = campaign(versions, [ack('delivery', 3), ack('marketing', 1)]);
    expect(changedSince(c, 'delivery', NOW)).toBeUndefined();
    expect(changedSince(c, 'support', NOW)).toBeUndefined();
    expect(changedSince(c, 'marketing', NOW)).toBeUndefined();
    expect(changedSince(c, 'finance', NOW)).toBeUndefined();
  });
  test('an acknowledgement after the moment looked at does not count', () => {
    const c = campaign(versions, [ack('delivery', 2), ack('delivery', 3)]);
    expect(changedSince(c, 'delivery', '2026-11-13T09:30:00.000Z')?.since.version).toBe(2);
    expect(changedSince(c, 'delivery', NOW)).toBeUndefined();
  });
});
