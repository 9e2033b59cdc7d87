// A report as a table for spreadsheets (the acknowledgement matrix, the readiness report),
// written as .xlsx or as CSV that Excel opens right in the person's locale.

import { stringify } from 'csv-stringify/sync';
import { intlTag } from '../../shared/i18n/i18n.ts';
import { formatWallTime, wallTimeOf } from '../../shared/tabular/local-instant.ts';

/** A cell: text, a number, or an instant (shown as local time in the table's zone). */
type OfficeCell = string | number | { instant: string } | null;

export interface OfficeTable {
  sheet: string;
  headers: string[];
  rows: OfficeCell[][];
  /** The zone instants are shown in (named in the headers by the builder). */
  timeZone: string;
}

type OfficeFormat = 'csv' | 'xlsx';

export interface OfficeFile {
  fileName: string;
  mime: string;
  base64: string;
}

/**
 * Text a spreadsheet would run as a formula (= + - @, or a leading tab or CR that some
 * strip before looking) gets a leading apostrophe, so it shows as the text it is.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The decimal mark of a locale ("," in uk, ru, sv, sr; "." in en). */
function decimalMark(locale: string): string {
  return (
    new Intl.NumberFormat(intlTag(locale)).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  );
}

function csvCell(cell: OfficeCell, table: OfficeTable, decimal: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', decimal);
  if (typeof cell === 'string') return neutralise(cell);
  return formatWallTime(wallTimeOf(cell.instant, table.timeZone));
}

/**
 * CSV as Excel opens it by double-click: UTF-8 with a BOM (else it guesses the ANSI code
 * page), `;` where the locale writes decimal commas (Excel splits on the list separator).
 * A cell holding a line break is quoted: Excel and LibreOffice end a row at any CR or LF
 * outside quotes (csv-stringify quotes a lone LF only when asked, given CRLF rows).
 */
function tableToCsv(table: OfficeTable, locale: string): string {
  const decimal = decimalMark(locale);
  const delimiter = decimal === ',' ? ';' : ',';
  const rows = table.rows.map((r) => r.map((c) => csvCell(c, table, decimal)));
  return `\uFEFF${stringify([table.headers.map(neutralise), ...rows], {
    delimiter,
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
  })}`;
}

async function tableToXlsx(table: OfficeTable): Promise<Buffer> {
  // Loaded only for a workbook: every other command starts without it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
  sheet.addRow(table.headers.map(neutralise)).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell) => {
        if (cell === null || typeof cell === 'number') return cell;
        if (typeof cell === 'string') return neutralise(cell);
        // Workbook dates have no zone: the local wall time is written as if it were UTC.
        const w = wallTimeOf(cell.instant, table.timeZone);
        return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
      }),
    );
  }
  table.headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    const sample = table.rows.find((r) => r[i] !== null && r[i] !== undefined)?.[i];
    if (sample !== null && typeof sample === 'object') column.numFmt = 'yyyy-mm-dd hh:mm';
    column.width = Math.min(60, Math.max(12, header.length + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function officeFile(
  table: OfficeTable,
  format: OfficeFormat,
  name: string,
  locale: string,
): Promise<OfficeFile> {
  if (format === 'xlsx')
    return {
      fileName: `${name}.xlsx`,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: (await tableToXlsx(table)).toString('base64'),
    };
  return {
    fileName: `${name}.csv`,
    mime: 'text/csv;charset=utf-8',
    base64: Buffer.from(tableToCsv(table, locale), 'utf8').toString('base64'),
  };
}
