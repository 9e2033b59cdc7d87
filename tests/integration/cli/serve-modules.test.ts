// An idle `serve` holds only the parts of Node it uses (docs/performance.md, `serve` memory, fourth
// pass): the bundle takes Node's built-ins by name, since an ES import of node:http builds its whole
// namespace, whose getters load undici, http2 and zlib, and node:fs's loads fs/promises and readline.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe, stopServe } from '../../helpers/serve.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();

/** The built-in modules `serve` had loaded when it was stopped, after answering one call. */
async function modulesOfServe(): Promise<string[]> {
  const dir = tempDir();
  const file = path.join(dir, 'workspace.sqlite');
  copyFixture(file);
  const list = path.join(dir, 'modules.txt');
  const hook = path.join(dir, 'hook.mjs');
  fs.writeFileSync(
    hook,
    `process.once('SIGTERM', () => process.getBuiltinModule('node:fs')` +
      `.writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`,
  );
  const saved = { ...process.env };
  process.env.NODE_OPTIONS = `--import ${hook}`;
  let serve;
  try {
    serve = await startServe(file);
  } finally {
    process.env = saved;
  }
  try {
    const res = await fetch(`${serve.url}/api/departments.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(res.status).toBe(200);
  } finally {
    await stopServe(serve);
  }
  return fs.readFileSync(list, 'utf8').split('\n');
}

describe('campaign-desk serve', () => {
  it('answers over HTTP without loading fetch, HTTP/2, zlib, TLS or fs/promises', async () => {
    const modules = await modulesOfServe();
    expect(modules).toContain('NativeModule http');
    for (const unused of [
      'NativeModule internal/deps/undici/undici',
      'NativeModule http2',
      'NativeModule zlib',
      'NativeModule https',
      'NativeModule internal/fs/promises',
    ]) {
      expect(modules).not.toContain(unused);
    }
  });
});
