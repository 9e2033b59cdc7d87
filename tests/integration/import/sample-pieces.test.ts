// A large quote-free UTF-8 file is read a piece of lines at a time, never as one string
// (electron/import/sample-pieces.ts, issue 13): what it reads — rows, bad rows, their line
// numbers and messages — is what reading its whole text gives, wherever the pieces fall.
import { describe, expect, it } from 'vitest';
import { readSampleFile } from '../../../electron/import/sample-file.ts';
import { linePieces, PIECES_FROM_BYTES, plainUtf8 } from '../../../electron/import/sample-pieces.ts';
import { readSamplesCsv, type SampleParseOptions } from '../../../shared/schemas/csv-samples.ts';

const known = new Set(['on_time_delivery', 'csat']);
const options: SampleParseOptions = {
  maxErrors: 10_000,
  timeZone: 'Europe/Kyiv',
  ranges: new Map([
    ['on_time_delivery', { name: 'On-time delivery', unit: '%', min: 0, max: 100 }],
    ['csat', { name: 'Satisfaction', unit: 'points', min: 1, max: 5 }],
  ]),
};

/** ≈ 1.6 MB as a Ukrainian Excel saves it: `;`, decimal commas, CRLF, a BOM; bad and blank lines throughout. */
function officeFile(): string {
  const lines = ['metric;at;value;source'];
  const first = Date.parse('2027-03-01T00:00:00Z');
  for (let i = 0; lines.length < 40_000; i++) {
    const at = new Date(first + i * 60_000).toISOString();
    if (i % 997 === 0) lines.push(`on_time_delivry;${at};90,5;erp`);
    else if (i % 1_511 === 0) lines.push(`csat;${at};9;survey`);
    else if (i % 2_003 === 0) lines.push('');
    else if (i % 3_001 === 0) lines.push(`csat;2027-03-01 10:00;4,5;survey`);
    else lines.push(`on_time_delivery;${at};${90 + (i % 10)},${i % 10};erp`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('a large quote-free file read in pieces', () => {
  it('gives the rows, bad rows and messages its whole text gives', async () => {
    const text = officeFile();
    const bytes = Buffer.from(text);
    expect(bytes.length).toBeGreaterThan(PIECES_FROM_BYTES);
    // Several pieces, each of whole lines: the checks run across their boundaries.
    const pieces = [...linePieces(bytes)];
    expect(pieces.length).toBeGreaterThan(4);
    expect(pieces.slice(0, -1).every((p) => p.endsWith('\n'))).toBe(true);
    expect(pieces.join('')).toBe(text.slice(1)); // the BOM dropped, as readSamplesCsv drops it

    const read = await readSampleFile({ file: { name: 'samples.csv', bytes } }, known, options);
    const whole = readSamplesCsv(text, known, options);
    expect(read.format).toBe('UTF-8');
    expect(read.bad).toBeGreaterThan(40);
    expect(read.bad).toBe(whole.bad);
    expect(read.errors).toEqual(whole.errors);
    expect(read.samples.length).toBe(whole.samples.length);
    expect(read.samples.rows()).toEqual(whole.samples.rows());
  });

  it('is left to the whole-text reader when it holds quotes or is not UTF-8', () => {
    const plain = Buffer.from(officeFile());
    expect(plainUtf8(plain)).toBeDefined();
    expect(plainUtf8(Buffer.concat([plain, Buffer.from('"quoted";x;1\r\n')]))).toBeUndefined();
    expect(plainUtf8(Buffer.concat([plain, Buffer.from([0xc0, 0x0a])]))).toBeUndefined();
    expect(plainUtf8(plain.subarray(0, PIECES_FROM_BYTES - 1))).toBeUndefined();
  });
});
