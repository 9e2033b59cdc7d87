// Builds the command line's bundle once before the tests, so every test that spawns
// `campaign-desk` (tests/helpers/cli.ts, the browser harness) runs what users run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'pipe' });
}
