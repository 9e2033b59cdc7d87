// `serve` caps V8's young generation and fixes glibc's mmap threshold (bin/campaign-desk.mjs,
// issue 13): the process replaces itself with the flag and the variable added, keeping its pid, so
// whoever started it (a test, systemd, the bench) still holds the server; what the operator gives wins.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServe, stopServe, type ServeProcess } from '../../helpers/serve.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let serve: ServeProcess | undefined;
afterEach(async () => {
  if (serve) await stopServe(serve);
  serve = undefined;
});

const commandLine = (pid: number) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
const environment = (pid: number) => fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');

async function started(env: Record<string, string> = {}): Promise<ServeProcess> {
  const file = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(file);
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    serve = await startServe(file);
  } finally {
    process.env = saved;
  }
  return serve;
}

describe('campaign-desk serve', () => {
  it('runs in the process it was started as, with its young generation capped', async () => {
    const { child, url } = await started();
    expect(commandLine(child.pid as number)).toContain('--max-semi-space-size=8');
    const res = await fetch(`${url}/api/departments.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(res.status).toBe(200);
  });

  it("keeps the operator's own semi-space size", async () => {
    const { child } = await started({ NODE_OPTIONS: '--max-semi-space-size=32' });
    expect(commandLine(child.pid as number)).not.toContain('--max-semi-space-size=8');
  });

  it("fixes glibc's mmap threshold, so large freed buffers go back to the system", async () => {
    const { child } = await started();
    expect(environment(child.pid as number)).toContain('MALLOC_MMAP_THRESHOLD_=32768');
  });

  it("keeps the operator's own mmap threshold", async () => {
    const { child } = await started({ MALLOC_MMAP_THRESHOLD_: '65536' });
    expect(environment(child.pid as number)).toContain('MALLOC_MMAP_THRESHOLD_=65536');
    expect(commandLine(child.pid as number)).toContain('--max-semi-space-size=8');
  });
});
