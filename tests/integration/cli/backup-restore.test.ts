// `campaign-desk backup` and `restore`: a backup is verified before it is called one and a
// failed backup leaves no file; a restore refuses what it cannot put back, keeps the replaced
// workspace and is not undone by a -wal left beside the workspace.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { listDir, sha256 } from '../../helpers/files.ts';
import { CLI_BIN, REPO_ROOT } from '../../helpers/paths.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { runCliOnTmpfs } from '../../helpers/tmpfs.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const count = (file: string, sql: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const campaigns = (file: string) => count(file, 'SELECT count(*) AS n FROM campaigns');
const integrity = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};

/** Node code run in a child with better-sqlite3 at hand. */
function nodeWithSqlite(code: string): string[] {
  const sqlite = JSON.stringify(path.join(REPO_ROOT, 'node_modules', 'better-sqlite3'));
  return ['-e', `const Database = require(${sqlite});\n${code}`];
}

/** Adds settings rows in a process that is then killed: they stay in the -wal, not yet in the file. */
function writeAndDie(file: string, rows: number): void {
  const r = spawnSync(
    process.execPath,
    nodeWithSqlite(`
      const db = new Database(${JSON.stringify(file)});
      db.pragma('wal_autocheckpoint = 0');
      const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      for (let i = 0; i < ${rows}; i++) put.run('crash-' + i, '1');
      process.kill(process.pid, 'SIGKILL');`),
  );
  expect(r.signal).toBe('SIGKILL');
}

