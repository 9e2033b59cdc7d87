// Numbers as spreadsheets in uk, ru, sv, sr and en-GB settings write them: "87,5", "1 250",
// "12'500", "1.250,5", "87,5 %", "−3". One decimal mark per file, so "1.250" in a Serbian
// file (where "." groups thousands) is 1250, and 1.25 in an English one.

export type DecimalMark = '.' | ',';

/** Spaces and apostrophes that group thousands: space, NBSP, narrow NBSP, ' and ’. */
const GROUP_CHARS = /[ \u00a0\u202f'\u2019]/g;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function clean(text: string): string {
  return text
    .trim()
    .replace(/\s*%$/, '')
    .replace(/^\u2212/, '-');
}

/**
 * The file's decimal mark from its values: a comma that cannot be grouping (not followed by
 * exactly three digits, or after a dot) means ","; likewise for a dot; with no evidence, the
 * delimiter decides (";" and tab files come from comma-decimal locales).
 */
export function inferDecimalMark(values: Iterable<string>, delimiter: string): DecimalMark {
  for (const raw of values) {
    const v = clean(raw).replace(GROUP_CHARS, '');
    const comma = v.lastIndexOf(',');
    const dot = v.lastIndexOf('.');
    if (comma >= 0 && (comma > dot ? dot >= 0 || !/^\d{3}$/.test(v.slice(comma + 1)) : false)) return ',';
    if (dot >= 0 && (dot > comma ? comma >= 0 || !/^\d{3}$/.test(v.slice(dot + 1)) : false)) return '.';
  }
  return delimiter === ',' ? '.' : ',';
}

const GROUPED: Record<DecimalMark, RegExp> = {
  ',': /^([+-]?)(\d{1,3}(?:([ \u00a0\u202f'\u2019.])\d{3})(?:\3\d{3})*|\d+)(?:,(\d+))?$/,
  '.': /^([+-]?)(\d{1,3}(?:([ \u00a0\u202f'\u2019,])\d{3})(?:\3\d{3})*|\d+)(?:\.(\d+))?$/,
};

/** The number written, or NaN. Groups are threes of one separator ("1 25" is not a number). */
export function parseLocaleNumber(raw: string, decimal: DecimalMark): number {
  const text = clean(raw);
  if (decimal === '.' && PLAIN.test(text)) return Number(text);
  const m = GROUPED[decimal].exec(text);
  if (!m) return Number.NaN;
  const [, sign = '', whole = '', , fraction] = m;
  return Number(`${sign}${whole.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
}
