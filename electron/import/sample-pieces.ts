// A large sample file read without ever holding its text whole (issue 13). Decoded at once, a
// 200,000-row file is a 9 MB string that outlives the request until V8's next full collection
// (an idle server runs none); decoded a piece of whole lines at a time, each piece is young
// garbage the next scavenge frees. Only files the in-place scanner reads anyway take this way:
// valid UTF-8 (what decodeText would find) without quotes; every other file is decoded whole.
import { isUtf8 } from 'node:buffer';

/** Smaller files are decoded whole: nothing to gain. */
export const PIECES_FROM_BYTES = 1024 * 1024;
/** Bytes a piece holds before its last line ends: the first then holds the header and 64 KiB. */
export const PIECE_BYTES = 256 * 1024;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
/** `m,YYYY-MM-DDTHH:mm:ssZ,1` and its line end: no good row of the common form is shorter. */
const SHORTEST_ROW = 25;

/** The file's bytes when they are to be read in pieces: large, quote-free, valid UTF-8. */
export function plainUtf8(bytes: Uint8Array): Buffer | undefined {
  if (bytes.byteLength < PIECES_FROM_BYTES) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return !buffer.includes(QUOTE) && isUtf8(buffer) ? buffer : undefined;
}

/** The file in pieces of whole lines (the last may lack its line end). */
export function* linePieces(bytes: Buffer): Generator<string> {
  const decoder = new TextDecoder();
  for (let start = 0; start < bytes.length;) {
    const cut = bytes.indexOf(NEWLINE, Math.min(start + PIECE_BYTES, bytes.length));
    const end = cut < 0 ? bytes.length : cut + 1;
    // Whole lines of valid UTF-8: no character is split across pieces (a BOM is dropped, as readSamplesCsv drops it).
    yield decoder.decode(bytes.subarray(start, end), { stream: true });
    start = end;
  }
}

/**
 * The rows to size the columns for, from the first piece: its lines per byte over the whole
 * file, a little over, and never more than the file's length allows. A file whose later lines
 * are shorter grows its columns (without leaving a copy behind: sample-columns.ts).
 */
export function rowsFor(bytes: Buffer): (first: string) => number {
  return (first) => {
    let lines = 1;
    for (let at = first.indexOf('\n'); at >= 0; at = first.indexOf('\n', at + 1)) lines++;
    const estimate = Math.ceil(((lines * bytes.length) / Buffer.byteLength(first)) * 1.05);
    return Math.min(estimate, Math.ceil(bytes.length / SHORTEST_ROW));
  };
}
