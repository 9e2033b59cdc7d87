// campaigns.search: the top bar's search by title, through the real dispatcher and SQLite.
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { createFixtureWorkspace, openWorkspace } from '../../helpers/workspace.ts';

test('finds campaigns by part of the title, any case, soonest first; % and _ are plain characters', async (context) => {
  const file = path.join(tempDirFor(context), 'ws.sqlite');
  await createFixtureWorkspace(file);
  const ws = openWorkspace(file);
  try {
    const found = await ws.call('campaigns.search', { query: 'SIGN' }, 'olena');
    expect(found.map((c) => c.key)).toEqual(['winter-signs']);
    const all = await ws.call('campaigns.search', { query: 'e' }, 'olena');
    expect(all.map((c) => c.start)).toEqual([...all.map((c) => c.start)].sort());
    expect(all.length).toBeGreaterThan(2);
    expect(all.find((c) => c.key === 'bf-next-day')?.departments).toContain('delivery');
    await expect(ws.call('campaigns.search', { query: '%' }, 'olena')).resolves.toEqual([]);
    await expect(ws.call('campaigns.search', { query: 'e', limit: 1 }, 'olena')).resolves.toHaveLength(1);
    await expect(ws.call('campaigns.search', { query: '  ' }, 'olena')).rejects.toThrow(/query/);
    // Issue 10: a standing decision comes with the hit (a HOLD is a status of its own).
    expect(found[0]?.decision).toMatchObject({ decision: 'go', by: 'ceo' });
    await ws.call(
      'decisions.record',
      { campaign: 'bf-next-day', decision: 'hold', note: 'Vans short' },
      'ceo',
    );
    const held = await ws.call('campaigns.search', { query: 'black friday' }, 'olena');
    expect(held[0]?.decision).toMatchObject({ decision: 'hold', note: 'Vans short' });
  } finally {
    await ws.close();
  }
});
