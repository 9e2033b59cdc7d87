// Runs `campaign-desk` commands with a folder on a tiny tmpfs, or mounted read-only, in a
// private user+mount namespace (`unshare`). That is the honest way to get a full disk or a
// read-only folder here: the tests run as root, and root ignores file permissions, but not
// a read-only mount or a file system that has no space left. Nothing outside the namespace
// sees the mount; it vanishes with the commands. Without `unshare` the test fails (not skips).
import { spawnSync } from 'node:child_process';
import type { CliResult } from './cli.ts';
import { CLI_BIN, REPO_ROOT } from './paths.ts';

export interface TmpfsRun {
  results: CliResult[];
  /** What the folder holds after the last command. */
  files: string[];
}

const RUNNER = `
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
const { cli, folder, steps } = JSON.parse(process.env.TMPFS_RUN);
const results = steps.map((args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en', LC_ALL: 'en' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
});
console.log(JSON.stringify({ results, files: fs.readdirSync(folder).sort() }));
`;

/**
 * Mounts a tmpfs of `sizeKiB` on `folder` (an existing, empty folder), copies `copy`
 * (absolute source → name in the folder) onto it, remounts it read-only if asked, then runs
 * each step's arguments through the CLI in order.
 */
export function runCliOnTmpfs(options: {
  folder: string;
  sizeKiB: number;
  copy?: Record<string, string>;
  readOnly?: boolean;
  steps: string[][];
}): TmpfsRun {
  const q = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  const script = [
    `mount -t tmpfs -o size=${options.sizeKiB}k tmpfs ${q(options.folder)}`,
    ...Object.entries(options.copy ?? {}).map(
      ([from, name]) => `cp ${q(from)} ${q(`${options.folder}/${name}`)}`,
    ),
    ...(options.readOnly ? [`mount -o remount,ro ${q(options.folder)}`] : []),
    `exec ${q(process.execPath)} --input-type=module -e ${q(RUNNER)}`,
  ].join(' && ');
  const run = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      TMPFS_RUN: JSON.stringify({ cli: CLI_BIN, folder: options.folder, steps: options.steps }),
    },
    timeout: 120_000,
  });
  if (run.status !== 0) {
    throw new Error(
      `could not run the CLI on a tmpfs (needs "unshare --user --mount"): ${run.error?.message ?? ''} ${run.stderr}`,
    );
  }
  return JSON.parse(run.stdout) as TmpfsRun;
}
