// `campaign-desk serve --port 0` in its own process, as a user (or a load balancer's backend) runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI_BIN, REPO_ROOT } from './paths.ts';

export interface ServeProcess {
  port: number;
  child: ChildProcess;
  /** Stops the server (SIGTERM) and waits for the process to exit. */
  stop(): Promise<void>;
}

/** Starts `serve` on `workspace` (file or URL); resolves once it prints its URL. */
export function serveProcess(workspace: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', '--workspace', workspace], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      if (port) resolve({ port: Number(port), child, stop });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}
