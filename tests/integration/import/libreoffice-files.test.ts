// Metric files exactly as LibreOffice Calc saves them in five locales, in Windows-1251, as
// UTF-16 "Unicode text" and as .xlsx (tests/fixtures/office, made once by
// scripts/make-office-fixtures.mjs; LibreOffice is not needed here). Each gives the exact
// values in the workspace's zone, or one clear refusal with nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { REPO_ROOT } from '../../helpers/paths.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace, useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();
const OFFICE = path.join(REPO_ROOT, 'tests', 'fixtures', 'office');

const officeFile = (name: string) => ({
  file: { name, base64: fs.readFileSync(path.join(OFFICE, name)).toString('base64') },
});

async function importing(name: string, timeZone: string) {
  await ws.call('settings.set', { timeZone });
  return ws.call('samples.importCsv', officeFile(name));
}

/** The four samples each file holds, 06:00 and 07:30 on 26 November local time. */
const expected = (at0600: string, at0730: string, source: string) => [
  { line: 2, metric: 'on_time_delivery', at: at0600, value: 87.5, source },
  { line: 3, metric: 'delivery_backlog', at: at0600, value: 1250, source },
  { line: 4, metric: 'first_response_hours', at: at0730, value: 3.75, source },
  { line: 5, metric: 'support_backlog', at: at0730, value: 12500, source },
];

const stored = (metric: string) =>
  ws.call('samples.list', { metric, from: '2026-11-26T00:00:00Z', to: '2026-11-27T00:00:00Z' });

describe('metric files saved by LibreOffice', () => {
  it.each([
    // file, zone, 06:00 and 07:30 local in UTC, source, encoding
    ['uk-UA.csv', 'Europe/Kyiv', '04:00', '05:30', 'склад Київ', 'UTF-8'],
    ['ru-RU.csv', 'Europe/Moscow', '03:00', '04:30', 'склад Москва', 'UTF-8'],
    ['sv-SE.csv', 'Europe/Stockholm', '05:00', '06:30', 'lager Göteborg', 'UTF-8'],
    ['sr-RS.csv', 'Europe/Belgrade', '05:00', '06:30', 'magacin Niš', 'UTF-8'],
    ['en-GB.csv', 'Europe/London', '06:00', '07:30', 'warehouse Leeds', 'UTF-8'],
    ['ru-RU.windows-1251.csv', 'Europe/Moscow', '03:00', '04:30', 'склад Москва', 'Windows-1251'],
    ['uk-UA.utf-16.txt', 'Europe/Kyiv', '04:00', '05:30', 'склад Київ', 'UTF-16LE'],
    ['uk-UA.xlsx', 'Europe/Kyiv', '04:00', '05:30', 'склад Київ', 'xlsx'],
  ])('%s in %s: the exact values, instants and source', async (name, zone, t1, t2, source, format) => {
    const result = await importing(name, zone);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ good: 4, bad: 0, imported: 4, corrected: 0, format, timeZone: zone });
    const rows = expected(`2026-11-26T${t1}:00.000Z`, `2026-11-26T${t2}:00.000Z`, source);
    expect(result.rows).toEqual(rows);
    // And stored so: the decimal, the grouped thousand and the Cyrillic source as written.
    expect(await stored('on_time_delivery')).toContainEqual({
      metric: 'on_time_delivery',
      at: rows[0]!.at,
      value: 87.5,
      source,
    });
    expect(await stored('support_backlog')).toContainEqual({
      metric: 'support_backlog',
      at: rows[3]!.at,
      value: 12500,
      source,
    });
  });

  it.each([
    ['ru-RU.windows-1251-unsure.csv', 'could be Windows-1251 / Windows-1252'],
    ['uk-UA.utf-16-cut.txt', 'starts as UTF-16LE but is not valid UTF-16LE'],
    ['uk-UA-cut.xlsx', 'not a workbook that can be read'],
  ])('%s is refused with one message and nothing is written', async (name, message) => {
    await ws.call('settings.set', { timeZone: 'Europe/Kyiv' });
    const before = await ws.call('workspace.export', {});
    const result = await ws.call('samples.importCsv', officeFile(name));
    expect(result).toMatchObject({ good: 0, bad: 1, imported: 0 });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 1, message: expect.stringContaining(message) });
    expect(await ws.call('workspace.export', {})).toEqual(before);
  });
});

describe('LibreOffice files on the command line', () => {
  const tempDir = useTempDir();
  const copyFixture = useFixtureWorkspace();
  let workspace: string;
  beforeEach(() => {
    workspace = path.join(tempDir(), 'workspace.sqlite');
    copyFixture(workspace);
  });

  it('metrics import reads the Windows-1251 file; the cut UTF-16 file exits 2 naming why', async () => {
    const good = await runCli([
      'metrics',
      'import',
      path.join(OFFICE, 'ru-RU.windows-1251.csv'),
      '--workspace',
      workspace,
    ]);
    expect(good).toMatchObject({ code: 0, stderr: '' });
    expect(good.stdout).toContain('Added 4 samples');

    const cut = path.join(OFFICE, 'uk-UA.utf-16-cut.txt');
    const bad = await runCli(['metrics', 'import', cut, '--workspace', workspace]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${cut}:1: the file starts as UTF-16LE but is not valid UTF-16LE`);
  });
});
