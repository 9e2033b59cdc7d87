// The store loads the child rows of many campaigns with one query per table and answers many
// sample lookups with one statement; each campaign must still get exactly its own rows.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/domain.ts';
import { SqliteStore } from '../../../electron/store/sqlite/sqlite-store.ts';
import type { StoreWriter } from '../../../electron/store/store.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tempDir = useTempDir();
let store: SqliteStore;

const NOV = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T23:59:59.999Z' };

async function seed(tx: StoreWriter): Promise<void> {
  for (const key of ['marketing', 'delivery', 'support'])
    await tx.upsertDepartment({ key, name: key, color: '#123456' });
  await tx.upsertPerson({ key: 'maria', name: 'Maria', department: 'marketing', roles: ['marketing'] });
  await tx.upsertPerson({ key: 'olena', name: 'Olena', department: 'support', roles: ['member'] });
  await tx.upsertPerson({ key: 'dan', name: 'Dan', department: 'delivery', roles: ['member'] });
  await tx.upsertPerson({ key: 'ceo', name: 'CEO', department: 'marketing', roles: ['leadership'] });
  for (const key of ['on_time', 'backlog'])
    await tx.upsertMetric({
      key,
      name: key,
      department: key === 'on_time' ? 'delivery' : 'support',
      unit: '',
      direction: 'higher_is_better',
      warn: 95,
      fail: 90,
      maxAgeHours: 48,
    });
  const campaign = (key: string, start: string, end: string, departments: string[]) =>
    tx.upsertCampaign({
      key,
      title: key,
      start,
      end,
      status: 'published',
      channels: ['email'],
      departments,
      owner: 'maria',
    });
  // Departments in a non-alphabetical order: the order they were listed in is kept.
  await campaign('bf', '2026-11-27T00:00:00.000Z', '2026-11-30T23:59:59.000Z', ['support', 'delivery']);
  await campaign('quiet', '2026-11-10T00:00:00.000Z', '2026-11-12T00:00:00.000Z', ['delivery']);
  await campaign('winter', '2026-11-20T00:00:00.000Z', '2026-12-20T00:00:00.000Z', ['delivery', 'marketing']);
  await tx.upsertCampaign({
    key: 'draft',
    title: 'draft',
    start: '2026-11-15T00:00:00.000Z',
    end: '2026-11-16T00:00:00.000Z',
    status: 'draft',
    channels: [],
    departments: ['support'],
    owner: 'maria',
    draft: { objective: 'Not published yet' },
  });
  await tx.insertBriefVersion('bf', {
    version: 1,
    publishedAt: '2026-11-10T09:00:00.000Z',
    change: 'material',
    objective: 'v1',
  });
  await tx.insertBriefVersion('winter', {
    version: 1,
    publishedAt: '2026-11-05T09:00:00.000Z',
    change: 'material',
    promise: 'w1',
  });
  await tx.insertBriefVersion('bf', {
    version: 2,
    publishedAt: '2026-11-20T09:00:00.000Z',
    change: 'minor',
    objective: 'v2',
    publishedBy: 'maria',
  });
  // Interleaved across campaigns, and out of time order within one: import order is kept.
  const ack = (campaign: string, department: string, by: string, at: string, version = 1) =>
    tx.addAcknowledgement(campaign, { department, version, by, at, state: 'acknowledged' });
  await ack('bf', 'support', 'olena', '2026-11-12T10:00:00.000Z');
  await ack('winter', 'delivery', 'dan', '2026-11-06T10:00:00.000Z');
  await tx.addAcknowledgement('bf', {
    department: 'delivery',
    version: 2,
    by: 'dan',
    at: '2026-11-21T10:00:00.000Z',
    state: 'concern',
    note: 'Couriers are short',
  });
  await ack('bf', 'delivery', 'dan', '2026-11-11T10:00:00.000Z');
  await tx.addDecision('bf', {
    decision: 'go',
    by: 'ceo',
    at: '2026-11-26T12:00:00.000Z',
    expires: '2026-11-28T00:00:00.000Z',
    note: 'Extra couriers booked',
    flags: [
      { code: 'missing_acknowledgement', severity: 'critical', department: 'support', staleVersion: false },
    ],
  });
  await tx.addDecision('winter', {
    decision: 'hold',
    by: 'ceo',
    at: '2026-11-19T12:00:00.000Z',
    note: 'Wait',
  });
}

