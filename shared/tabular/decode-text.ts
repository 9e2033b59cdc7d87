// Office files come as bytes in whatever encoding the spreadsheet saved: a file is decoded
// correctly or refused naming its encoding, never stored as mojibake. TextDecoder (WHATWG
// encodings, in Node and every browser) does the decoding; only the guess is ours.

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1251' | 'Windows-1252';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'encoding_invalid'; encoding: TextEncodingName }
  | { ok: false; reason: 'encoding_unsure'; candidates: TextEncodingName[] };

const LABEL: Record<TextEncodingName, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'Windows-1251': 'windows-1251',
  'Windows-1252': 'windows-1252',
};

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(LABEL[encoding], { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes Windows-1252 leaves undefined (a real 1252 file never holds them). */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** The one byte Windows-1251 leaves undefined. */
const UNDEFINED_1251 = 0x98;

const isAsciiLetter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
/** Bytes that are letters in both code pages' upper halves (А–я in 1251, À–ÿ in 1252). */
const isHighLetter = (b: number | undefined) => b !== undefined && b >= 0xc0 && b !== 0xd7 && b !== 0xf7;

/**
 * Cyrillic words are written wholly in upper-half bytes, so in a Windows-1251 file their
 * letters sit beside each other; accented Latin letters in a Windows-1252 file sit mostly
 * between plain ASCII letters ("Försäljning"). The share of upper-half letters whose
 * neighbours are upper-half letters tells the two apart; in between, we do not guess.
 */
function singleByteGuess(bytes: Uint8Array): TextEncodingName[] {
  const can1252 = !bytes.some((b) => UNDEFINED_1252.has(b));
  const can1251 = !bytes.includes(UNDEFINED_1251);
  let cyrillicLike = 0;
  let latinLike = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (!isHighLetter(bytes[i])) continue;
    const before = bytes[i - 1];
    const after = bytes[i + 1];
    if (isHighLetter(before) || isHighLetter(after)) cyrillicLike++;
    else if (isAsciiLetter(before) || isAsciiLetter(after)) latinLike++;
  }
  const judged = cyrillicLike + latinLike;
  const share = judged === 0 ? 0.5 : cyrillicLike / judged;
  if (can1251 && (!can1252 || (judged >= 3 && share >= 0.8))) return ['Windows-1251'];
  if (can1252 && (!can1251 || (judged >= 2 && share <= 0.2))) return ['Windows-1252'];
  return [...(can1251 ? ['Windows-1251' as const] : []), ...(can1252 ? ['Windows-1252' as const] : [])];
}

/** The text of a file: BOM first, then strict UTF-8, then Windows-1251 or -1252 by letter statistics. */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'UTF-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'UTF-16LE'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'UTF-16BE'
          : undefined;
  if (bom) {
    const text = strict(bom, bytes);
    return text === undefined
      ? { ok: false, reason: 'encoding_invalid', encoding: bom }
      : { ok: true, text, encoding: bom };
  }
  const utf8 = strict('UTF-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8' };
  const candidates = singleByteGuess(bytes);
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) {
    const text = strict(only, bytes);
    if (text !== undefined) return { ok: true, text, encoding: only };
  }
  return { ok: false, reason: 'encoding_unsure', candidates };
}
