// Issue 11 on the command line: `metrics import` takes .xlsx and reports corrections;
// `report acknowledgements` writes the matrix for a spreadsheet in the language of LANG.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { REPO_ROOT } from '../../helpers/paths.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let workspace: string;

beforeEach(() => {
  workspace = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(workspace);
});

describe('office files on the command line', () => {
  it('metrics import reads an .xlsx, then a corrected value is reported as corrected', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Samples');
    sheet.addRow(['metric', 'at', 'value', 'source']);
    sheet.addRow(['on_time_delivery', '2026-11-26T06:00:00Z', 87.5, 'wms']);
    const xlsx = path.join(tempDir(), 'samples.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    const first = await runCli(['metrics', 'import', xlsx, '--workspace', workspace]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Added 1 samples');

    const csv = path.join(tempDir(), 'fixed.csv');
    fs.writeFileSync(csv, 'metric;at;value;source\non_time_delivery;2026-11-26T06:00:00Z;88,5;wms\n');
    const second = await runCli(['metrics', 'import', csv, '--workspace', workspace]);
    expect(second.stdout).toContain('Added 0 samples');
    expect(second.stdout).toContain('1 corrected');
  });

  it('report acknowledgements --format csv writes Ukrainian headers, a BOM and ";" under LANG=uk_UA', async () => {
    const out = path.join(tempDir(), 'acks.csv');
    const result = await runCli(
      ['report', 'acknowledgements', '--format', 'csv', '--output', out, '--workspace', workspace],
      { LANG: 'uk_UA.UTF-8', LC_ALL: '' },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = fs.readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]?.slice(0, 3)).toEqual(['Кампанія', 'Назва', 'Відділ']);
  });

  it('metrics import speaks the language of LANG: each bad line and the summary in Ukrainian', async () => {
    const csv = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(csv, 'metric;at;value\non_time_delivery;вчора;багато\n');
    const result = await runCli(['metrics', 'import', csv, '--workspace', workspace], {
      LANG: 'uk_UA.UTF-8',
      LC_ALL: '',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${csv}:2: «вчора» — не дата й час`);
    expect(result.stderr).toContain('значення «багато» — не число');
    expect(result.stderr).toContain(`${csv}: хибних рядків: 1; нічого не імпортовано.`);
  });

  it('import names each schema problem in the language of LANG, the path as it is', async () => {
    const doc = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/signage-company.json'), 'utf8'),
    );
    doc.campaigns[2].key = 'black friday';
    doc.metrics[0].maxAgeHours = 0;
    const file = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const result = await runCli(['import', file, '--workspace', workspace], {
      LANG: 'sr_RS.UTF-8@cyrillic',
      LC_ALL: '',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: $.metrics[0].maxAgeHours: мора бити веће од 0`);
    expect(result.stderr).toContain(`${file}: $.campaigns[2].key: сме садржати само латинична слова`);
  });
});