beforeEach(async () => {
  store = SqliteStore.open(path.join(tempDir(), 'workspace.sqlite'));
  await store.write(seed);
});
afterEach(() => store.close());

const list = (query: Partial<Parameters<StoreWriter['listCampaigns']>[0]> = {}) =>
  store.read((tx) => tx.listCampaigns({ ...NOV, ...query }));
const byKey = (campaigns: Campaign[]) => new Map(campaigns.map((c) => [c.key, c]));

describe('listCampaigns', () => {
  it('gives each campaign its own children, in the order they were recorded', async () => {
    const campaigns = await list();
    expect(campaigns.map((c) => c.key)).toEqual(['quiet', 'draft', 'winter', 'bf']);
    const { bf, winter, quiet, draft } = Object.fromEntries(byKey(campaigns)) as Record<string, Campaign>;
    expect(bf).toEqual({
      key: 'bf',
      title: 'bf',
      start: '2026-11-27T00:00:00.000Z',
      end: '2026-11-30T23:59:59.000Z',
      status: 'published',
      channels: ['email'],
      departments: ['support', 'delivery'],
      owner: 'maria',
      revision: 0, // written straight to the store: no service raised it
      briefVersions: [
        { version: 1, publishedAt: '2026-11-10T09:00:00.000Z', change: 'material', objective: 'v1' },
        {
          version: 2,
          publishedAt: '2026-11-20T09:00:00.000Z',
          change: 'minor',
          objective: 'v2',
          publishedBy: 'maria',
        },
      ],
      acknowledgements: [
        {
          department: 'support',
          version: 1,
          by: 'olena',
          at: '2026-11-12T10:00:00.000Z',
          state: 'acknowledged',
        },
        {
          department: 'delivery',
          version: 2,
          by: 'dan',
          at: '2026-11-21T10:00:00.000Z',
          state: 'concern',
          note: 'Couriers are short',
        },
        {
          department: 'delivery',
          version: 1,
          by: 'dan',
          at: '2026-11-11T10:00:00.000Z',
          state: 'acknowledged',
        },
      ],
      decisions: [
        {
          decision: 'go',
          by: 'ceo',
          at: '2026-11-26T12:00:00.000Z',
          expires: '2026-11-28T00:00:00.000Z',
          note: 'Extra couriers booked',
          flags: [
            {
              code: 'missing_acknowledgement',
              severity: 'critical',
              department: 'support',
              staleVersion: false,
            },
          ],
        },
      ],
    });
    expect(winter?.departments).toEqual(['delivery', 'marketing']);
    expect(winter?.acknowledgements.map((a) => a.by)).toEqual(['dan']);
    expect(winter?.decisions).toEqual([
      { decision: 'hold', by: 'ceo', at: '2026-11-19T12:00:00.000Z', note: 'Wait' },
    ]);
    expect(quiet).toMatchObject({ briefVersions: [], acknowledgements: [], decisions: [] });
    expect(draft?.draft).toEqual({ objective: 'Not published yet' });
  });

  it('leaves out children recorded after knownAt, and all of them when asked', async () => {
    const known = byKey(await list({ knownAt: '2026-11-12T10:00:00.000Z' })).get('bf');
    expect(known?.briefVersions.map((v) => v.version)).toEqual([1]);
    expect(known?.acknowledgements.map((a) => a.at)).toEqual([
      '2026-11-12T10:00:00.000Z',
      '2026-11-11T10:00:00.000Z',
    ]);
    expect(known?.decisions).toEqual([]);

    const bare = await list({ withoutChildren: true, publishedOnly: true });
    expect(bare.map((c) => c.key)).toEqual(['quiet', 'winter', 'bf']);
    expect(byKey(bare).get('bf')).toMatchObject({
      departments: ['support', 'delivery'],
      start: '2026-11-27T00:00:00.000Z',
      briefVersions: [],
      acknowledgements: [],
      decisions: [],
    });
  });

  it('getCampaign and allCampaigns load the same campaigns as the range query', async () => {
    const inRange = byKey(await list());
    expect(await store.read((tx) => tx.getCampaign('bf'))).toEqual(inRange.get('bf'));
    expect(await store.read((tx) => tx.getCampaign('nope'))).toBeUndefined();
    const all = await store.read((tx) => tx.allCampaigns());
    expect(all.map((c) => c.key)).toEqual(['bf', 'draft', 'quiet', 'winter']);
    for (const c of all) expect(c).toEqual(inRange.get(c.key));
  });

  it('narrows to the campaigns awaiting a department (the inbox): listed, published, not acknowledged at the current version', async () => {
    const keys = async (awaiting: string, knownAt: string) =>
      (await list({ awaiting, knownAt })).map((c) => c.key);
    // bf's minor v2 is out at 09:00 on the 20th; delivery has acknowledged only v1 until the 21st.
    expect(await keys('delivery', '2026-11-20T10:00:00.000Z')).toEqual(['bf']);
    expect(await keys('delivery', '2026-11-22T00:00:00.000Z')).toEqual([]);
    // Support acknowledged bf's v1 on the 12th; "draft" lists support but has no published version.
    expect(await keys('support', '2026-11-11T00:00:00.000Z')).toEqual(['bf']);
    expect(await keys('support', '2026-11-12T10:00:00.000Z')).toEqual([]);
    const [bf] = await list({ awaiting: 'delivery', knownAt: '2026-11-20T10:00:00.000Z' });
    expect(bf?.acknowledgements.map((a) => [a.department, a.version])).toEqual([
      ['support', 1],
      ['delivery', 1],
    ]);
  });
});

