// The bench times what a user runs: the built UI and command line. `npm run bench` builds them
// first (a few seconds), so a fresh clone's `npm install && npm run bench` measures this checkout.
import { spawnSync } from 'node:child_process';
import { assertBuilt } from './browser.ts';

/** `npm run build` in `root` (its output on stderr); BENCH_NO_BUILD=1 uses the existing build. */
export function build(root: string): void {
  if (process.env.BENCH_NO_BUILD !== '1') {
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (result.status !== 0)
      throw new Error(
        `"npm run build" failed in ${root} (${result.error?.message ?? `exit ${result.status}`}): ` +
          'the bench times the built UI and command line.',
      );
  }
  assertBuilt(root);
}
