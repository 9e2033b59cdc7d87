// A CSV check answers with counts and the first 100 rows and problems, not the whole file:
// a large file's dry run must not come back larger than the file.
import { describe, expect, it } from 'vitest';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

function csvOf(good: number, bad: number): string {
  const lines = ['metric,at,value'];
  for (let i = 0; i < good; i++)
    lines.push(`csat,${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()},${i % 100}`);
  for (let i = 0; i < bad; i++) lines.push(`nope,2026-11-01T00:00:00Z,${i}`);
  return lines.join('\n');
}

describe('samples.importCsv', () => {
  it('answers a dry run with the counts and the first 100 rows and problems', async () => {
    const csv = csvOf(50_000, 50_000);
    const result = await ws.call('samples.importCsv', { csv, dryRun: true }, 'olena');
    expect(result).toMatchObject({ good: 50_000, bad: 50_000, imported: 0 });
    expect(result.rows).toHaveLength(100);
    expect(result.errors).toHaveLength(100);
    expect(result.errors[0]).toMatchObject({ line: 50_002, message: 'unknown metric "nope"' });
    expect(JSON.stringify(result).length).toBeLessThan(100_000);
  });

  it('answers an import with the counts, the first rows, and how many were new', async () => {
    const csv = csvOf(1_000, 0);
    const result = await ws.call('samples.importCsv', { csv }, 'olena');
    expect(result).toMatchObject({ good: 1_000, bad: 0, imported: 1_000 });
    expect(result.rows).toHaveLength(100);
    const again = await ws.call('samples.importCsv', { csv }, 'olena');
    expect(again).toMatchObject({ good: 1_000, imported: 0 });
  });
});