describe('campaign-desk backup', () => {
  it('writes a verified copy beside the workspace that holds the same rows', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const r = await runCli(['backup', '--workspace', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = /to (\S+\.sqlite) \(.*verified\)/.exec(r.stdout)?.[1] ?? '';
    expect(path.dirname(written)).toBe(tempDir());
    expect(path.basename(written)).toMatch(/^workspace\.sqlite\.backup-\d{4}-.*Z\.sqlite$/);
    expect(integrity(written)).toBe('ok');
    expect(campaigns(written)).toBe(campaigns(file));
    // No temporary file is left beside it.
    expect(listDir(tempDir()).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('writes to --to FILE, and never over an existing file', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const to = path.join(tempDir(), 'monday.sqlite');
    expect((await runCli(['backup', '--to', to, '--workspace', file])).code).toBe(0);
    expect(campaigns(to)).toBe(5);
    const before = sha256(to);
    const again = await runCli(['backup', '--to', to, '--workspace', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(sha256(to)).toBe(before);
  });

  it('includes writes still in the -wal of a process that was killed', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    writeAndDie(file, 20);
    const to = path.join(tempDir(), 'copy.sqlite');
    expect((await runCli(['backup', '--to', to, '--workspace', file])).code).toBe(0);
    expect(count(to, "SELECT count(*) AS n FROM settings WHERE key LIKE 'crash-%'")).toBe(20);
  });

  it('on a full disk fails with exit 5 and leaves no file that looks like a backup', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const folder = path.join(tempDir(), 'small-disk');
    fs.mkdirSync(folder);
    const run = runCliOnTmpfs({
      folder,
      sizeKiB: 48, // the fixture workspace needs about 120 KiB
      steps: [['backup', '--to', path.join(folder, 'backup.sqlite'), '--workspace', file]],
    });
    const [result] = run.results;
    expect(result?.stderr).toMatch(/is full: nothing was saved/);
    expect(result?.code).toBe(5);
    expect(run.files).toEqual([]);
  });

  it('backs up a read-only workspace (that is when it matters)', () => {
    const folder = path.join(tempDir(), 'read-only');
    fs.mkdirSync(folder);
    const template = path.join(tempDir(), 'template.sqlite');
    copyFixture(template);
    const to = path.join(tempDir(), 'rescued.sqlite');
    const run = runCliOnTmpfs({
      folder,
      sizeKiB: 1024,
      copy: { [template]: 'workspace.sqlite' },
      readOnly: true,
      steps: [['backup', '--to', to, '--workspace', path.join(folder, 'workspace.sqlite')]],
    });
    expect(run.results[0]?.stderr).toBe('');
    expect(run.results[0]?.code).toBe(0);
    expect(campaigns(to)).toBe(5);
  });
});

describe('a PostgreSQL workspace', () => {
  it.each([['backup'], ['restore', 'x.sqlite']])(
    '%s points to pg_dump, without echoing the password',
    async (...args) => {
      const r = await runCli([...args, '--workspace', 'postgres://desk:s3cret@db.example:5432/campaigns']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'pg_dump --format=custom --file=campaign-desk.dump "postgres://desk:***@db.example:5432/campaigns"',
      );
      expect(r.stderr).toContain('pg_restore');
      expect(r.stderr).not.toContain('s3cret');
    },
  );
});

describe('campaign-desk serve', () => {
  it('writes the daily backup of the workspace it serves, dated by its clock', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const server = spawn(
      process.execPath,
      [CLI_BIN, 'serve', '--port', '0', '--clock', '2026-11-22T12:00:00Z', '--workspace', file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(server);
    await new Promise((resolve) => server.stdout?.once('data', resolve));
    await expect
      .poll(() => listDir(tempDir()).filter((f) => f.includes('.auto-')))
      .toEqual([expect.stringMatching(/^workspace\.sqlite\.auto-2026-11-22T12-00-.*Z\.sqlite$/)]);
  });
});

describe('campaign-desk restore', () => {
  it('puts the backup in place and keeps the replaced workspace, even with a stale -wal beside it', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const backup = path.join(tempDir(), 'backup.sqlite');
    expect((await runCli(['backup', '--to', backup, '--workspace', file])).code).toBe(0);
    // After the backup: more work, part of it only in the -wal of a process that died.
    const db = new Database(file);
    db.prepare('DELETE FROM campaign_departments WHERE campaign_id = (SELECT min(id) FROM campaigns)').run();
    db.close();
    writeAndDie(file, 50);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    const r = await runCli(['restore', backup, '--workspace', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Restored .* \(5 campaigns\)\. The workspace it replaced is kept as (\S+)\./);
    const kept = /kept as (\S+)\.$/m.exec(r.stdout.trim())?.[1] ?? '';

    // The restored workspace opens, whole, with the backup's rows (not "malformed").
    const exported = await runCli(['export', '--workspace', file]);
    expect(exported.code).toBe(0);
    expect(integrity(file)).toBe('ok');
    expect(count(file, "SELECT count(*) AS n FROM settings WHERE key LIKE 'crash-%'")).toBe(0);
    expect(count(file, 'SELECT count(*) AS n FROM campaign_departments')).toBe(
      count(backup, 'SELECT count(*) AS n FROM campaign_departments'),
    );
    // Nothing lost: the replaced workspace, its -wal included, is kept.
    expect(path.basename(kept)).toMatch(/^workspace\.sqlite\.before-restore-.*\.sqlite$/);
    expect(count(kept, "SELECT count(*) AS n FROM settings WHERE key LIKE 'crash-%'")).toBe(50);
  });

  it.each([
    ['an empty file', (f: string) => fs.writeFileSync(f, ''), /empty or not a file/],
    ['not a database', (f: string) => fs.writeFileSync(f, 'campaigns,2026\n'.repeat(500)), /is damaged/],
    [
      'a cut-short copy',
      (f: string) => fs.writeFileSync(f, fs.readFileSync(`${f}.whole`).subarray(0, 40_960)),
      /is damaged/,
    ],
    [
      'a newer version',
      (f: string) => {
        fs.copyFileSync(`${f}.whole`, f);
        const db = new Database(f);
        db.pragma('user_version = 999');
        db.close();
      },
      /newer Campaign Desk \(workspace version 999.*Update Campaign Desk/,
    ],
    ['no file at all', () => {}, /no such file/],
  ])('refuses %s with exit 2 and changes nothing', async (_name, make, message) => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const bad = path.join(tempDir(), 'bad.sqlite');
    copyFixture(`${bad}.whole`);
    make(bad);
    const before = sha256(file);
    const files = listDir(tempDir());
    const r = await runCli(['restore', bad, '--workspace', file]);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(sha256(file)).toBe(before);
    expect(listDir(tempDir())).toEqual(files);
  });

  it('is refused with exit 6 while another process has the workspace open', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(file);
    const backup = path.join(tempDir(), 'backup.sqlite');
    copyFixture(backup);
    const holder = spawn(
      process.execPath,
      nodeWithSqlite(`
        const db = new Database(${JSON.stringify(file)});
        db.pragma('journal_mode = WAL');
        db.prepare('SELECT count(*) FROM campaigns').get();
        console.log('open');
        setInterval(() => {}, 1000);`),
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(holder);
    await new Promise((resolve) => holder.stdout?.once('data', resolve));
    const before = sha256(file);
    const r = await runCli(['restore', backup, '--workspace', file]);
    expect(r.stderr).toMatch(/is open in Campaign Desk .*Close it first/);
    expect(r.code).toBe(6);
    expect(sha256(file)).toBe(before);
    expect(listDir(tempDir()).filter((f) => f.includes('before-restore'))).toEqual([]);
  });

  it('restores into a folder that has no workspace yet (a new machine)', async () => {
    const backup = path.join(tempDir(), 'backup.sqlite');
    copyFixture(backup);
    const file = path.join(tempDir(), 'new-machine', 'Campaign Desk', 'workspace.sqlite');
    const r = await runCli(['restore', backup, '--workspace', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/kept as/);
    expect(campaigns(file)).toBe(5);
  });

  it('restores over a damaged workspace, keeping its bytes', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    fs.writeFileSync(file, 'this was a workspace once'.repeat(200));
    const backup = path.join(tempDir(), 'backup.sqlite');
    copyFixture(backup);
    const r = await runCli(['restore', backup, '--workspace', file]);
    expect(r.code).toBe(0);
    expect(campaigns(file)).toBe(5);
    const kept = listDir(tempDir()).filter((f) => f.includes('before-restore'));
    expect(kept).toEqual([expect.stringMatching(/\.damaged$/)]);
    expect(fs.readFileSync(path.join(tempDir(), kept[0] as string), 'utf8')).toMatch(
      /^this was a workspace once/,
    );
  });
});
