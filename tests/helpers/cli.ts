import { spawn } from 'node:child_process';
import path from 'node:path';
import { cliEntry } from '../../bin/cli-entry.mjs';
import { CLI_BIN, REPO_ROOT } from './paths.ts';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'campaign-desk.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `campaign-desk …` in a child process, as a user would: the bundled CLI (tests/global-setup.ts).
 * `stdin`, when given, is written to its standard input, which is then closed.
 */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<CliResult> {
  if (cliEntry(REPO_ROOT) !== BUNDLE)
    throw new Error(`the CLI bundle ${BUNDLE} is missing or older than its sources`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LANG: 'en', LC_ALL: 'en', ...env },
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    child.stdin?.end(stdin);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
