// Which module the `campaign-desk` command runs: the bundle (dist/cli, built by
// `npm install` / `npm run build:cli`) while no source it was built from has changed
// since, else the TypeScript sources, which Node 24 runs directly (slower to start).
import path from 'node:path';

// By name, not `import fs from 'node:fs'`: an ES import builds node:fs's namespace, whose
// `promises` getter loads fs/promises and readline, resident in every command (scripts/build-cli.mjs).
const fs = process.getBuiltinModule('node:fs');

/** The path of the module exporting `main` under the checkout or package at `root`. */
export function cliEntry(root) {
  const bundle = path.join(root, 'dist', 'cli', 'campaign-desk.mjs');
  const built = fs.statSync(bundle, { throwIfNoEntry: false });
  if (built && !newerSource(root, built.mtimeMs)) return bundle;
  return path.join(root, 'electron', 'cli', 'main.ts');
}

function newerSource(root, builtMs) {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  // A packaged copy ships without the sources: nothing there can be newer.
  return inputs.some(
    (file) => (fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) > builtMs,
  );
}
