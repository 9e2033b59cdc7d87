// A metric-sample file as offices save it: CSV text, CSV bytes in any of the encodings
// spreadsheets write, or an .xlsx workbook (first sheet, header row). All end in the same
// row checks; a file that cannot be read is refused with one reason, never half-read.
import type ExcelJS from 'exceljs';
import {
  lineError,
  readSampleRecords,
  readPlainSamplesCsv,
  readSamplesCsv,
  withRows,
  type CsvSamplesParse,
  type CsvSamplesRead,
  type SampleParseOptions,
} from '../../shared/schemas/csv-samples.ts';
import { SampleColumns } from '../../shared/schemas/sample-columns.ts';
import { decodeText, type TextEncodingName } from '../../shared/tabular/decode-text.ts';
import { inferDecimalMark } from '../../shared/tabular/locale-number.ts';
import { linePieces, plainUtf8, rowsFor } from './sample-pieces.ts';

/** The file as text, or its bytes as they are (an upload, IPC) or as base64 (JSON). */
export type SampleFile =
  { csv: string } | { file: { name: string; base64?: string | undefined; bytes?: Uint8Array | undefined } };

type SampleFormat = TextEncodingName | 'xlsx' | 'text';

export interface SampleFileRead extends CsvSamplesRead {
  /** How the file was read: its text encoding, or "xlsx". */
  format: SampleFormat;
}

/**
 * The file's text (decoded), a workbook's bytes, or a large quote-free UTF-8 file's bytes, decoded a
 * piece at a time as they are read (no string the size of the file: sample-pieces.ts).
 */
export type SampleSource =
  { text: string; format: SampleFormat } | { workbook: Buffer } | { pieces: Buffer; format: 'UTF-8' };

const refusal = (format: SampleFormat, key: Parameters<typeof lineError>[1][number]): SampleFileRead => ({
  samples: new SampleColumns(),
  errors: [lineError(1, [key])],
  bad: 1,
  format,
});

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The file's rows checked, the good ones as objects (tests, small files). */
export async function parseSampleFile(
  input: SampleFile,
  known: ReadonlySet<string>,
  options: SampleParseOptions,
): Promise<CsvSamplesParse & { format: SampleFormat }> {
  const read = await readSampleFile(input, known, options);
  return { ...withRows(read), format: read.format };
}

/** The file's rows checked, the good ones as columns. */
export async function readSampleFile(
  input: SampleFile,
  known: ReadonlySet<string>,
  options: SampleParseOptions,
): Promise<SampleFileRead> {
  const source = sampleSource(input);
  return 'refused' in source ? source.refused : readSampleSource(source, known, options);
}

/** The file decoded once: its text, a workbook's bytes, or why it cannot be read. */
export function sampleSource(input: SampleFile): SampleSource | { refused: SampleFileRead } {
  if ('csv' in input) return { text: input.csv, format: 'text' };
  const bytes = input.file.bytes ?? Buffer.from(input.file.base64 ?? '', 'base64');
  if (/\.xlsx$/i.test(input.file.name) || isZip(bytes))
    return { workbook: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  const pieces = plainUtf8(bytes);
  if (pieces) return { pieces, format: 'UTF-8' };
  const decoded = decodeText(bytes);
  if (decoded.ok) return { text: decoded.text, format: decoded.encoding };
  if (decoded.reason === 'encoding_invalid')
    return {
      refused: refusal(decoded.encoding, {
        key: 'file_encoding_invalid',
        params: { encoding: decoded.encoding },
      }),
    };
  return {
    refused: refusal('text', {
      key: 'file_encoding_unsure',
      params: { candidates: decoded.candidates.join(' / ') },
    }),
  };
}

export async function readSampleSource(
  source: SampleSource,
  known: ReadonlySet<string>,
  options: SampleParseOptions,
): Promise<SampleFileRead> {
  if ('workbook' in source) return readWorkbook(source.workbook, known, options);
  if ('pieces' in source)
    return {
      ...readPlainSamplesCsv(linePieces(source.pieces), rowsFor(source.pieces), known, options),
      format: source.format,
    };
  return { ...readSamplesCsv(source.text, known, options), format: source.format };
}

/** A cell as the text a CSV would hold: numbers and dates written so the row checks read them back. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Workbook dates have no zone: exceljs hands the wall time over as if it were UTC.
    return value.toISOString().slice(0, 23).replace('T', ' ');
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  return '';
}

async function readWorkbook(
  bytes: Buffer,
  known: ReadonlySet<string>,
  options: SampleParseOptions,
): Promise<SampleFileRead> {
  // Loaded only for a workbook: every other command starts without it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refusal('xlsx', { key: 'xlsx_unreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return refusal('xlsx', { key: 'xlsx_unreadable' });
  const records: { record: string[]; line: number }[] = [];
  const textValues: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = (row.values as ExcelJS.CellValue[]).slice(1);
    const record = Array.from({ length: cells.length }, (_, i) => cellText(cells[i]));
    records.push({ record, line });
    cells.forEach((c) => typeof c === 'string' && textValues.push(c));
  });
  // Numbers typed as text ("87,5") decide the decimal mark; real number cells are written with it.
  const decimal = inferDecimalMark(textValues, ';');
  const numbers = (record: string[]) =>
    record.map((t) => (decimal === ',' && /^-?\d+\.\d+$/.test(t) ? t.replace('.', ',') : t));
  return {
    ...readSampleRecords(
      (visit) => records.forEach((r, i) => visit(i === 0 ? r.record : numbers(r.record), r.line)),
      known,
      decimal,
      options,
    ),
    format: 'xlsx',
  };
}
