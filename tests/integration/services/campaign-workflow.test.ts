// Marketing publishes, departments acknowledge, leadership decides — through the
// one dispatcher every front end uses, on a real workspace, with a fixed clock.
import { describe, expect, it } from 'vitest';
import type { Flag, StoredCampaign } from '../../../shared/domain.ts';
import { FIXED_NOW, useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

const GIFT = {
  title: 'Gift cards for the holidays',
  start: '2026-12-10T08:00:00+01:00',
  end: '2026-12-12T20:00:00Z',
  channels: ['email'],
  departments: ['delivery', 'support'],
  draft: { promise: 'Free gift wrap' },
};

async function published(): Promise<StoredCampaign> {
  const created = await ws.call('campaigns.create', GIFT, 'maria');
  return ws.call(
    'campaigns.publish',
    { key: created.key, revision: created.revision, change: 'material' },
    'maria',
  );
}

async function flagsOf(key: string): Promise<Flag[]> {
  return (await ws.call('campaigns.get', { key }, 'maria')).readiness.flags;
}

const ackFlags = (flags: Flag[]) =>
  flags
    .filter((f) => f.code === 'missing_acknowledgement' || f.code === 'concern_raised')
    .map((f) => ('staleVersion' in f ? [f.code, f.department, f.staleVersion] : [f.code, f.department]));

describe('marketing', () => {
  it('creates a draft and publishes it as version 1', async () => {
    const created = await ws.call('campaigns.create', GIFT, 'maria');
    expect(created).toMatchObject({
      key: 'gift-cards-for-the-holidays',
      status: 'draft',
      start: '2026-12-10T07:00:00.000Z',
      owner: 'maria',
      departments: ['marketing', 'delivery', 'support'],
      briefVersions: [],
    });
    const c = await ws.call(
      'campaigns.publish',
      { key: created.key, revision: created.revision, change: 'minor' },
      'maria',
    );
    expect(c.status).toBe('published');
    expect(c.briefVersions).toEqual([
      {
        version: 1,
        publishedAt: FIXED_NOW,
        change: 'material',
        publishedBy: 'maria',
        promise: 'Free gift wrap',
      },
    ]);
    expect(ackFlags(await flagsOf(c.key))).toEqual([
      ['missing_acknowledgement', 'delivery', false],
      ['missing_acknowledgement', 'support', false],
    ]);
  });

  it('a member cannot create or publish campaigns', async () => {
    await expect(ws.call('campaigns.create', GIFT, 'taras')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(ws.call('campaigns.create', GIFT)).resolves.toBeDefined(); // the command line acts as the system
    await expect(
      ws.call('campaigns.publish', { key: 'bf-next-day', revision: 1, change: 'minor' }, 'taras'),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('acknowledgements', () => {
  it('a member of another department cannot acknowledge for delivery', async () => {
    const c = await published();
    await expect(
      ws.call(
        'acknowledgements.record',
        { campaign: c.key, department: 'delivery', version: 1, state: 'acknowledged' },
        'olena',
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      ws.call('acknowledgements.record', {
        campaign: c.key,
        department: 'delivery',
        version: 1,
        state: 'acknowledged',
      }),
    ).resolves.toBeDefined();
    // Anonymous callers (no person chosen) are refused too.
    await expect(
      ws.call(
        'acknowledgements.record',
        { campaign: c.key, department: 'support', version: 1, state: 'acknowledged' },
        'nobody',
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(ackFlags(await flagsOf(c.key))).toEqual([['missing_acknowledgement', 'support', false]]);
  });

  it('any person of the department may acknowledge for it, whatever their roles; admins and leadership of another may not', async () => {
    const c = await published();
    // A delivery person who holds only the leadership role.
    await ws.call(
      'people.define',
      {
        person: { key: 'dana', name: 'Dana Head of Delivery', department: 'delivery', roles: ['leadership'] },
      },
      'admin',
    );
    const ack = { campaign: c.key, department: 'delivery', version: 1, state: 'acknowledged' };
    const audit = () => ws.call('audit.list', { limit: 1000 });
    const before = await audit();
    for (const outsider of ['admin', 'ceo', 'maria', 'olena']) {
      await expect(ws.call('acknowledgements.record', ack, outsider), outsider).rejects.toMatchObject({
        code: 'forbidden',
        key: 'acknowledge_own_department',
      });
    }
    expect(await audit()).toEqual(before);
    expect((await ws.call('campaigns.get', { key: c.key })).campaign.acknowledgements).toEqual([]);
    const after = await ws.call('acknowledgements.record', ack, 'dana');
    expect(after.acknowledgements).toEqual([
      { department: 'delivery', version: 1, by: 'dana', at: FIXED_NOW, state: 'acknowledged' },
    ]);
  });

  it('a concern without a note is refused and nothing is recorded', async () => {
    const c = await published();
    for (const note of [undefined, '', '   ']) {
      await expect(
        ws.call(
          'acknowledgements.record',
          { campaign: c.key, department: 'support', version: 1, state: 'concern', note },
          'olena',
        ),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect((await ws.call('campaigns.get', { key: c.key })).campaign.acknowledgements).toEqual([]);
  });

  it('acknowledging and raising a concern clear the missing flags; the concern shows its note', async () => {
    const c = await published();
    await ws.call(
      'acknowledgements.record',
      { campaign: c.key, department: 'delivery', version: 1, state: 'acknowledged' },
      'taras',
    );
    const after = await ws.call(
      'acknowledgements.record',
      { campaign: c.key, department: 'support', version: 1, state: 'concern', note: 'Two agents on leave' },
      'olena',
    );
    expect(after.acknowledgements).toEqual([
      { department: 'delivery', version: 1, by: 'taras', at: FIXED_NOW, state: 'acknowledged' },
      {
        department: 'support',
        version: 1,
        by: 'olena',
        at: FIXED_NOW,
        state: 'concern',
        note: 'Two agents on leave',
      },
    ]);
    const flags = await flagsOf(c.key);
    expect(flags).toContainEqual({
      code: 'concern_raised',
      severity: 'warning',
      department: 'support',
      note: 'Two agents on leave',
      by: 'olena',
      ackAt: FIXED_NOW,
    });
    expect(ackFlags(flags)).toEqual([['concern_raised', 'support']]);
  });

  it('a minor publish keeps acknowledgements valid', async () => {
    const c = await published();
    await ws.call(
      'acknowledgements.record',
      { campaign: c.key, department: 'delivery', version: 1, state: 'acknowledged' },
      'taras',
    );
    const edited = await ws.call(
      'campaigns.update',
      { key: c.key, revision: c.revision, draft: { promise: 'Free gift wrap (fixed typo)' } },
      'maria',
    );
    const v2 = await ws.call(
      'campaigns.publish',
      { key: c.key, revision: edited.revision, change: 'minor' },
      'maria',
    );
    expect(v2.briefVersions.map((v) => [v.version, v.change])).toEqual([
      [1, 'material'],
      [2, 'minor'],
    ]);
    expect(ackFlags(await flagsOf(c.key))).toEqual([['missing_acknowledgement', 'support', false]]);
    // Publishing without a change is refused rather than asking for nothing.
    await expect(
      ws.call('campaigns.publish', { key: c.key, revision: v2.revision, change: 'minor' }, 'maria'),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('a material publish asks every department again', async () => {
    const c = await published();
    await ws.call(
      'acknowledgements.record',
      { campaign: c.key, department: 'delivery', version: 1, state: 'acknowledged' },
      'taras',
    );
    const edited = await ws.call(
      'campaigns.update',
      { key: c.key, revision: c.revision, draft: { promise: 'Free gift wrap and delivery' } },
      'maria',
    );
    await ws.call(
      'campaigns.publish',
      { key: c.key, revision: edited.revision, change: 'material' },
      'maria',
    );
    expect(ackFlags(await flagsOf(c.key))).toEqual([
      ['missing_acknowledgement', 'delivery', true],
      ['missing_acknowledgement', 'support', false],
    ]);
  });

  it('rescheduling a published campaign publishes a material version: departments must acknowledge again', async () => {
    const c = await published();
    await ws.call(
      'acknowledgements.record',
      { campaign: c.key, department: 'delivery', version: 1, state: 'acknowledged' },
      'taras',
    );
    const moved = await ws.call(
      'campaigns.reschedule',
      { key: c.key, revision: c.revision, start: '2026-12-11T08:00:00Z', end: '2026-12-13T20:00:00Z' },
      'maria',
    );
    expect([moved.start, moved.end]).toEqual(['2026-12-11T08:00:00.000Z', '2026-12-13T20:00:00.000Z']);
    const latest = moved.briefVersions.at(-1);
    expect(latest).toMatchObject({
      version: 2,
      change: 'material',
      promise: 'Free gift wrap',
      publishedAt: FIXED_NOW,
    });
    expect(latest?.summary).toContain('Rescheduled');
    expect(ackFlags(await flagsOf(c.key))).toEqual([
      ['missing_acknowledgement', 'delivery', true],
      ['missing_acknowledgement', 'support', false],
    ]);
    const inbox = await ws.call('inbox.list', { department: 'delivery' }, 'taras');
    expect(inbox.find((i) => i.campaign.key === c.key)).toMatchObject({
      currentVersion: 2,
      staleVersion: true,
    });
  });

  it('rescheduling a draft publishes nothing', async () => {
    const created = await ws.call('campaigns.create', GIFT, 'maria');
    const moved = await ws.call(
      'campaigns.reschedule',
      {
        key: created.key,
        revision: created.revision,
        start: '2026-12-11T08:00:00Z',
        end: '2026-12-13T20:00:00Z',
      },
      'maria',
    );
    expect(moved.briefVersions).toEqual([]);
    expect(moved.start).toBe('2026-12-11T08:00:00.000Z');
  });
});

describe('decisions', () => {
  it('leadership records a go that turns not_ready into ready_by_decision; members cannot', async () => {
    const c = await published();
    const before = await ws.call('campaigns.get', { key: c.key, at: FIXED_NOW });
    await expect(
      ws.call('decisions.record', { campaign: c.key, decision: 'go', note: 'Covered' }, 'taras'),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await ws.call(
      'decisions.record',
      { campaign: c.key, decision: 'go', note: 'Covered', expires: '2026-12-01T00:00:00Z' },
      'ceo',
    );
    const after = await ws.call('campaigns.get', { key: c.key, at: FIXED_NOW });
    expect(after.readiness.flags).toEqual(before.readiness.flags);
    expect(after.readiness.decision).toEqual({
      decision: 'go',
      by: 'ceo',
      at: FIXED_NOW,
      expires: '2026-12-01T00:00:00.000Z',
      note: 'Covered',
    });
    expect(before.readiness.readiness).toBe('not_ready');
    expect(after.readiness.readiness).toBe('ready_by_decision');
    // The decision keeps the flags it answered.
    expect(after.campaign.decisions[0]?.flags).toEqual(before.readiness.flags);
  });

  it('a decision that would already have expired is refused', async () => {
    const c = await published();
    await expect(
      ws.call('decisions.record', { campaign: c.key, decision: 'go', note: 'x', expires: FIXED_NOW }, 'ceo'),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
