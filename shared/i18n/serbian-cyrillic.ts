// Serbian in Cyrillic (sr-Cyrl) from the Serbian Latin strings: the two scripts map one to one
// (lj, nj and dž are single letters), so one set of translations serves both and they never
// drift apart. Placeholders, nesting, product names, acronyms, commands and file names stay Latin.

const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/** Words that are names or codes, not Serbian: written the same in either script. */
const KEEP = new Set(['Campaign', 'Desk', 'Excel', 'LibreOffice', 'iCalendar', 'MiB', 'FILE', 'GO', 'HOLD']);
const ACRONYM = /^(CSV|UTF|PDF|NUL|JSON|XLSX|ICS|URL|UTC|BOM|ID|HTTP|SQLite|PostgreSQL)$/;

function letter(text: string): string {
  const lower = text.toLowerCase();
  const cyr = DIGRAPHS[lower] ?? LETTERS[lower];
  if (cyr === undefined) return text;
  // "Lj" at the start of a capitalised word and "LJ" in capitals are both one capital letter.
  return text === lower ? cyr : cyr.toUpperCase();
}

function word(token: string): string {
  if (KEEP.has(token) || ACRONYM.test(token)) return token;
  // Codes, file names and foreign words: digits, a dot (".csv", "workspace.json"), or q/w/x/y.
  if (/[qwxy0-9_@.]/i.test(token)) return token;
  // "CSV-a", "e-pošta", "promenio/la": each part on its own.
  if (/[-/]/.test(token))
    return token
      .split(/([-/])/)
      .map((part) => (part === '-' || part === '/' ? part : word(part)))
      .join('');
  return token.replace(/dž|lj|nj|[a-zčćđšž]/gi, letter);
}

/** One Serbian Latin string in Cyrillic, leaving {{placeholders}}, $t(nesting),
 * <tags> and command lines as they are. */
export function toCyrillic(text: string): string {
  return text
    .split(
      /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>|campaign-desk[^“”"]*|npx [^“”"]*|--[\w-]+|https?:\/\/\S+|\s+)/,
    )
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/\.?[\p{L}\p{N}_@]+(?:[./-][\p{L}\p{N}_@]+)*/gu, word),
    )
    .join('');
}

/** Every string of a namespace bundle (nested objects) in Cyrillic; keys unchanged. */
export function cyrillicBundle<T>(bundle: T): T {
  if (typeof bundle === 'string') return toCyrillic(bundle) as T;
  if (bundle === null || typeof bundle !== 'object') return bundle;
  return Object.fromEntries(Object.entries(bundle).map(([k, v]) => [k, cyrillicBundle(v)])) as T;
}
