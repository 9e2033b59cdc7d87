// The acceptance check of the spec: the fixture workspace, imported with the
// command line, prints exactly the expected readiness reports.
import fs from 'node:fs';
// On both engines: --workspace takes a file or a postgres:// URL (team-server.md §1).
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { ENGINES, useLocation } from '../../helpers/engines.ts';
import { fixturePath } from '../../helpers/paths.ts';

const expected = (day: string): unknown =>
  JSON.parse(fs.readFileSync(fixturePath(`signage-company.readiness-${day}.json`), 'utf8'));

describe.each(ENGINES)('signage-company fixture (%s)', (engine) => {
  const location = useLocation(engine);

  it('imports and reports exactly the expected readiness on 2026-11-20 and 2026-11-26', async () => {
    const workspace = location();
    const imported = await runCli(['import', fixturePath('signage-company.json'), '--workspace', workspace]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('5 campaigns');

    const report = (at: string) => runCli(['readiness', '--json', '--at', at, '--workspace', workspace]);
    const [nov20, nov26] = await Promise.all([
      report('2026-11-20T12:00:00Z'),
      report('2026-11-26T09:00:00Z'),
    ]);
    for (const result of [nov20, nov26]) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    expect(JSON.parse(nov20.stdout)).toEqual(expected('2026-11-20'));
    expect(JSON.parse(nov26.stdout)).toEqual(expected('2026-11-26'));
  });
});
