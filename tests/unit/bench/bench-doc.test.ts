// `npm run bench` writes its table into docs/performance.md: the generated section is replaced
// run after run, the hand-written notes around it are kept, and a missed target stands out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDoc, type Machine } from '../../../bench/doc.ts';
import { formatTable, type Figure } from '../../../bench/table.ts';

const machine: Machine = {
  node: 'v24.0.0',
  cpu: 'Test CPU × 2',
  loadBefore: [1, 2, 3],
  loadAfter: [1.5, 2, 3],
  date: new Date('2026-12-02T03:04:00Z'),
  minutes: 4.2,
};
const load: Figure = {
  measure: 'load to calendar painted',
  app: '800 ms',
  floor: 'bare page: 500 ms',
  ratio: '1.60×',
  target: '≤ 1.3×',
  pass: false,
};
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The cells of the Markdown table's row for `measure` (the table is aligned by Prettier). */
function row(text: string, measure: string): string[] | undefined {
  return text
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .find((cells) => cells[0] === measure);
}

function docFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-doc-'));
  dirs.push(dir);
  const file = path.join(dir, 'performance.md');
  fs.writeFileSync(file, text);
  return file;
}

describe('the bench report', () => {
  it('puts the table under the title once, then replaces only it, keeping the notes', async () => {
    const file = docFile('# Performance\n\nWhat changed and why.\n');
    await writeDoc(file, [load], machine);
    await writeDoc(file, [{ ...load, app: '600 ms', ratio: '1.20×', pass: true }], machine);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('# Performance\n')).toBe(true);
    expect(text).toContain('What changed and why.');
    expect(text.match(/npm run bench: start/g)).toHaveLength(1);
    expect(row(text, 'load to calendar painted')).toEqual([
      'load to calendar painted',
      '600 ms',
      'bare page: 500 ms',
      '1.20×',
      '≤ 1.3×',
      'pass',
    ]);
    expect(text).not.toContain('800 ms');
    expect(text).toContain('Node v24.0.0, Test CPU × 2');
    expect(text).toContain('1.00 / 2.00 / 3.00 before, 1.50 / 2.00 / 3.00 after; 2026-12-02 03:04 UTC');
  });

  it('marks a missed target in the document and in the printed table', async () => {
    const file = docFile('# Performance\n');
    await writeDoc(file, [load], machine);
    expect(row(fs.readFileSync(file, 'utf8'), 'load to calendar painted')?.slice(3)).toEqual([
      '1.60×',
      '≤ 1.3×',
      '**FAIL**',
    ]);
    const printed = formatTable([load]).split('\n');
    expect(printed[0]).toMatch(/^measure +app +floor +ratio +target +result$/);
    expect(printed[2]).toMatch(/1\.60× +≤ 1\.3× +FAIL$/);
  });
});
