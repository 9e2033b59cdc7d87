// Electron main-process entry, bundled to dist/electron/main.cjs. The bundle sits
// beside preload.cjs and the sample workspace; the renderer is in dist/renderer.
import path from 'node:path';
import { app, dialog } from 'electron';
import { runApp } from './app.ts';

runApp({
  resourcesDir: __dirname,
  rendererIndex: path.join(__dirname, '..', 'renderer', 'index.html'),
  argv: process.argv,
}).catch((err: unknown) => {
  dialog.showErrorBox('Campaign Desk could not start', err instanceof Error ? err.message : String(err));
  app.quit();
});
