// Keys sort byte-wise and title search folds ASCII letters only, on both engines alike
// (PostgreSQL's text columns are COLLATE "C" to match SQLite).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store, StoreWriter } from '../../../electron/store/store.ts';
import { ENGINES, openStoreAt, useLocation } from '../../helpers/engines.ts';

const TITLES = [
  'Black Friday',
  'BLACK weekend',
  'Blackout 100% sale',
  'Winter_sale',
  'Чорна пʼятниця',
  'Winter sale',
];

async function seed(tx: StoreWriter): Promise<void> {
  for (const key of ['b', 'B', 'ab', 'a-b', 'é', 'z', 'a'])
    await tx.upsertDepartment({ key, name: key, color: '#123456' });
  await tx.upsertPerson({ key: 'maria', name: 'Maria', department: 'a', roles: ['marketing'] });
  for (const [i, title] of TITLES.entries())
    await tx.upsertCampaign({
      key: `c${i}`,
      title,
      // Later titles start earlier: results come in start order, not in the order written.
      start: new Date(Date.UTC(2026, 11, 20 - i)).toISOString(),
      end: new Date(Date.UTC(2026, 11, 21)).toISOString(),
      status: 'published',
      channels: [],
      departments: ['b', 'a'],
      owner: 'maria',
    });
}

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);
  let store: Store;
  beforeEach(async () => {
    store = await openStoreAt(location());
    await store.write(seed);
  });
  afterEach(() => store.close());

  const search = async (text: string, limit = 10) =>
    (await store.read((tx) => tx.searchCampaigns(text, limit))).map((c) => c.title);

  it('lists keys in byte order (upper case first, "-" before letters, accents last)', async () => {
    const keys = (await store.read((tx) => tx.listDepartments())).map((d) => d.key);
    expect(keys).toEqual(['B', 'a', 'a-b', 'ab', 'b', 'z', 'é']);
  });

  it('finds titles regardless of ASCII case, in start order, up to the limit', async () => {
    expect(await search('black')).toEqual(['Blackout 100% sale', 'BLACK weekend', 'Black Friday']);
    expect(await search('BLACK', 2)).toEqual(['Blackout 100% sale', 'BLACK weekend']);
    expect(await search('Чорна')).toEqual(['Чорна пʼятниця']);
    expect(await search('nothing like it')).toEqual([]);
  });

  it('with `near`, lists the nearest launch first, before or after it; counts every match', async () => {
    const near = async (at: string) =>
      (await store.read((tx) => tx.searchCampaigns('black', 10, at))).map((c) => c.title);
    const all = await search('black');
    expect(all).toHaveLength(3);
    // The starts seeded: in start order these are all[0] < all[1] < all[2].
    const starts = (await store.read((tx) => tx.searchCampaigns('black', 10))).map((c) => c.start);
    expect(await near(starts[2] as string)).toEqual([all[2], all[1], all[0]]);
    expect(await near(starts[0] as string)).toEqual(all);
    expect(await store.read((tx) => tx.countCampaigns('BLACK'))).toBe(3);
    expect(await store.read((tx) => tx.countCampaigns('100%'))).toBe(1);
    expect(await store.read((tx) => tx.countCampaigns('nothing like it'))).toBe(0);
  });

  it('treats % and _ in the search text as plain characters', async () => {
    expect(await search('100%')).toEqual(['Blackout 100% sale']);
    expect(await search('_')).toEqual(['Winter_sale']);
    expect(await search('%')).toEqual(['Blackout 100% sale']);
  });

  it('a search result carries the campaign and its departments in their listed order', async () => {
    const [found] = await store.read((tx) => tx.searchCampaigns('Friday', 1));
    expect(found).toEqual({
      key: 'c0',
      title: 'Black Friday',
      start: '2026-12-20T00:00:00.000Z',
      end: '2026-12-21T00:00:00.000Z',
      status: 'published',
      channels: [],
      departments: ['b', 'a'],
      owner: 'maria',
    });
  });
});
