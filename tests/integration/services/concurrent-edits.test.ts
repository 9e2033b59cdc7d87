// Spec §6: a write based on what somebody saw before another person's change is
// refused with 409 `conflict` naming what changed, and nothing is written — no
// acknowledgement recorded against a version the person never read, no edit that
// silently overwrites a colleague's.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.ts';
import { FIXED_NOW, useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

/** Everything a refused write could have touched. */
async function everything() {
  return {
    document: await ws.call('workspace.export', {}),
    audit: await ws.call('audit.list', { limit: 1000 }),
    changes: await ws.store.read((tx) => tx.changesSince(0, 100_000)),
  };
}

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(err)}`);
  return err;
}

describe('acknowledgements name the version the person read', () => {
  it('acknowledging version 2 after version 3 was published is a conflict naming version 3; nothing is written', async () => {
    const bf = (await ws.call('campaigns.get', { key: 'bf-next-day' }, 'taras')).campaign;
    expect(bf.briefVersions.at(-1)?.version).toBe(2);
    // Marketing publishes version 3 while Taras still reads version 2.
    const edited = await ws.call(
      'campaigns.update',
      { key: bf.key, revision: bf.revision, draft: { promise: 'Delivery within 48 hours' } },
      'maria',
    );
    await ws.call(
      'campaigns.publish',
      { key: bf.key, revision: edited.revision, change: 'material' },
      'maria',
    );
    const before = await everything();

    const err = await refusal(
      ws.call(
        'acknowledgements.record',
        { campaign: bf.key, department: 'delivery', version: 2, state: 'acknowledged' },
        'taras',
      ),
    );
    expect(err).toMatchObject({
      code: 'conflict',
      key: 'ack_version_stale',
      params: { version: 3, read: 2 },
    });
    expect(err.message).toContain('Version 3');
    expect(await everything()).toEqual(before);

    // Having read version 3, Taras acknowledges it.
    const after = await ws.call(
      'acknowledgements.record',
      { campaign: bf.key, department: 'delivery', version: 3, state: 'acknowledged' },
      'taras',
    );
    expect(after.acknowledgements.at(-1)).toMatchObject({ department: 'delivery', version: 3, by: 'taras' });
  });

  it('a version that was never published is refused too', async () => {
    const err = await refusal(
      ws.call(
        'acknowledgements.record',
        { campaign: 'bf-next-day', department: 'delivery', version: 7, state: 'acknowledged' },
        'taras',
      ),
    );
    expect(err).toMatchObject({ code: 'conflict', params: { version: 2, read: 7 } });
  });
});

describe('campaign changes carry the revision they were based on', () => {
  it('campaigns.get returns a revision that every change of the campaign raises, but acknowledgements do not', async () => {
    const r0 = (await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign.revision;
    const edited = await ws.call(
      'campaigns.update',
      { key: 'bf-next-day', revision: r0, title: 'Black Friday: next-day delivery' },
      'maria',
    );
    expect(edited.revision).toBe(r0 + 1);
    await ws.call(
      'acknowledgements.record',
      { campaign: 'bf-next-day', department: 'delivery', version: 2, state: 'acknowledged' },
      'taras',
    );
    const now = (await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign;
    expect(now.revision).toBe(r0 + 1);
    expect(now).toMatchObject({ changedBy: 'maria', changedAt: FIXED_NOW });
    // The calendar's items carry it too, for a reschedule by drag.
    const items = await ws.call('campaigns.list', {
      from: '2026-11-20T00:00:00Z',
      to: '2026-12-31T00:00:00Z',
    });
    expect(items.find((i) => i.key === 'bf-next-day')?.revision).toBe(r0 + 1);
  });

  const stale: [string, (revision: number) => [method: string, input: Record<string, unknown>]][] = [
    ['campaigns.update', (revision) => ['campaigns.update', { key: 'bf-next-day', revision, title: 'Mine' }]],
    [
      'campaigns.publish',
      (revision) => ['campaigns.publish', { key: 'bf-next-day', revision, change: 'material' }],
    ],
    [
      'campaigns.reschedule',
      (revision) => [
        'campaigns.reschedule',
        { key: 'bf-next-day', revision, start: '2026-11-28T00:00:00Z', end: '2026-12-01T23:59:59Z' },
      ],
    ],
    ['campaigns.cancel', (revision) => ['campaigns.cancel', { key: 'bf-next-day', revision }]],
  ];

  it.each(stale)(
    '%s based on a revision somebody else changed since: 409 naming who and when; nothing written',
    async (_name, input) => {
      // Two marketers load the campaign; Anna's edit lands first (she holds the marketing role here too).
      const loaded = (await ws.call('campaigns.get', { key: 'bf-next-day' }, 'maria')).campaign;
      await ws.call(
        'people.define',
        {
          person: {
            key: 'ceo',
            name: 'Anna Lindqvist',
            department: 'marketing',
            roles: ['leadership', 'marketing'],
          },
        },
        'admin',
      );
      await ws.call(
        'campaigns.update',
        { key: 'bf-next-day', revision: loaded.revision, draft: { promise: 'Anna’s wording' } },
        'ceo',
      );
      const before = await everything();

      const [method, body] = input(loaded.revision);
      const err = await refusal(ws.call(method as 'campaigns.update', body, 'maria'));
      expect(err).toMatchObject({
        code: 'conflict',
        key: 'campaign_changed',
        params: { name: 'Anna Lindqvist', at: FIXED_NOW, revision: loaded.revision + 1 },
      });
      expect(err.message).toContain('Anna Lindqvist');
      expect(err.message).toContain(FIXED_NOW);
      expect(await everything()).toEqual(before);

      // Reloaded, the same change goes through.
      const [, retry] = input(loaded.revision + 1);
      await expect(ws.call(method as 'campaigns.update', retry, 'maria')).resolves.toMatchObject({
        revision: loaded.revision + 2,
      });
    },
  );

  it('a change by the command line or an import is named as such, with its time', async () => {
    // The fixture was imported by the command line at the services' clock: revision 1.
    const err = await refusal(ws.call('campaigns.cancel', { key: 'bf-next-day', revision: 0 }, 'maria'));
    expect(err).toMatchObject({
      code: 'conflict',
      key: 'campaign_changed_by_system',
      params: { at: FIXED_NOW },
    });
    expect(err.message).toContain('command line or an import');
  });

  it('a revision that no recorded change explains is refused too, without inventing who', async () => {
    await ws.store.write((tx) =>
      tx.insertCampaign({
        key: 'raw',
        title: 'Written straight to the store',
        start: '2027-01-01T00:00:00.000Z',
        end: '2027-01-02T00:00:00.000Z',
        status: 'draft',
        channels: [],
        departments: ['marketing'],
        owner: 'maria',
      }),
    );
    const err = await refusal(ws.call('campaigns.update', { key: 'raw', revision: 5, title: 'X' }, 'maria'));
    expect(err).toMatchObject({
      code: 'conflict',
      key: 'campaign_revision_unknown',
      params: { revision: 0 },
    });
  });
});
