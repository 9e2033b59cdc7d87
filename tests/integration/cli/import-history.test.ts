// An import adds to history and never rewrites it (spec §6, issue 12): a document that
// would change a published brief version is refused with exit 2 naming its JSON path
// and nothing written; acknowledgements, decisions and samples already stored stay as
// they are; and the audit event says what the import added, key by key.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { fixtureDocument, sha256, type FixtureDocument } from '../../helpers/files.ts';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace } from '../../helpers/workspace.ts';

const copyFixture = useFixtureWorkspace();

function documentWith(dir: string, change: (doc: FixtureDocument) => void): string {
  const doc = fixtureDocument();
  change(doc);
  const file = path.join(dir, 'document.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

const bf = (doc: FixtureDocument) => doc.campaigns[2] as FixtureDocument['campaigns'][number];

const rewrites: [string, (doc: FixtureDocument) => void][] = [
  ['its content', (d) => (bf(d).briefVersions[0] = { ...bf(d).briefVersions[0], promise: 'Rewritten' })],
  [
    'its date',
    (d) => (bf(d).briefVersions[1] = { ...bf(d).briefVersions[1], publishedAt: '2026-11-01T00:00:00Z' }),
  ],
  ['its kind of change', (d) => (bf(d).briefVersions[1] = { ...bf(d).briefVersions[1], change: 'minor' })],
];

describe.concurrent.each(rewrites)('an import that changes a published version’s %s', (_what, change) => {
  it('exits 2 naming the JSON path; the workspace stays byte for byte as it was', async (context) => {
    const dir = tempDirFor(context);
    const workspace = path.join(dir, 'workspace.sqlite');
    copyFixture(workspace);
    const hash = sha256(workspace);
    const file = documentWith(dir, change);
    const result = await runCli(['import', file, '--workspace', workspace]);
    context.expect(result.code).toBe(2);
    context
      .expect(result.stderr)
      .toMatch(
        /\$\.campaigns\[2\]\.briefVersions\[[01]\]: version [12] of "bf-next-day" is already published/,
      );
    context.expect(sha256(workspace)).toBe(hash);
  });
});

describe('an import adds, never rewrites', () => {
  it('keeps stored acknowledgements, adds new ones, and audits what it added by key', async (context) => {
    const dir = tempDirFor(context);
    const workspace = path.join(dir, 'workspace.sqlite');
    copyFixture(workspace);
    const backdated = {
      department: 'support',
      version: 2,
      by: 'olena',
      at: '2026-11-21T08:00:00Z',
      state: 'acknowledged',
    };
    const file = documentWith(dir, (d) => {
      // Taras's stored acknowledgement "rewritten" as a concern, and one new acknowledgement.
      const stored = bf(d).acknowledgements[0] as Record<string, unknown>;
      bf(d).acknowledgements[0] = { ...stored, state: 'concern', note: 'Rewritten' };
      bf(d).acknowledgements.push(backdated);
    });
    const ws = openWorkspace(workspace);
    const before = await ws.call('campaigns.get', { key: 'bf-next-day' });
    await ws.close();

    const result = await runCli(['import', file, '--workspace', workspace]);
    expect(result.code, result.stderr).toBe(0);

    const after = openWorkspace(workspace);
    try {
      const campaign = (await after.call('campaigns.get', { key: 'bf-next-day' })).campaign;
      // Every acknowledgement stored before is still there, unchanged and in order.
      expect(campaign.acknowledgements.slice(0, before.campaign.acknowledgements.length)).toEqual(
        before.campaign.acknowledgements,
      );
      expect(campaign.acknowledgements).toContainEqual({ ...backdated, at: '2026-11-21T08:00:00.000Z' });
      expect(campaign.briefVersions).toEqual(before.campaign.briefVersions);
      // Nothing about the campaign's own fields changed, so its revision did not move.
      expect(campaign.revision).toBe(before.campaign.revision);

      const [event] = await after.call('audit.list', { limit: 1 });
      expect(event?.action).toBe('workspace.import');
      const detail = JSON.parse(event?.detail ?? '{}') as {
        added: Record<string, { count: number; keys: string[] }>;
        changed: Record<string, unknown>;
      };
      expect(detail.added).toEqual({
        acknowledgements: {
          count: 2,
          keys: [
            'bf-next-day/delivery/v1/taras/2026-11-11T10:00:00.000Z',
            'bf-next-day/support/v2/olena/2026-11-21T08:00:00.000Z',
          ],
        },
      });
      expect(detail.changed).toEqual({});
    } finally {
      await after.close();
    }
  });

  it('importing the same document again adds nothing and changes no revision', async (context) => {
    const workspace = path.join(tempDirFor(context), 'workspace.sqlite');
    copyFixture(workspace);
    const ws = openWorkspace(workspace);
    try {
      const before = await ws.call('workspace.export', {});
      const revisions = (
        await ws.call('campaigns.list', { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' })
      ).map((c) => [c.key, c.revision]);
      await ws.call('workspace.import', { document: fixtureDocument() });
      expect(await ws.call('workspace.export', {})).toEqual(before);
      const again = (
        await ws.call('campaigns.list', { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' })
      ).map((c) => [c.key, c.revision]);
      expect(again).toEqual(revisions);
      const [event] = await ws.call('audit.list', { limit: 1 });
      expect(JSON.parse(event?.detail ?? '{}')).toMatchObject({ added: {}, changed: {} });
    } finally {
      await ws.close();
    }
  });
});
