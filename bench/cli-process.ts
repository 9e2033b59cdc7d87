// The command line as a user runs it, whole process, beside its floors (issue 13):
// `campaign-desk --help` beside `node -e 0`, and `readiness --json` on the bench workspace
// beside bench/cli-floor.ts (a minimal CLI that opens, queries and prints). Wall time from
// spawn to exit; the four commands run in turn each round, ratios taken round by round.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { median } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface CliFigures {
  helpMs: number;
  nodeMs: number;
  /** Median of the rounds' --help ÷ node -e 0. */
  helpRatio: number;
  readinessMs: number;
  floorMs: number;
  /** Median of the rounds' readiness --json ÷ floor. */
  readinessRatio: number;
  /** Whether the CLI printed exactly what the floor printed (else the comparison is not valid). */
  agree: boolean;
}

/** Runs node with `args`; resolves with the wall time in ms and what it printed. */
function run(args: readonly string[]): Promise<{ ms: number; out: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, out: Buffer.concat(out).toString() });
      else reject(new Error(`node ${args.join(' ')} exited with ${code}: ${Buffer.concat(err).toString()}`));
    });
  });
}

/** `appRoot` is the checkout whose bin/campaign-desk.mjs is timed (built: npm run build). */
export async function measureCli(
  workspace: string,
  at: string,
  rounds: number,
  appRoot = ROOT,
): Promise<CliFigures> {
  const cli = path.join(appRoot, 'bin', 'campaign-desk.mjs');
  const commands = [
    [cli, '--help'],
    ['-e', '0'],
    [cli, 'readiness', '--json', '--at', at, '--workspace', workspace],
    [path.join(ROOT, 'bench', 'cli-floor.ts'), workspace, at],
  ];
  // Untimed first runs: Node's compile cache and the OS's file cache are warm for all.
  const first = [];
  for (const args of commands) first.push(await run(args));
  const agree = first[2]?.out === first[3]?.out;
  const timed: number[][] = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    // Reversed every other round, so neither side always runs right after the other.
    const order = round % 2 ? [3, 2, 1, 0] : [0, 1, 2, 3];
    for (const k of order) timed[k]?.push((await run(commands[k] as string[])).ms);
  }
  const [help = [], node = [], readiness = [], floor = []] = timed;
  const paired = (a: number[], b: number[]) => median(a.map((t, i) => t / (b[i] as number)));
  return {
    helpMs: median(help),
    nodeMs: median(node),
    helpRatio: paired(help, node),
    readinessMs: median(readiness),
    floorMs: median(floor),
    readinessRatio: paired(readiness, floor),
    agree,
  };
}