describe('latestSamples with many requests', () => {
  it('answers each request in its place, as one-at-a-time lookups would', async () => {
    await store.write((tx) =>
      tx.insertSamples(
        [
          { metric: 'on_time', at: '2026-11-20T08:00:00.000Z', value: 91, source: 'a' },
          { metric: 'backlog', at: '2026-11-20T08:00:00.000Z', value: 50, source: 'a' },
          { metric: 'on_time', at: '2026-11-21T08:00:00.000Z', value: 88, source: 'a' },
          { metric: 'on_time', at: '2026-11-21T08:00:00.000Z', value: 89, source: 'b' },
        ],
        { skipExisting: false },
      ),
    );
    const requests = [
      { metric: 'on_time', at: '2026-11-22T00:00:00.000Z' },
      { metric: 'nope', at: '2026-11-22T00:00:00.000Z' },
      { metric: 'backlog', at: '2026-11-20T07:59:59.999Z' },
      { metric: 'on_time', at: '2026-11-20T08:00:00.000Z' },
      { metric: 'backlog', at: '2026-11-25T00:00:00+01:00' },
      { metric: 'on_time', at: '2026-11-22T00:00:00.000Z' },
    ];
    const together = await store.read((tx) => tx.latestSamples(requests));
    expect(together.map((s) => s?.value)).toEqual([89, undefined, undefined, 91, 50, 89]);
    for (const [i, request] of requests.entries()) {
      expect(await store.read((tx) => tx.latestSamples([request]))).toEqual([together[i]]);
    }
    expect(await store.read((tx) => tx.latestSamples([]))).toEqual([]);
  });
});
