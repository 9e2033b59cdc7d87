// The audit trail is tamper-evident: `campaign-desk audit verify` says the chain is
// intact, or names the first event that no longer matches its hash — even when
// somebody lifted the append-only triggers and edited the file directly.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, it } from 'vitest';
import { auditHash } from '../../../electron/store/audit-chain.ts';
import { runCli } from '../../helpers/cli.ts';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace } from '../../helpers/workspace.ts';

const copyFixture = useFixtureWorkspace();

/** A fixture workspace with a few audited writes after the import: events 1–4. */
async function workspaceWithHistory(dir: string): Promise<string> {
  const file = path.join(dir, 'workspace.sqlite');
  copyFixture(file);
  const ws = openWorkspace(file);
  try {
    for (const value of [81, 82, 83])
      await ws.call('samples.add', { metric: 'csat', at: '2026-11-22T09:00:00Z', value }, 'olena');
  } finally {
    await ws.close();
  }
  return file;
}

/** Edits the file as an attacker with a raw connection would. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe.concurrent('audit verify', () => {
  it('exits 0 with the number of events when the chain is intact', async ({ expect, onTestFinished }) => {
    const file = await workspaceWithHistory(tempDirFor({ onTestFinished }));
    const result = await runCli(['audit', 'verify', '--workspace', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('4 events, chain intact');
  });

  it('exits 1 naming an event changed behind the triggers’ back', async ({ expect, onTestFinished }) => {
    const file = await workspaceWithHistory(tempDirFor({ onTestFinished }));
    tamper(
      file,
      `DROP TRIGGER audit_events_no_update;
       UPDATE audit_events SET actor = 'maria' WHERE id = 3;`,
    );
    const result = await runCli(['audit', 'verify', '--workspace', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('event 3 (2026-11-22T10:00:00.000Z, sample.add by maria)');
    expect(result.stderr).toContain('2 events before it are intact');
  });

  it('exits 1 naming the event after one that was removed', async ({ expect, onTestFinished }) => {
    const file = await workspaceWithHistory(tempDirFor({ onTestFinished }));
    tamper(file, `DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE id = 2;`);
    const result = await runCli(['audit', 'verify', '--workspace', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('event 3 (');
  });

  it('an event forged with a correctly recomputed hash still breaks the chain at the next one', async ({
    expect,
    onTestFinished,
  }) => {
    const file = await workspaceWithHistory(tempDirFor({ onTestFinished }));
    const db = new Database(file);
    try {
      db.exec('DROP TRIGGER audit_events_no_update');
      const row = (id: number) =>
        db.prepare('SELECT * FROM audit_events WHERE id = ?').get(id) as {
          id: number;
          at: number;
          actor: string;
          action: string;
          object_type: string;
          object_key: string;
          detail: string | null;
          hash: string;
        };
      const forged = { ...row(2), detail: '{"metric":"csat","value":99}' };
      const hash = auditHash(row(1).hash, {
        id: forged.id,
        at: new Date(forged.at).toISOString(),
        actor: forged.actor,
        action: forged.action,
        objectType: forged.object_type,
        objectKey: forged.object_key,
        detail: forged.detail,
      });
      db.prepare('UPDATE audit_events SET detail = ?, hash = ? WHERE id = 2').run(forged.detail, hash);
    } finally {
      db.close();
    }
    const result = await runCli(['audit', 'verify', '--workspace', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('event 3 (');
  });
});
