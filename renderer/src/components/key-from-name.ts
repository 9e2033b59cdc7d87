// Keys (department and person ids) are derived from the name the user types, so
// nobody has to invent one. Keys allow only ASCII, so Cyrillic is transliterated.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
};

/** A key from a name ("Customer Care" → "customer-care"), not one of `taken`. */
export function keyFromName(name: string, taken: readonly string[] = [], fallback = 'item'): string {
  const ascii = [
    ...name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, ''),
  ]
    .map((c) => CYRILLIC[c] ?? c)
    .join('');
  const base =
    ascii
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

/** Colours new departments start with: calm, readable on light and dark themes. */
const DEPARTMENT_COLORS = [
  '#1565c0',
  '#2e7d32',
  '#8e24aa',
  '#ef6c00',
  '#546e7a',
  '#c62828',
  '#00838f',
  '#6d4c41',
];
export const DEFAULT_DEPARTMENT_COLOR = '#1565c0';

/** The first palette colour no department uses yet, so departments tell apart on the calendar. */
export function nextDepartmentColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return DEPARTMENT_COLORS.find((c) => !taken.has(c)) ?? DEFAULT_DEPARTMENT_COLOR;
}
