// `readiness --json` on its short path (issue 13): it loads the store and the readiness rules,
// not the API table, the translations or the other services, and what it does not answer
// itself (bad input) the general path still reports the usual way, changing nothing.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { sha256 } from '../../helpers/files.ts';
import { REPO_ROOT } from '../../helpers/paths.ts';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { useFixtureWorkspace } from '../../helpers/workspace.ts';

const copyFixture = useFixtureWorkspace();

/** A module hook that appends the path of every file module the process loads to $LOADED_LIST. */
const RECORDER = `import fs from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
module.registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) fs.appendFileSync(process.env.LOADED_LIST, fileURLToPath(url) + '\\n');
    return next(url, context);
  },
});
`;

/** The sources bundled into the CLI files a run loaded (esbuild marks each with a `// path` line). */
function sourcesLoaded(list: string): string[] {
  const cliDir = path.join(REPO_ROOT, 'dist', 'cli');
  const files = fs
    .readFileSync(list, 'utf8')
    .split('\n')
    .filter((f) => f.startsWith(cliDir));
  return files.flatMap((f) =>
    [...fs.readFileSync(f, 'utf8').matchAll(/^\/\/ (\S+\.(?:ts|js|json))$/gm)].map((m) => m[1] as string),
  );
}

describe.concurrent('readiness --json', () => {
  it('reports without loading the API table, the translations or the other services', async (context) => {
    const dir = tempDirFor(context);
    const workspace = path.join(dir, 'workspace.sqlite');
    copyFixture(workspace);
    const recorder = path.join(dir, 'recorder.mjs');
    fs.writeFileSync(recorder, RECORDER);
    const list = path.join(dir, 'loaded.txt');
    const args = ['readiness', '--json', '--at', '2026-11-26T09:00:00Z', '--workspace', workspace];
    const result = await runCli(args, {
      NODE_OPTIONS: `--import ${pathToFileURL(recorder).href}`,
      LOADED_LIST: list,
    });
    context.expect(result.code).toBe(0);
    context.expect(JSON.parse(result.stdout)).toMatchObject({ at: '2026-11-26T09:00:00.000Z' });
    const sources = sourcesLoaded(list);
    context.expect(sources).toContain('electron/services/readiness-service.ts');
    context.expect(sources).not.toContain('shared/api.ts');
    context.expect(sources).not.toContain('electron/api/dispatch.ts');
    context.expect(sources).not.toContain('electron/services/campaign-service.ts');
    context.expect(sources.filter((s) => s.includes('i18next'))).toEqual([]);
  });

  it('bad input on an existing workspace exits 2 with the usual message and leaves it unchanged', async (context) => {
    const workspace = path.join(tempDirFor(context), 'workspace.sqlite');
    copyFixture(workspace);
    const before = sha256(workspace);
    const at = await runCli(['readiness', '--json', '--at', '2026-11-27T09:00:00', '--workspace', workspace]);
    context.expect(at.code).toBe(2);
    context.expect(at.stdout).toBe('');
    context.expect(at.stderr).toContain('"2026-11-27T09:00:00" is not a date and time with a zone');
    const days = await runCli(['readiness', '--json', '--horizon-days', '4000', '--workspace', workspace]);
    context.expect(days.code).toBe(2);
    context.expect(days.stderr).toContain('horizonDays: must be at most 3650');
    context.expect(sha256(workspace)).toBe(before);
  });
});
