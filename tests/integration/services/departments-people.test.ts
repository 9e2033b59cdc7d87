// Issue 10: a department added twice can be renamed, recoloured and archived; a person can be
// archived. Nothing is ever deleted: campaigns, acknowledgements and the audit trail keep naming them.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, AuditEvent } from '../../../shared/api.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import {
  FIXED_NOW,
  openWorkspace,
  useFixtureWorkspace,
  type TestWorkspace,
} from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let ws: TestWorkspace;
let now: Date;

beforeEach(() => {
  const file = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(file);
  now = new Date(FIXED_NOW);
  ws = openWorkspace(file, () => now);
});
afterEach(() => ws.close());

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (err) {
    return err as ApiError;
  }
  throw new Error('the call did not fail');
}

const audit = async (): Promise<AuditEvent[]> => (await ws.call('audit.list', { limit: 1000 })).reverse();
const department = async (key: string) => (await ws.call('departments.list', {})).find((d) => d.key === key);
const flagsOf = async (campaign: string) =>
  (await ws.call('campaigns.get', { key: campaign })).readiness.flags.map((f) => [
    f.code,
    'department' in f ? f.department : f.metric,
  ]);

describe('departments.update', () => {
  it('an admin renames and recolours a department; its key and the campaigns listing it stay, audited with before and after', async () => {
    await ws.call('departments.update', { key: 'sales', name: 'Retail sales', color: '#aa0000' }, 'admin');
    expect(await department('sales')).toEqual({ key: 'sales', name: 'Retail sales', color: '#aa0000' });
    expect((await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign.departments).toContain('sales');
    const last = (await audit()).at(-1);
    expect([last?.actor, last?.action, last?.objectKey]).toEqual(['admin', 'departments.update', 'sales']);
    expect(JSON.parse(last?.detail ?? '{}')).toEqual({
      before: { key: 'sales', name: 'Sales', color: '#ef6c00' },
      after: { key: 'sales', name: 'Retail sales', color: '#aa0000' },
    });
  });

  it('a change to nothing records nothing', async () => {
    await ws.call('departments.update', { key: 'sales', name: 'Sales' }, 'admin');
    expect(await audit()).toHaveLength(1); // only the fixture import
  });

  it('refuses a name another department has, trimmed and in any case, and writes nothing', async () => {
    const before = await ws.call('workspace.export', {});
    const renamed = await refusal(
      ws.call('departments.update', { key: 'sales', name: '  DELIVERY ' }, 'admin'),
    );
    const added = await refusal(
      ws.call(
        'departments.define',
        { department: { key: 'delivery-2', name: 'delivery', color: '#2e7d32' } },
        'admin',
      ),
    );
    for (const error of [renamed, added]) {
      expect([error.code, error.key]).toEqual(['conflict', 'department_name_taken']);
      expect(error.message).toBe(
        'There is already a department named "Delivery" (delivery): choose another name.',
      );
    }
    expect(await ws.call('workspace.export', {})).toEqual(before);
    expect(await audit()).toHaveLength(1);
  });

  it('is refused to a member, who is told to ask an admin; nothing is written', async () => {
    const before = await ws.call('workspace.export', {});
    for (const call of [
      () => ws.call('departments.update', { key: 'sales', name: 'Retail' }, 'taras'),
      () => ws.call('departments.archive', { key: 'sales' }, 'taras'),
      () => ws.call('people.archive', { key: 'ivan' }, 'taras'),
    ]) {
      const error = await refusal(call());
      expect(error.code).toBe('forbidden');
      expect(error.message).toMatch(
        /^Taras Bondar cannot .*needs the admin role — ask an admin of this workspace\.$/,
      );
      expect(error.message).not.toMatch(/campaign-desk|command/);
    }
    expect(await ws.call('workspace.export', {})).toEqual(before);
  });

  it('an unknown department is not_found', async () => {
    const error = await refusal(ws.call('departments.update', { key: 'nowhere', name: 'X' }, 'admin'));
    expect([error.code, error.key]).toEqual(['not_found', 'not_found_department']);
  });
});

describe('departments.archive', () => {
  it('keeps the department, its campaigns and acknowledgements; audited once; its name may be reused', async () => {
    const acksBefore = (await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign.acknowledgements;
    const archived = await ws.call('departments.archive', { key: 'delivery' }, 'admin');
    expect(archived).toEqual({ key: 'delivery', name: 'Delivery', color: '#2e7d32', archivedAt: FIXED_NOW });
    expect(await department('delivery')).toEqual(archived);
    const bf = (await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign;
    expect(bf.departments).toContain('delivery');
    expect(bf.acknowledgements).toEqual(acksBefore);

    // Archiving again changes nothing and records nothing.
    await ws.call('departments.archive', { key: 'delivery' }, 'admin');
    expect((await audit()).map((e) => e.action)).toEqual(['workspace.import', 'departments.archive']);

    await ws.call(
      'departments.define',
      { department: { key: 'delivery-new', name: 'Delivery', color: '#2e7d32' } },
      'admin',
    );
    expect((await department('delivery-new'))?.name).toBe('Delivery');
  });

  it('Marketing, which owns every campaign, cannot be archived', async () => {
    const error = await refusal(ws.call('departments.archive', { key: 'marketing' }, 'admin'));
    expect([error.code, error.key]).toEqual(['conflict', 'marketing_not_archived']);
    expect((await department('marketing'))?.archivedAt).toBeUndefined();
  });

  it('is no longer offered for new work: new campaigns and new people in it are refused', async () => {
    await ws.call('departments.archive', { key: 'sales' }, 'admin');
    const created = await refusal(
      ws.call(
        'campaigns.create',
        {
          title: 'Spring sale',
          start: '2027-04-01T07:00:00Z',
          end: '2027-04-10T07:00:00Z',
          departments: ['sales'],
        },
        'maria',
      ),
    );
    const added = await refusal(
      ws.call(
        'campaigns.update',
        { key: 'autumn-install', revision: 1, departments: ['delivery', 'sales'] },
        'maria',
      ),
    );
    const person = await refusal(
      ws.call(
        'people.define',
        { person: { key: 'nils', name: 'Nils', department: 'sales', roles: ['member'] } },
        'admin',
      ),
    );
    for (const error of [created, added, person]) {
      expect([error.code, error.key]).toEqual(['conflict', 'department_archived']);
      expect(error.message).toBe('The Sales department is archived: choose a department still in use.');
    }
    // A campaign that already lists it can still be edited, and someone already in it stays.
    const spring = (await ws.call('campaigns.get', { key: 'spring-catalogue' })).campaign;
    await ws.call(
      'campaigns.update',
      { key: 'spring-catalogue', revision: spring.revision, title: 'Spring catalogue 2027' },
      'maria',
    );
    await ws.call(
      'people.define',
      { person: { key: 'ivan', name: 'Ivan P.', department: 'sales', roles: ['member'] } },
      'admin',
    );
    expect((await ws.call('people.list', {})).find((p) => p.key === 'ivan')?.name).toBe('Ivan P.');
  });

  it('owes no acknowledgement of a version published after it was archived; one sent before still counts', async () => {
    expect(await flagsOf('spring-catalogue')).toContainEqual(['missing_acknowledgement', 'sales']);
    await ws.call('departments.archive', { key: 'sales' }, 'admin');
    // Version 1 went out before the archive: Sales was asked then, and the report still says so.
    expect(await flagsOf('spring-catalogue')).toContainEqual(['missing_acknowledgement', 'sales']);

    now = new Date('2026-11-23T10:00:00Z');
    const spring = (await ws.call('campaigns.get', { key: 'spring-catalogue' })).campaign;
    await ws.call(
      'campaigns.update',
      { key: 'spring-catalogue', revision: spring.revision, draft: { offer: '-15 %' } },
      'maria',
    );
    const edited = (await ws.call('campaigns.get', { key: 'spring-catalogue' })).campaign;
    await ws.call(
      'campaigns.publish',
      { key: 'spring-catalogue', revision: edited.revision, change: 'material' },
      'maria',
    );
    expect(await flagsOf('spring-catalogue')).not.toContainEqual(['missing_acknowledgement', 'sales']);
    const [item] = await ws.call('campaigns.list', {
      from: '2027-03-01T00:00:00Z',
      to: '2027-03-02T00:00:00Z',
    });
    expect(item?.awaiting).toEqual([]);
    expect(item?.acknowledgements.required).toBe(0);
    // Sales' inbox keeps Black Friday (sent before the archive), not the catalogue sent after.
    const inbox = await ws.call('inbox.list', { department: 'sales' });
    expect(inbox.map((i) => i.campaign.key)).toEqual(['bf-next-day']);
    // The campaign as it stood before its new version (and the archive) is unchanged.
    const asItStood = await ws.call('campaigns.get', { key: 'spring-catalogue', at: '2026-11-22T12:00:00Z' });
    expect(asItStood.readiness.flags).toContainEqual(
      expect.objectContaining({ code: 'missing_acknowledgement', department: 'sales' }),
    );
  });
});

describe('people.archive', () => {
  it('an archived person can no longer act; what they did keeps their name; audited', async () => {
    const archived = await ws.call('people.archive', { key: 'ivan' }, 'admin');
    expect(archived).toMatchObject({ key: 'ivan', archivedAt: FIXED_NOW });
    expect((await ws.call('people.list', {})).find((p) => p.key === 'ivan')).toEqual(archived);
    const bf = (await ws.call('campaigns.get', { key: 'bf-next-day' })).campaign;
    const error = await refusal(
      ws.call(
        'acknowledgements.record',
        {
          campaign: 'bf-next-day',
          department: 'sales',
          version: bf.briefVersions.length,
          state: 'acknowledged',
        },
        'ivan',
      ),
    );
    expect([error.code, error.key]).toEqual(['forbidden', 'forbidden_anonymous']);
    expect(
      (await ws.call('campaigns.get', { key: 'winter-signs' })).campaign.acknowledgements,
    ).toContainEqual(expect.objectContaining({ department: 'sales', by: 'ivan' }));
    const last = (await audit()).at(-1);
    expect([last?.actor, last?.action, last?.objectType, last?.objectKey]).toEqual([
      'admin',
      'people.archive',
      'person',
      'ivan',
    ]);
  });

  it('on a team workspace an archived person is signed out and cannot sign in again', async () => {
    await ws.call('people.setPassword', { person: 'ivan', password: 'correct horse battery' }, 'admin');
    const { token } = await ws.services.access.signIn('ivan', 'correct horse battery');
    expect((await ws.services.access.authenticate(token))?.actor.person.key).toBe('ivan');
    await ws.call('people.archive', { key: 'ivan' }, 'admin');
    expect(await ws.services.access.authenticate(token)).toBeUndefined();
    await expect(ws.services.access.signIn('ivan', 'correct horse battery')).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('the last admin cannot be archived; an archived admin does not count as one', async () => {
    const error = await refusal(ws.call('people.archive', { key: 'admin' }, 'admin'));
    expect([error.code, error.key]).toEqual(['conflict', 'last_admin']);
    await ws.call(
      'people.define',
      { person: { key: 'taras', name: 'Taras Bondar', department: 'delivery', roles: ['member', 'admin'] } },
      'admin',
    );
    await ws.call('people.archive', { key: 'taras' }, 'admin');
    const again = await refusal(ws.call('people.archive', { key: 'admin' }, 'admin'));
    expect([again.code, again.key]).toEqual(['conflict', 'last_admin']);
  });

  it('an unknown person is not_found', async () => {
    const error = await refusal(ws.call('people.archive', { key: 'nobody' }, 'admin'));
    expect([error.code, error.key]).toEqual(['not_found', 'not_found_person']);
  });
});

describe('export and import keep the archived state', () => {
  it('round-trips into an empty workspace; a document that does not say archivedAt leaves it archived', async () => {
    await ws.call('departments.archive', { key: 'sales' }, 'admin');
    await ws.call('people.archive', { key: 'ivan' }, 'admin');
    const exported = await ws.call('workspace.export', {});
    expect(exported.departments.find((d) => d.key === 'sales')?.archivedAt).toBe(FIXED_NOW);
    expect(exported.people.find((p) => p.key === 'ivan')?.archivedAt).toBe(FIXED_NOW);

    const other = openWorkspace(path.join(tempDir(), 'other.sqlite'));
    try {
      await other.call('workspace.import', { document: exported });
      expect(await other.call('workspace.export', {})).toEqual(exported);
    } finally {
      await other.close();
    }

    const silent = {
      ...exported,
      departments: exported.departments.map(({ archivedAt: _a, ...d }) => d),
      people: exported.people.map(({ archivedAt: _a, ...p }) => p),
    };
    const audited = (await audit()).length;
    await ws.call('workspace.import', { document: silent });
    expect(await ws.call('workspace.export', {})).toEqual(exported);
    expect(await audit()).toHaveLength(audited + 1);
    expect(JSON.parse((await audit()).at(-1)?.detail ?? '{}')).not.toHaveProperty('changed.departments');
  });
});

describe('drafts await nobody (issue 10)', () => {
  it('the calendar lists no department as awaiting a draft', async () => {
    const items = await ws.call('campaigns.list', {
      from: '2026-12-01T00:00:00Z',
      to: '2026-12-31T00:00:00Z',
    });
    const draft = items.find((i) => i.key === 'new-year-teaser');
    expect(draft?.status).toBe('draft');
    expect(draft?.awaiting).toEqual([]);
  });
});
