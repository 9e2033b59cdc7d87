// A CSV file of a million bad rows: the command line prints the first 100 problems and a
// count of the rest, not a million lines (which took 0.9 GiB and 13 s to build and print);
// a JSON document nested absurdly deep gets one line, not a stack overflow.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();

it('metrics import of 10⁶ bad rows prints 100 problems, then "… and 999,900 more"', async () => {
  const workspace = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(workspace);
  const csv = path.join(tempDir(), 'bad.csv');
  const lines = ['metric,at,value'];
  for (let i = 0; i < 1_000_000; i++) lines.push(`nope,2026-11-01T00:00:00Z,${i}`);
  fs.writeFileSync(csv, lines.join('\n'));

  const result = await runCli(['metrics', 'import', csv, '--workspace', workspace]);
  expect(result.code).toBe(2);
  const printed = result.stderr.trimEnd().split('\n');
  expect(printed).toHaveLength(102);
  expect(printed[0]).toBe(`${csv}:2: unknown metric "nope"`);
  expect(printed[99]).toBe(`${csv}:101: unknown metric "nope"`);
  expect(printed.slice(100)).toEqual([
    `${csv}: … and 999,900 more`,
    `${csv}: 1,000,000 bad rows; nothing imported.`,
  ]);
}, 60_000);

it('import of a document nested 100,000 levels deep exits 2 with one clear line', async () => {
  const workspace = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(workspace);
  const file = path.join(tempDir(), 'deep.json');
  fs.writeFileSync(
    file,
    `{"format":"campaign-desk/v1","departments":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  );
  const result = await runCli(['import', file, '--workspace', workspace]);
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe(`${file}: lists and objects nest more than 64 levels deep`);
}, 60_000);
