// A company sets up its own workspace from the app: the first department and
// admin, then departments and people defined by admins, and backups.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, AuditEvent } from '../../../shared/api.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let ws: TestWorkspace;
let file: string;

beforeEach(() => {
  file = path.join(tempDir(), 'workspace.sqlite');
});
afterEach(() => ws.close());

const SETUP = {
  department: { key: 'customer-care', name: 'Customer Care', color: '#1565c0' },
  person: { key: 'ingrid', name: 'Ingrid Berg', roles: ['marketing'] },
};

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (err) {
    return err as ApiError;
  }
  throw new Error('the call did not fail');
}

const audit = async (): Promise<AuditEvent[]> => (await ws.call('audit.list', { limit: 1000 })).reverse();

describe('workspace.setup', () => {
  it('creates the first department and an admin in it, audited as that person', async () => {
    ws = openWorkspace(file);
    // Nobody exists yet, so the call is anonymous.
    const result = await ws.dispatch('workspace.setup', SETUP, { actor: undefined });
    expect(result).toMatchObject({ person: { key: 'ingrid', roles: ['marketing', 'admin'] } });
    expect(await ws.call('people.list', {})).toEqual([
      { key: 'ingrid', name: 'Ingrid Berg', department: 'customer-care', roles: ['marketing', 'admin'] },
    ]);
    expect(await ws.call('departments.list', {})).toEqual([SETUP.department]);
    expect((await audit()).map((e) => [e.actor, e.action])).toEqual([['ingrid', 'workspace.setup']]);
  });

  it('is refused once the workspace holds data, and writes nothing', async () => {
    copyFixture(file);
    ws = openWorkspace(file);
    const before = await ws.call('workspace.export', {});
    const error = await refusal(ws.dispatch('workspace.setup', SETUP, { actor: undefined }));
    expect([error.code, error.key]).toEqual(['conflict', 'workspace_not_empty']);
    expect(await ws.call('workspace.export', {})).toEqual(before);
    expect(await audit()).toHaveLength(1); // only the fixture import
  });
});

describe('departments.define and people.define', () => {
  beforeEach(() => {
    copyFixture(file);
    ws = openWorkspace(file);
  });

  it('an admin adds a department and a person in it, each audited', async () => {
    await ws.call(
      'departments.define',
      { department: { key: 'logistics', name: 'Logistics', color: '#6d4c41' } },
      'admin',
    );
    const person = { key: 'jonas', name: 'Jonas', department: 'logistics', roles: ['member'] };
    await ws.call('people.define', { person }, 'admin');
    expect((await ws.call('departments.list', {})).map((d) => d.key)).toContain('logistics');
    expect(await ws.call('people.list', {})).toContainEqual(person);
    expect((await audit()).slice(-2).map((e) => [e.actor, e.action, e.objectType, e.objectKey])).toEqual([
      ['admin', 'departments.define', 'department', 'logistics'],
      ['admin', 'people.define', 'person', 'jonas'],
    ]);
  });

  it('an admin edits a person: new name, department and roles', async () => {
    const taras = { key: 'taras', name: 'Taras B.', department: 'sales', roles: ['member', 'leadership'] };
    await ws.call('people.define', { person: taras }, 'admin');
    expect(await ws.call('people.list', {})).toContainEqual(taras);
  });

  it('a member is refused (forbidden) and nothing is written', async () => {
    const before = await ws.call('workspace.export', {});
    const dept = await refusal(
      ws.call(
        'departments.define',
        { department: { key: 'logistics', name: 'Logistics', color: '#6d4c41' } },
        'taras',
      ),
    );
    const person = await refusal(
      ws.call(
        'people.define',
        { person: { key: 'jonas', name: 'Jonas', department: 'delivery', roles: ['member'] } },
        'taras',
      ),
    );
    expect([dept.code, person.code]).toEqual(['forbidden', 'forbidden']);
    expect(await ws.call('workspace.export', {})).toEqual(before);
    expect(await audit()).toHaveLength(1);
  });

  it('a person in an unknown department is not_found', async () => {
    const error = await refusal(
      ws.call(
        'people.define',
        { person: { key: 'jonas', name: 'Jonas', department: 'nowhere', roles: ['member'] } },
        'admin',
      ),
    );
    expect([error.code, error.key]).toEqual(['not_found', 'not_found_department']);
    expect((await ws.call('people.list', {})).map((p) => p.key)).not.toContain('jonas');
  });

  it('the last admin cannot lose the admin role; with a second admin they can', async () => {
    const admin = { key: 'admin', name: 'Workspace admin', department: 'finance', roles: ['member'] };
    const error = await refusal(ws.call('people.define', { person: admin }, 'admin'));
    expect([error.code, error.key]).toEqual(['conflict', 'last_admin']);
    expect((await ws.call('people.list', {})).find((p) => p.key === 'admin')?.roles).toEqual(['admin']);

    await ws.call(
      'people.define',
      { person: { key: 'taras', name: 'Taras Bondar', department: 'delivery', roles: ['member', 'admin'] } },
      'admin',
    );
    await ws.call('people.define', { person: admin }, 'admin');
    expect((await ws.call('people.list', {})).find((p) => p.key === 'admin')?.roles).toEqual(['member']);
  });
});

describe('workspace.backup', () => {
  it('writes a copy beside the workspace that opens and holds the same campaigns', async () => {
    copyFixture(file);
    ws = openWorkspace(file);
    const { path: written } = await ws.call('workspace.backup', {}, 'admin');
    expect(path.dirname(written)).toBe(path.dirname(file));
    expect(path.basename(written)).toMatch(/^workspace\.sqlite\.backup-2026-11-22T10-00-00-000Z\.sqlite$/);
    const second = await ws.call('workspace.backup', {}, 'admin');
    expect(second.path).not.toBe(written);
    expect(fs.existsSync(second.path)).toBe(true);

    const copy = openWorkspace(written);
    try {
      const campaigns = (await copy.call('workspace.export', {})).campaigns;
      expect(campaigns.length).toBeGreaterThan(0);
      expect(campaigns).toEqual((await ws.call('workspace.export', {})).campaigns);
    } finally {
      await copy.close();
    }
    expect((await audit()).slice(-1).map((e) => [e.actor, e.action])).toEqual([
      ['admin', 'workspace.backup'],
    ]);
  });

  it('is refused for a member', async () => {
    copyFixture(file);
    ws = openWorkspace(file);
    const error = await refusal(ws.call('workspace.backup', {}, 'maria'));
    expect(error.code).toBe('forbidden');
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('backup'))).toEqual([]);
  });
});
