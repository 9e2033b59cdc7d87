// campaigns.search: the top bar's search by title, through the real dispatcher and SQLite.
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { createFixtureWorkspace, openWorkspace } from '../../helpers/workspace.ts';

test('finds campaigns by part of the title, any case, nearest launch first; % and _ are plain characters', async (context) => {
  const file = path.join(tempDirFor(context), 'ws.sqlite');
  await createFixtureWorkspace(file);
  const ws = openWorkspace(file);
  try {
    const found = (await ws.call('campaigns.search', { query: 'SIGN' }, 'olena')).campaigns;
    expect(found.map((c) => c.key)).toEqual(['winter-signs']);
    const all = await ws.call('campaigns.search', { query: 'e' }, 'olena');
    // Issue 10: nearest launch to now (22 Nov 2026, 10:00) first, before or after it.
    expect(all.campaigns.map((c) => c.key)).toEqual([
      'bf-next-day', // 27 Nov
      'winter-signs', // 16 Nov
      'autumn-install', // 1 Nov
      'new-year-teaser', // 20 Dec
      'spring-catalogue', // 1 Mar 2027
    ]);
    expect(all.total).toBe(5);
    expect(all.campaigns.find((c) => c.key === 'bf-next-day')?.departments).toContain('delivery');
    await expect(ws.call('campaigns.search', { query: '%' }, 'olena')).resolves.toEqual({
      campaigns: [],
      total: 0,
    });
    // Capped: the first by nearest launch, and how many there are in all ("1 of 5").
    const capped = await ws.call('campaigns.search', { query: 'e', limit: 1 }, 'olena');
    expect(capped).toMatchObject({ campaigns: [{ key: 'bf-next-day' }], total: 5 });
    await expect(ws.call('campaigns.search', { query: '  ' }, 'olena')).rejects.toThrow(/query/);
    // Issue 10: a standing decision comes with the hit (a HOLD is a status of its own).
    expect(found[0]?.decision).toMatchObject({ decision: 'go', by: 'ceo' });
    await ws.call(
      'decisions.record',
      { campaign: 'bf-next-day', decision: 'hold', note: 'Vans short' },
      'ceo',
    );
    const held = (await ws.call('campaigns.search', { query: 'black friday' }, 'olena')).campaigns;
    expect(held[0]?.decision).toMatchObject({ decision: 'hold', note: 'Vans short' });
  } finally {
    await ws.close();
  }
});
