// A workspace on a full disk, on a read-only folder, damaged, cut to 0 bytes or from a newer
// version: each gets its own message and exit status, and nothing already saved is lost.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { sha256 } from '../../helpers/files.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { runCliOnTmpfs } from '../../helpers/tmpfs.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();

/** A CSV of `rows` new samples of the fixture's first metric. */
function bigCsv(file: string, rows: number): void {
  const lines = ['metric,at,value,source'];
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < rows; i++)
    lines.push(`delivery_backlog,${new Date(start + i * 60_000).toISOString()},${90 + (i % 10)},load-test`);
  fs.writeFileSync(file, lines.join('\n'));
}

describe('a full disk', () => {
  it('answers exit 5 with its own message, and the workspace keeps everything saved before', () => {
    const template = path.join(tempDir(), 'template.sqlite');
    copyFixture(template);
    const csv = path.join(tempDir(), 'samples.csv');
    bigCsv(csv, 40_000);
    const folder = path.join(tempDir(), 'disk');
    fs.mkdirSync(folder);
    const workspace = path.join(folder, 'workspace.sqlite');
    const run = runCliOnTmpfs({
      folder,
      sizeKiB: 640,
      copy: { [template]: 'workspace.sqlite' },
      steps: [
        ['metrics', 'import', csv, '--workspace', workspace],
        ['export', '--workspace', workspace],
      ],
    });
    const [full, exported] = run.results;
    expect(full?.stderr).toMatch(/The disk holding the workspace .* is full: nothing was saved/);
    expect(full?.code).toBe(5);
    expect(exported?.code).toBe(0);
    const doc = JSON.parse(exported?.stdout ?? '{}') as { samples: unknown[]; campaigns: unknown[] };
    expect(doc.campaigns).toHaveLength(5);
    expect(doc.samples).toHaveLength(361);
  });
});

describe('a read-only workspace', () => {
  it('is still read and exported; a change answers exit 4 saying it is read-only', () => {
    const template = path.join(tempDir(), 'template.sqlite');
    copyFixture(template);
    const folder = path.join(tempDir(), 'read-only');
    fs.mkdirSync(folder);
    const workspace = path.join(folder, 'workspace.sqlite');
    const csv = path.join(tempDir(), 'samples.csv');
    bigCsv(csv, 10);
    const run = runCliOnTmpfs({
      folder,
      sizeKiB: 1024,
      copy: { [template]: 'workspace.sqlite' },
      readOnly: true,
      steps: [
        ['export', '--workspace', workspace],
        ['readiness', '--at', '2026-11-22T10:00:00Z', '--json', '--workspace', workspace],
        ['metrics', 'import', csv, '--workspace', workspace],
      ],
    });
    const [exported, readiness, change] = run.results;
    expect(exported?.stderr).toBe('');
    expect(exported?.code).toBe(0);
    expect((JSON.parse(exported?.stdout ?? '{}') as { campaigns: unknown[] }).campaigns).toHaveLength(5);
    expect(readiness?.code).toBe(0);
    expect(change?.stderr).toMatch(/is read-only: it can be read and exported, but changes cannot be saved/);
    expect(change?.code).toBe(4);
    expect(run.files).toEqual(['workspace.sqlite']);
  });
});

describe('a workspace that cannot be opened', () => {
  it('a 0-byte file is refused with exit 3 and left as it is, not re-created empty', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    fs.writeFileSync(file, '');
    const r = await runCli(['export', '--workspace', file]);
    expect(r.stderr).toMatch(/is an empty \(0-byte\) file, perhaps a copy cut short/);
    expect(r.code).toBe(3);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(tempDir())).toEqual(['workspace.sqlite']);
  });

  it('a damaged file answers exit 3 and is not changed', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    fs.writeFileSync(file, 'department,name\n'.repeat(400));
    const before = sha256(file);
    const r = await runCli(['import', path.join(tempDir(), 'x.json'), '--workspace', file]);
    expect(r.stderr).toMatch(/is damaged: it is not a readable Campaign Desk database/);
    expect(r.code).toBe(3);
    expect(sha256(file)).toBe(before);
  });

  it('a workspace from a newer version answers exit 3', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const r = await runCli(['export', '--workspace', file]);
    expect(r.stderr).toMatch(/newer Campaign Desk \(workspace version 999/);
    expect(r.code).toBe(3);
  });
});
