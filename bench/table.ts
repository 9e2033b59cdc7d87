// The bench's report: one row per figure, with its target and whether it was met.

export interface Figure {
  name: string;
  measured: string;
  target?: string;
  /** Undefined for figures printed for information only. */
  pass?: boolean;
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.measured,
    f.target ?? '—',
    f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL',
  ]);
  const header = ['figure', 'measured', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const rate = (rowsPerSec: number): string => `${Math.round(rowsPerSec).toLocaleString('en')} rows/s`;
