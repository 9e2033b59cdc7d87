// `npm start`: builds the renderer (Vite) and the Electron bundles, then opens the
// desktop app with the electron package's binary. Extra arguments are passed on,
// e.g. `npm start -- --dev-url=http://localhost:5173` to use a running Vite dev server.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  try {
    // The electron package resolves (and on first use downloads) its binary.
    return require('electron');
  } catch (err) {
    console.error(
      [
        'Campaign Desk could not start: the Electron binary is not installed and could not be downloaded.',
        `(${err instanceof Error ? err.message : String(err)})`,
        '',
        'Connect to the internet and run "npm start" again (Electron is downloaded once, ~100 MB),',
        'or set ELECTRON_MIRROR / ELECTRON_OVERRIDE_DIST_PATH to a local Electron 45.',
        'Without Electron the app still runs in a browser: npx campaign-desk serve',
      ].join('\n'),
    );
    process.exit(1);
  }
}

const viteCli = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

if (!args.some((a) => a.startsWith('--dev-url'))) {
  const vite = spawnSync(process.execPath, [viteCli, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
// Source maps for development only; `npm run build` (what is packaged) has none.
await buildElectron(undefined, { sourcemap: true });

const child = spawn(electronBinary(), [root, ...args], { cwd: root, stdio: 'inherit' });
child.on('error', (err) => {
  console.error(`Campaign Desk could not start Electron: ${err.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
