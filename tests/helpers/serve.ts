import { spawn, type ChildProcess } from 'node:child_process';
import { CLI_BIN, REPO_ROOT } from './paths.ts';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit signal or code once the process has ended. */
  exited: Promise<NodeJS.Signals | number | null>;
}

/**
 * `campaign-desk serve --port 0` on a workspace, as a separate process; resolves once it listens.
 * `compileCache`, a folder shared by the starts of one test, makes restarts several times faster.
 */
export function startServe(
  workspace: string,
  options: { clock?: string; compileCache?: string; args?: string[] } = {},
): Promise<ServeProcess> {
  const clock = options.clock ?? '2026-11-22T10:00:00Z';
  // `args` (e.g. --team --listen 127.0.0.1:0) replace the default --port 0.
  const where = options.args ?? ['--port', '0'];
  const child = spawn(
    process.execPath,
    [CLI_BIN, 'serve', '--workspace', workspace, ...where, '--clock', clock],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        LANG: 'en',
        LC_ALL: 'en',
        ...(options.compileCache ? { NODE_COMPILE_CACHE: options.compileCache } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /on (https?:\/\/[^\s]+:\d+) /.exec(out)?.[1];
      if (url) resolve({ child, url, exited });
    });
    void exited.then((how) =>
      reject(new Error(`campaign-desk serve ended (${String(how)}) before listening: ${err}`)),
    );
  });
}

/** Stops a started `serve` (SIGTERM) and waits until the process has ended. */
export async function stopServe(serve: ServeProcess): Promise<void> {
  if (serve.child.exitCode === null && serve.child.signalCode === null) serve.child.kill('SIGTERM');
  await serve.exited;
}
