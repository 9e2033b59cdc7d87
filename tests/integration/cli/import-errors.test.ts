// Spec §9: bad input exits 2 with one clear line naming the file and JSON path, and writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { fixtureDocument, listDir, sha256, type FixtureDocument } from '../../helpers/files.ts';
import { fixturePath } from '../../helpers/paths.ts';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const copyFixture = useFixtureWorkspace();

const bf = (doc: FixtureDocument) => doc.campaigns[2] as FixtureDocument['campaigns'][number];
const changed = (change: (doc: FixtureDocument) => void) => {
  const doc = fixtureDocument();
  change(doc);
  return JSON.stringify(doc);
};

/** Each bad input: the file's text (undefined: no file at all) and what stderr must say. */
const cases: [string, string | undefined, RegExp][] = [
  [
    'unknown department key',
    changed((d) => (d.metrics[1] = { ...d.metrics[1], department: 'warehouse' })),
    /: \$\.metrics\[1\]\.department: unknown department "warehouse"/,
  ],
  [
    'duplicate key',
    changed((d) => (bf(d).key = 'autumn-install')),
    /: \$\.campaigns\[2\]\.key: duplicate key "autumn-install"/,
  ],
  ['missing field', changed((d) => delete bf(d).title), /: \$\.campaigns\[2\]\.title: /],
  [
    'instant without zone',
    changed((d) => (bf(d).start = '2026-11-27T09:00:00')),
    /: \$\.campaigns\[2\]\.start: "2026-11-27T09:00:00" is not a date and time with a zone/,
  ],
  [
    'acknowledgement of a version that does not exist',
    changed((d) => (bf(d).acknowledgements[0] = { ...bf(d).acknowledgements[0], version: 3 })),
    /: \$\.campaigns\[2\]\.acknowledgements\[0\]\.version: brief version 3 does not exist/,
  ],
  ['malformed JSON', '{"format": "campaign-desk/v1", "departments": [', /: not valid JSON/],
  ['missing file', undefined, /: cannot read the file \(it does not exist\)/],
];

describe.concurrent.each(cases)('import with %s', (_what, text, message) => {
  function documentFile(dir: string): string {
    const file = path.join(dir, 'document.json');
    if (text !== undefined) fs.writeFileSync(file, text);
    return file;
  }

  it('exits 2 naming the file and the problem; a new workspace file is not left behind', async (context) => {
    const dir = tempDirFor(context);
    const file = documentFile(dir);
    const files = listDir(dir);
    const workspace = path.join(dir, 'new.sqlite');
    const result = await runCli(['import', file, '--workspace', workspace]);
    context.expect(result.code).toBe(2);
    context.expect(result.stdout).toBe('');
    const first = result.stderr.split('\n')[0] ?? '';
    context.expect(first.startsWith(file)).toBe(true);
    context.expect(first).toMatch(message);
    context.expect(listDir(dir)).toEqual(files);
  });

  it('exits 2 and leaves an existing workspace byte for byte as it was', async (context) => {
    const dir = tempDirFor(context);
    const workspace = path.join(dir, 'workspace.sqlite');
    copyFixture(workspace);
    const file = documentFile(dir);
    const files = listDir(dir);
    const hash = sha256(workspace);
    const result = await runCli(['import', file, '--workspace', workspace]);
    context.expect(result.code).toBe(2);
    context.expect(result.stderr).toMatch(message);
    context.expect(sha256(workspace)).toBe(hash);
    context.expect(listDir(dir)).toEqual(files);
  });
});

describe.concurrent('readiness --at', () => {
  it('an instant without a zone exits 2 naming it, and creates no workspace', async (context) => {
    const dir = tempDirFor(context);
    const workspace = path.join(dir, 'new.sqlite');
    const result = await runCli([
      'readiness',
      '--json',
      '--at',
      '2026-11-27T09:00:00',
      '--workspace',
      workspace,
    ]);
    context.expect(result.code).toBe(2);
    context.expect(result.stdout).toBe('');
    context.expect(result.stderr).toContain('"2026-11-27T09:00:00" is not a date and time with a zone');
    context.expect(listDir(dir)).toEqual([]);
  });
  it('a --horizon-days that is not a whole number exits 2 naming the option', async (context) => {
    const dir = tempDirFor(context);
    const workspace = path.join(dir, 'new.sqlite');
    const result = await runCli(['readiness', '--horizon-days', 'soon', '--workspace', workspace]);
    context.expect(result.code).toBe(2);
    context.expect(result.stderr).toContain('--horizon-days needs a whole number, not "soon"');
    context.expect(listDir(dir)).toEqual([]);
  });
  it('a valid instant with an offset reports at that instant in UTC', async (context) => {
    const workspace = path.join(tempDirFor(context), 'workspace.sqlite');
    copyFixture(workspace);
    const result = await runCli([
      'readiness',
      '--json',
      '--at',
      '2026-11-26T10:00:00+01:00',
      '--workspace',
      workspace,
    ]);
    context.expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { at: string; campaigns: unknown[] };
    context.expect(report.at).toBe('2026-11-26T09:00:00.000Z');
    context.expect(report.campaigns.length).toBeGreaterThan(0);
  });
  it('the unchanged fixture document is accepted (each case above fails for its one change)', async (context) => {
    const workspace = path.join(tempDirFor(context), 'workspace.sqlite');
    const result = await runCli(['import', fixturePath('signage-company.json'), '--workspace', workspace]);
    context.expect(result.code).toBe(0);
  });
});
