// Writes the bench's table, with the machine it ran on, into docs/performance.md between
// two markers, so the document always shows the last full run.
import fs from 'node:fs';
import os from 'node:os';
import * as prettier from 'prettier';
import { markdownTable, type Figure } from './table.ts';

const START = '<!-- npm run bench: start (generated, do not edit) -->';
const END = '<!-- npm run bench: end -->';

export interface Machine {
  node: string;
  cpu: string;
  loadBefore: number[];
  loadAfter: number[];
  date: Date;
  minutes: number;
}

export function machine(loadBefore: number[], started: number): Machine {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpu: `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}`,
    loadBefore,
    loadAfter: os.loadavg(),
    date: new Date(),
    minutes: (performance.now() - started) / 60_000,
  };
}

export function describeMachine(m: Machine): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  return (
    `Node ${m.node}, ${m.cpu}; load average (1 / 5 / 15 min) ${load(m.loadBefore)} before, ` +
    `${load(m.loadAfter)} after; ${m.date.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
    `${m.minutes.toFixed(1)} min`
  );
}

/** Replaces the generated section of `file` (added under the title when it has none), formatted as lint wants. */
export async function writeDoc(file: string, figures: readonly Figure[], m: Machine): Promise<void> {
  const section = [
    START,
    '',
    `Last \`npm run bench\`: ${describeMachine(m)}. Medians; ratios are app ÷ floor taken run by run ` +
      '(the two alternated), so a drift in the machine’s speed cancels out.',
    '',
    markdownTable(figures),
    '',
    END,
  ].join('\n');
  const text = fs.readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  let next: string;
  if (from >= 0 && to > from) next = text.slice(0, from) + section + text.slice(to + END.length);
  else {
    const title = text.indexOf('\n') + 1;
    next = `${text.slice(0, title)}\n${section}\n${text.slice(title)}`;
  }
  const options = await prettier.resolveConfig(file);
  fs.writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
}
