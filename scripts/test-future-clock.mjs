// `npm test` part: the unit, contract and integration tests again with the process clock moved
// more than a year ahead (libfaketime), so no test depends on today's date.
// Without faketime this fails: a check that cannot run must not pass silently.
import { spawnSync } from 'node:child_process';

const AHEAD = process.env.CAMPAIGN_DESK_FUTURE_OFFSET ?? '+400d';
const probe = spawnSync('faketime', ['-f', AHEAD, 'node', '-p', 'new Date().toISOString()'], {
  encoding: 'utf8',
});
if (probe.error || probe.status !== 0) {
  console.error(
    'The future-clock run needs libfaketime\'s "faketime" command (Debian: apt-get install faketime).',
  );
  process.exit(1);
}
const faked = Date.parse(probe.stdout.trim());
if (!(faked - Date.now() > 365 * 86_400_000)) {
  console.error(`faketime did not move the clock more than a year ahead (it said ${probe.stdout.trim()}).`);
  process.exit(1);
}
console.log(`Unit, contract and integration tests with the clock at ${probe.stdout.trim()}`);
const run = spawnSync(
  'faketime',
  [
    '-f',
    AHEAD,
    'npx',
    'vitest',
    'run',
    'tests/unit',
    'tests/contract',
    'tests/integration',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
