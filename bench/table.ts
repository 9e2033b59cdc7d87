// The bench's report: one row per measure — the app's figure beside its floor, their ratio,
// the target and whether it was met — printed as text and written as Markdown.

export interface Figure {
  /** What is measured. */
  measure: string;
  /** The app's figure. */
  app: string;
  /** The floor or peer it is compared with, named: "range seek: 0.31 ms". */
  floor?: string;
  /** App ÷ floor, as printed ("1.42×"). */
  ratio?: string;
  target?: string;
  /** Undefined for figures printed for information only. */
  pass?: boolean;
}

const HEADER = ['measure', 'app', 'floor', 'ratio', 'target', 'result'];

function cells(f: Figure): string[] {
  return [
    f.measure,
    f.app,
    f.floor ?? '—',
    f.ratio ?? '—',
    f.target ?? '—',
    f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL',
  ];
}

/** The table as text; the floor and ratio columns only when some row has them. */
export function formatTable(figures: readonly Figure[]): string {
  const compared = figures.some((f) => f.floor !== undefined || f.ratio !== undefined);
  const shown = HEADER.map((_, i) => i).filter((i) => compared || (i !== 2 && i !== 3));
  const pick = (row: readonly string[]) => shown.map((i) => row[i] as string);
  const header = pick(HEADER);
  const rows = figures.map((f) => pick(cells(f)));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  // Figures (app, ratio) right-aligned, words left-aligned.
  const right = new Set(['app', 'ratio']);
  const line = (row: readonly string[]) =>
    row
      .map((c, i) =>
        right.has(header[i] as string) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(figures: readonly Figure[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const line = (row: readonly string[]) => `| ${row.map(escape).join(' | ')} |`;
  const rows = figures.map((f) => {
    const row = cells(f);
    row[5] = f.pass === false ? '**FAIL**' : (row[5] as string);
    return line(row);
  });
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows].join('\n');
}

export const ms = (value: number): string =>
  `${value < 10 ? value.toFixed(2) : value < 1000 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
export const rate = (rowsPerSec: number): string => `${Math.round(rowsPerSec).toLocaleString('en')} rows/s`;
export const times = (ratio: number): string => `${ratio.toFixed(2)}×`;
