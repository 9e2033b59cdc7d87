// Bundles the command line into ES modules, dist/cli/campaign-desk.mjs and its chunks, so a command
// starts without compiling TypeScript or resolving hundreds of modules (issue 13).
// bin/campaign-desk.mjs runs it while it is newer than every source it was built from
// (dist/cli/inputs.json), and the TypeScript sources otherwise.
//   node scripts/build-cli.mjs        (run by `npm install` through the prepare script)
import fs from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Node's built-ins taken by name (process.getBuiltinModule), not by ES import: importing one builds
// its whole namespace, whose lazy getters load modules nothing here uses — node:http's alone loads
// undici, http2, zlib and worker_threads; node:fs's, fs/promises and readline (docs/performance.md,
// `serve` memory, fourth pass). esbuild reads the module as CommonJS: named imports become property
// reads at their use, as they are on the built-in itself.
const builtinsByName = {
  name: 'builtins-by-name',
  setup(build) {
    build.onResolve({ filter: /^[a-z]/ }, (args) =>
      args.kind === 'import-statement' && isBuiltin(args.path)
        ? { path: args.path, namespace: 'builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = process.getBuiltinModule(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

export async function buildCli(outDir = path.join(root, 'dist', 'cli')) {
  const esbuild = await import('esbuild');
  const { latin1Source } = await import('./latin1-source.mjs');
  await fs.rm(outDir, { recursive: true, force: true });
  await fs.mkdir(outDir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'electron/cli/main.ts')],
    entryNames: 'campaign-desk',
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    // Each command's modules in their own chunks, loaded by its dynamic import() only:
    // `--help` reads a few kilobytes, and no command evaluates another's dependencies
    // (an ES bundle hoists every Node built-in import, e.g. node:http, to its top).
    splitting: true,
    // Chunks beside the entry, two levels under the root like their sources, so the
    // paths modules find through import.meta.url hold: ../../dist/renderer/ (serve)
    // and ./signage-company.json (the sample, copied below).
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // A native addon: loaded from node_modules at run time.
    external: ['better-sqlite3'],
    // Bundled CommonJS dependencies call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __cdRequire } from 'node:module';\nconst require = __cdRequire(import.meta.url);",
    },
    plugins: [builtinsByName],
    metafile: true,
    logLevel: 'warning',
  });
  // Chunks V8 can hold one byte a character (latin1-source.mjs).
  for (const file of Object.keys(result.metafile.outputs)) {
    if (!file.endsWith('.mjs')) continue;
    const text = await fs.readFile(path.resolve(root, file), 'utf8');
    const latin1 = latin1Source(text);
    if (latin1 !== text) await fs.writeFile(path.resolve(root, file), latin1);
  }
  // The sources the bundle was built from, for the launcher's staleness check.
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  inputs.push('package-lock.json');
  await fs.writeFile(path.join(outDir, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
  // The sample workspace beside the bundle, where its loader looks (import.meta.url).
  const sample = path.join(outDir, 'signage-company.json');
  await fs.rm(sample, { force: true });
  await fs.writeFile(sample, await fs.readFile(path.join(root, 'electron/sample/signage-company.json')));
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const out = await buildCli();
    console.log(`Command line bundled to ${path.relative(process.cwd(), out) || '.'}`);
  } catch (err) {
    // An install without dev dependencies has no esbuild: the command then runs from the sources.
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    console.warn('esbuild is not installed: campaign-desk will run from the TypeScript sources.');
  }
}
