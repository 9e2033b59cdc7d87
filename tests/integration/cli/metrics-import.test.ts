// Spec §8–9: `metrics import` — a file with any bad row names each line and writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sample } from '../../../shared/domain.ts';
import { runCli } from '../../helpers/cli.ts';
import { listDir, sha256 } from '../../helpers/files.ts';
import { fixturePath } from '../../helpers/paths.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
let workspace: string;

const copyFixture = useFixtureWorkspace();

beforeEach(() => {
  workspace = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(workspace);
});

async function exportOf(file: string) {
  const ws = openWorkspace(file);
  try {
    return await ws.call('workspace.export', {});
  } finally {
    await ws.close();
  }
}

describe('metrics import', () => {
  it('metrics-bad.csv: exit 2, lines 3, 4 and 5 named with what is wrong, workspace untouched', async () => {
    const before = await exportOf(workspace);
    const files = listDir(tempDir());
    const hash = sha256(workspace);

    const result = await runCli([
      'metrics',
      'import',
      fixturePath('metrics-bad.csv'),
      '--workspace',
      workspace,
    ]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    const line = (n: number) => lines.find((l) => l.includes(`metrics-bad.csv:${n}:`)) ?? '';
    expect(line(3)).toContain('unknown metric "on_time_delivry"');
    expect(line(4)).toContain('"yesterday" is not a date and time (e.g. 2026-11-27T08:00:00Z');
    expect(line(5)).toContain('value "lots" is not a number');
    expect(lines.filter((l) => /metrics-bad\.csv:\d+:/.test(l))).toHaveLength(3);
    expect(result.stderr).toContain('nothing imported');

    expect(sha256(workspace)).toBe(hash);
    expect(listDir(tempDir())).toEqual(files);
    expect(await exportOf(workspace)).toEqual(before);
  });

  it('a value outside the metric’s plausible range: exit 2 naming the line, the metric and the range; nothing written', async () => {
    const file = path.join(tempDir(), 'typo.csv');
    fs.writeFileSync(file, 'metric,at,value\non_time_delivery,2026-11-28T06:00:00Z,915\n');
    const hash = sha256(workspace);
    const result = await runCli(['metrics', 'import', file, '--workspace', workspace]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'typo.csv:2: 915 is outside the plausible range of "On-time delivery": 0 to 100',
    );
    expect(sha256(workspace)).toBe(hash);
  });

  it('metrics-good.csv: adds exactly its four samples, with their sources', async () => {
    const before = await exportOf(workspace);
    const result = await runCli([
      'metrics',
      'import',
      fixturePath('metrics-good.csv'),
      '--workspace',
      workspace,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Added 4 samples');

    const after = await exportOf(workspace);
    // Export lists samples by metric then time: the new ones sit among the old, which are all still there.
    const added = after.samples.filter(
      (x) => !before.samples.some((y) => JSON.stringify(y) === JSON.stringify(x)),
    );
    expect(after.samples).toHaveLength(before.samples.length + 4);
    expect(after.samples).toEqual(expect.arrayContaining(before.samples));
    expect(added).toEqual<Sample[]>([
      { metric: 'delivery_backlog', at: '2026-11-28T06:00:00.000Z', value: 640, source: 'wms-export' },
      { metric: 'first_response_hours', at: '2026-11-28T08:00:00.000Z', value: 5.5, source: 'helpdesk' },
      { metric: 'on_time_delivery', at: '2026-11-28T06:00:00.000Z', value: 91.2, source: 'wms-export' },
      { metric: 'support_backlog', at: '2026-11-28T08:00:00.000Z', value: 420, source: 'helpdesk' },
    ]);
    expect({ ...after, samples: [] }).toEqual({ ...before, samples: [] });

    // The same file again adds nothing: every row is already there.
    const again = await runCli([
      'metrics',
      'import',
      fixturePath('metrics-good.csv'),
      '--workspace',
      workspace,
    ]);
    expect(again.code).toBe(0);
    expect((await exportOf(workspace)).samples).toHaveLength(after.samples.length);
  });
});
