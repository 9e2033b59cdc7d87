// Spec §7 and §9: export → import → export is lossless; importing twice changes nothing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../helpers/files.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();

async function withWorkspace<T>(name: string, work: (ws: TestWorkspace) => Promise<T>): Promise<T> {
  const ws = openWorkspace(path.join(tempDir(), name));
  try {
    return await work(ws);
  } finally {
    await ws.close();
  }
}

/** The fixture plus what only the app writes: drafts, summaries, decisions with their flags. */
async function richWorkspace(ws: TestWorkspace): Promise<void> {
  await ws.call('workspace.import', { document: fixtureDocument() });
  const created = await ws.call(
    'campaigns.create',
    {
      title: 'Gift cards',
      start: '2026-12-10T08:00:00Z',
      end: '2026-12-12T20:00:00Z',
      channels: ['email'],
      departments: ['delivery'],
      draft: { promise: 'Free gift wrap', faq: 'Q: which shops?\nA: all of them' },
    },
    'maria',
  );
  const published = await ws.call(
    'campaigns.publish',
    { key: created.key, revision: created.revision, change: 'material' },
    'maria',
  );
  const moved = await ws.call(
    'campaigns.reschedule',
    {
      key: created.key,
      revision: published.revision,
      start: '2026-12-11T08:00:00Z',
      end: '2026-12-13T20:00:00Z',
    },
    'maria',
  );
  await ws.call(
    'campaigns.update',
    { key: created.key, revision: moved.revision, draft: { promise: 'Free gift wrap, unsaved edit' } },
    'maria',
  );
  await ws.call(
    'acknowledgements.record',
    {
      campaign: created.key,
      department: 'delivery',
      version: 2,
      state: 'concern',
      note: 'Wrapping paper on order',
    },
    'taras',
  );
  await ws.call(
    'decisions.record',
    { campaign: 'bf-next-day', decision: 'hold', note: 'Wait for couriers', expires: '2026-11-25T00:00:00Z' },
    'ceo',
  );
}

describe('export → import into an empty workspace → export', () => {
  it('gives the same document', async () => {
    const first = await withWorkspace('a.sqlite', async (ws) => {
      await richWorkspace(ws);
      return ws.call('workspace.export', {});
    });
    // The export really carries what only the app writes.
    const gift = first.campaigns.find((c) => c.key === 'gift-cards');
    expect(gift?.draft).toEqual({ promise: 'Free gift wrap, unsaved edit' });
    expect(gift?.briefVersions.map((v) => [v.version, v.change, v.summary !== undefined])).toEqual([
      [1, 'material', false],
      [2, 'material', true],
    ]);
    expect(first.campaigns.find((c) => c.key === 'bf-next-day')?.decisions[0]?.flags?.length).toBeGreaterThan(
      0,
    );

    const second = await withWorkspace('b.sqlite', async (ws) => {
      await ws.call('workspace.import', { document: JSON.parse(JSON.stringify(first)) });
      return ws.call('workspace.export', {});
    });
    expect(second).toEqual(first);
  });

  it('the export of the fixture holds everything the fixture held', async () => {
    const doc = await withWorkspace('a.sqlite', async (ws) => {
      await ws.call('workspace.import', { document: fixtureDocument() });
      return ws.call('workspace.export', {});
    });
    const fixture = fixtureDocument();
    expect(doc.format).toBe('campaign-desk/v1');
    expect(doc.samples).toHaveLength(fixture.samples.length);
    expect(doc.campaigns.map((c) => c.key).sort()).toEqual(
      fixture.campaigns.map((c) => c.key as string).sort(),
    );
    const bf = doc.campaigns.find((c) => c.key === 'bf-next-day');
    expect(bf?.acknowledgements).toEqual([
      {
        department: 'delivery',
        version: 1,
        by: 'taras',
        at: '2026-11-11T10:00:00.000Z',
        state: 'acknowledged',
      },
      {
        department: 'support',
        version: 2,
        by: 'olena',
        at: '2026-11-19T08:00:00.000Z',
        state: 'acknowledged',
      },
    ]);
  });
});

describe('importing the same document twice', () => {
  it('changes nothing: no duplicate samples, acknowledgements or decisions', async () => {
    await withWorkspace('a.sqlite', async (ws) => {
      const firstSummary = await ws.call('workspace.import', { document: fixtureDocument() });
      const once = await ws.call('workspace.export', {});
      const secondSummary = await ws.call('workspace.import', { document: fixtureDocument() });
      const twice = await ws.call('workspace.export', {});
      expect(twice).toEqual(once);
      expect(firstSummary.samples).toBe(fixtureDocument().samples.length);
      expect(secondSummary.samples).toBe(0);
    });
  });

  it('an updated document updates by key and never duplicates', async () => {
    await withWorkspace('a.sqlite', async (ws) => {
      await ws.call('workspace.import', { document: fixtureDocument() });
      const doc = fixtureDocument();
      const bf = doc.campaigns[2] as Record<string, unknown>;
      bf.title = 'Black Friday: next-day delivery (renamed)';
      await ws.call('workspace.import', { document: doc });
      const exported = await ws.call('workspace.export', {});
      const matching = exported.campaigns.filter((c) => c.key === 'bf-next-day');
      expect(matching.map((c) => c.title)).toEqual(['Black Friday: next-day delivery (renamed)']);
      expect(exported.campaigns).toHaveLength(doc.campaigns.length);
    });
  });
});
