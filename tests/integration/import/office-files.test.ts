// Metric samples from files as offices save them (issue 11): semicolons, decimal commas,
// grouped thousands, local times in the workspace's zone, legacy encodings and workbooks.
// Each gives the right values or one clear refusal, and nothing is written on refusal.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../shared/api.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

const file = (name: string, bytes: Buffer) => ({ file: { name, base64: bytes.toString('base64') } });
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** Windows-1251 bytes of Russian text (TextEncoder writes only UTF-8, so map by hand). */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      throw new Error(`no Windows-1251 byte for ${ch}`);
    }),
  );
}

function cp1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => ch.codePointAt(0)!));
}

async function importing(input: ApiInput<'samples.importCsv'>, zone = 'Europe/Kyiv') {
  await ws.call('settings.set', { timeZone: zone });
  return ws.call('samples.importCsv', input);
}

async function stored(metric: string) {
  return ws.call('samples.list', { metric, from: '2026-11-25T00:00:00Z', to: '2026-11-27T00:00:00Z' });
}

describe('metric files as offices save them', () => {
  it('uk-UA (LibreOffice/Excel): semicolons, decimal comma, NBSP thousands, local time in Kyiv', async () => {
    const csv =
      'metric;at;value;source\r\n' +
      'on_time_delivery;26.11.2026 06:00;87,5;склад\r\n' +
      'delivery_backlog;26.11.2026 06:00;1\u00a0250;склад\r\n';
    const result = await importing(file('uk.csv', Buffer.from(csv)));
    expect(result).toMatchObject({ good: 2, bad: 0, imported: 2, format: 'UTF-8', timeZone: 'Europe/Kyiv' });
    expect(await stored('on_time_delivery')).toContainEqual({
      metric: 'on_time_delivery',
      at: '2026-11-26T04:00:00.000Z',
      value: 87.5,
      source: 'склад',
    });
    expect((await stored('delivery_backlog')).map((s) => s.value)).toContain(1250);
  });

  it('sv-SE: quoted semicolon fields are not split at the decimal comma; narrow NBSP and % accepted', async () => {
    const csv =
      '"metric";"at";"value"\n' +
      '"on_time_delivery";"2026-11-26 06:00:00";"87,5 %"\n' +
      '"delivery_backlog";"2026-11-26T06:00";"1\u202f250"\n';
    const result = await importing({ csv }, 'Europe/Stockholm');
    expect(result).toMatchObject({ good: 2, bad: 0, imported: 2 });
    expect(result.rows.map((r) => [r.at, r.value])).toEqual([
      ['2026-11-26T05:00:00.000Z', 87.5],
      ['2026-11-26T05:00:00.000Z', 1250],
    ]);
  });

  it('sr-RS: "26.11.2026. 06:00", dots grouping thousands and apostrophes', async () => {
    const csv =
      "metric;at;value\non_time_delivery;26.11.2026. 06:00;91,25\ndelivery_backlog;26.11.2026. 06:00;1.250\nsupport_backlog;26.11.2026. 07:00;12'500\n";
    const result = await importing({ csv }, 'Europe/Belgrade');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.at, r.value])).toEqual([
      ['2026-11-26T05:00:00.000Z', 91.25],
      ['2026-11-26T05:00:00.000Z', 1250],
      ['2026-11-26T06:00:00.000Z', 12500],
    ]);
  });

  it('en-GB: commas, day-first dates, quoted "1,250" is a thousand', async () => {
    const csv =
      'metric,at,value\non_time_delivery,26/11/2026 06:00,87.5\ndelivery_backlog,26/11/2026 06:00,"1,250"\n';
    const result = await importing({ csv }, 'Europe/London');
    expect(result.rows.map((r) => [r.at, r.value])).toEqual([
      ['2026-11-26T06:00:00.000Z', 87.5],
      ['2026-11-26T06:00:00.000Z', 1250],
    ]);
  });

  it('a Windows-1251 file is read as Cyrillic, not stored as mojibake', async () => {
    const bytes = cp1251('metric;at;value;source\r\non_time_delivery;26.11.2026 06:00;88,5;Склад Москва\r\n');
    const result = await importing(file('ru.csv', bytes), 'Europe/Moscow');
    expect(result).toMatchObject({ imported: 1, format: 'Windows-1251' });
    expect((await stored('on_time_delivery')).map((s) => s.source)).toContain('Склад Москва');
  });

  it('a Windows-1252 file with Swedish letters is read as Windows-1252', async () => {
    const bytes = cp1252(
      'metric;at;value;source\non_time_delivery;2026-11-26 06:00;88,5;Försäljning Malmö\n',
    );
    const result = await importing(file('sv.csv', bytes), 'Europe/Stockholm');
    expect(result).toMatchObject({ imported: 1, format: 'Windows-1252' });
    expect(result.rows[0]?.source).toBe('Försäljning Malmö');
  });

  it('a file whose encoding cannot be told is refused naming the candidates, nothing written', async () => {
    const before = await ws.call('workspace.export', {});
    // "ÀÁ" alone: Cyrillic "АБ" or Latin "ÀÁ", no letters around to tell.
    const bytes = Buffer.concat([
      Buffer.from('metric,at,value,source\non_time_delivery,2026-11-26T06:00:00Z,88,'),
      Buffer.from([0xc0, 0xc1]),
      Buffer.from('\n'),
    ]);
    const result = await importing(file('odd.csv', bytes));
    expect(result).toMatchObject({ bad: 1, imported: 0 });
    expect(result.errors[0]?.message).toContain('Windows-1251 / Windows-1252');
    expect(await ws.call('workspace.export', {})).toEqual(before);
  });

  it('a UTF-16 tab-separated file (Excel "Unicode text") imports', async () => {
    const bytes = utf16le('metric\tat\tvalue\r\non_time_delivery\t26.11.2026 06:00\t87,5\r\n');
    const result = await importing(file('unicode.txt', bytes));
    expect(result).toMatchObject({ imported: 1, format: 'UTF-16LE' });
    expect(result.rows[0]).toMatchObject({ at: '2026-11-26T04:00:00.000Z', value: 87.5 });
  });

  it('an .xlsx: first sheet, header row, date cells in the workspace zone, bad rows named by row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Дані');
    sheet.addRow(['metric', 'at', 'value', 'source']);
    sheet.addRow(['on_time_delivery', new Date(Date.UTC(2026, 10, 26, 6, 0)), 87.5, 'склад']);
    sheet.addRow(['delivery_backlog', '26.11.2026 06:00', '1 250', 'склад']);
    workbook.addWorksheet('Other').addRow(['not', 'read']);
    const good = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importing(file('samples.xlsx', good));
    expect(result).toMatchObject({ good: 2, bad: 0, imported: 2, format: 'xlsx' });
    expect(result.rows.map((r) => [r.line, r.at, r.value, r.source])).toEqual([
      [2, '2026-11-26T04:00:00.000Z', 87.5, 'склад'],
      [3, '2026-11-26T04:00:00.000Z', 1250, 'склад'],
    ]);

    sheet.addRow(['on_time_delivery', 'yesterday', 'lots']);
    const bad = await importing(file('samples.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(bad).toMatchObject({ bad: 1, imported: 0 });
    expect(bad.errors[0]).toMatchObject({ line: 4 });
  });

  it('a file that is not a workbook is refused as such', async () => {
    const result = await importing(file('samples.xlsx', Buffer.from('PK\u0003\u0004 broken')));
    expect(result.errors[0]?.message).toContain('not a workbook');
  });

  it('every bad row of a semicolon file names its line', async () => {
    const csv =
      'metric;at;value\non_time_delivery;26.11.2026 06:00;87,5\non_time_delivery;31.11.2026 06:00;1 25\n';
    const result = await importing({ csv });
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringContaining('"31.11.2026 06:00" is not a date'),
      }),
    ]);
    expect(result.errors[0]?.message).toContain('value "1 25" is not a number');
  });

  it('a new value for an instant its source already has is a correction, not a second sample', async () => {
    const first =
      'metric;at;value;source\non_time_delivery;26.11.2026 06:00;80;wms\ndelivery_backlog;26.11.2026 06:00;500;wms\n';
    expect(await importing({ csv: first })).toMatchObject({ imported: 2, corrected: 0 });
    const fixed =
      'metric;at;value;source\non_time_delivery;26.11.2026 06:00;85;wms\ndelivery_backlog;26.11.2026 06:00;500;wms\n';
    const dry = await ws.call('samples.importCsv', { csv: fixed, dryRun: true });
    expect(dry).toMatchObject({ imported: 0, corrected: 1 });
    expect(await importing({ csv: fixed })).toMatchObject({ good: 2, imported: 0, corrected: 1 });
    const latest = await ws.call('metrics.list', { at: '2026-11-26T05:00:00Z' });
    expect(latest.find((m) => m.metric.key === 'on_time_delivery')?.latest?.value).toBe(85);
    // Importing the same corrected file again changes nothing.
    expect(await importing({ csv: fixed })).toMatchObject({ imported: 0, corrected: 0 });
  });
});

describe('the import input', () => {
  it('takes the file as text or as bytes, not both and not neither', async () => {
    for (const input of [{}, { csv: 'metric,at,value\n', file: { name: 'a.csv', base64: '' } }])
      await expect(ws.call('samples.importCsv', input)).rejects.toMatchObject({
        code: 'invalid_input',
        problems: [expect.objectContaining({ path: '$.csv' })],
      });
    await expect(
      ws.call('samples.importCsv', { file: { name: 'a.csv', base64: 'not base64!' } }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [expect.objectContaining({ path: '$.file.base64' })],
    });
  });
});
