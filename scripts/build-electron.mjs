// Bundles the Electron main process, the preload and the workspace host (the utility
// process that owns SQLite and the services) to CommonJS in dist/electron/, beside the
// sample workspace the app offers on first start. Without source maps
// (what gets packaged: the shipped app carries no maps of its sources); `npm start`
// asks for them.
//   node scripts/build-electron.mjs [--out DIR] [--sourcemap]
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const BUNDLES = ['main.cjs', 'preload.cjs', 'workspace-host.cjs'];

export async function buildElectron(
  outDir = path.join(root, 'dist', 'electron'),
  { sourcemap = false } = {},
) {
  await fs.mkdir(outDir, { recursive: true });
  // Maps a development build left behind must not ride along into a package.
  for (const bundle of BUNDLES) await fs.rm(path.join(outDir, `${bundle}.map`), { force: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    // Electron is provided by the runtime; better-sqlite3 loads a native binary from node_modules.
    external: ['electron', 'better-sqlite3'],
    sourcemap: sourcemap ? 'linked' : false,
    logLevel: 'warning',
    // import.meta.url is empty in CJS: fail the build if reachable code uses it,
    // except the services' default sample loader, which the workspace host bypasses (it passes sampleDocument).
    logOverride: { 'empty-import-meta': 'silent' },
  };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/shell/main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/shell/preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'electron/workspace-host/utility-main.ts')],
    outfile: path.join(outDir, 'workspace-host.cjs'),
  });
  await checkImportMeta(path.join(outDir, 'main.cjs'), []);
  await checkImportMeta(path.join(outDir, 'preload.cjs'), []);
  // The host passes the services its own sample loader, bypassing the import.meta one.
  await checkImportMeta(path.join(outDir, 'workspace-host.cjs'), ['electron/sample/sample-workspace.ts']);
  // Rewritten, not copied: the source may be read-only and a rebuild must overwrite it.
  const sample = path.join(outDir, 'signage-company.json');
  await fs.rm(sample, { force: true });
  await fs.writeFile(sample, await fs.readFile(path.join(root, 'electron/sample/signage-company.json')));
  return outDir;
}

/**
 * Refuses a bundle in which a module other than the known, bypassed ones uses
 * import.meta (esbuild replaces it with an empty object in CommonJS).
 */
async function checkImportMeta(bundle, allowed) {
  const offenders = new Set();
  let module = '';
  for (const line of (await fs.readFile(bundle, 'utf8')).split('\n')) {
    const header = /^\/\/ (\S+\.[cm]?[jt]sx?)$/.exec(line);
    if (header) module = header[1];
    else if (/\bimport_meta\d* = \{\}/.test(line) && !allowed.includes(module)) offenders.add(module);
  }
  if (offenders.size > 0) {
    throw new Error(
      `${path.basename(bundle)}: import.meta is empty in CommonJS, used by ${[...offenders].join(', ')}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, sourcemap: { type: 'boolean', default: false } },
  });
  const out = await buildElectron(values.out ? path.resolve(values.out) : undefined, {
    sourcemap: values.sourcemap,
  });
  console.log(
    `Electron main, preload and workspace host bundled to ${path.relative(process.cwd(), out) || '.'}`,
  );
}
