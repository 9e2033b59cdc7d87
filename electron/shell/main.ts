// Electron main-process entry, bundled to dist/electron/main.cjs. The bundle sits
// beside preload.cjs and the sample workspace; the renderer is in dist/renderer.
import path from 'node:path';
import { app, dialog } from 'electron';
import { shellResources } from '../../shared/i18n/shell.ts';
import { runApp } from './app.ts';
import { shellText } from './i18n.ts';

runApp({
  resourcesDir: __dirname,
  rendererDir: path.join(__dirname, '..', 'renderer'),
  argv: process.argv,
}).catch(async (err: unknown) => {
  // Should the i18n layer itself be what failed, its English words still say what happened.
  const title = await shellText(app.getLocale()).then(
    ({ t }) => t('errors.couldNotStart'),
    () => shellResources.shell.en.errors.couldNotStart,
  );
  dialog.showErrorBox(title, err instanceof Error ? err.message : String(err));
  app.quit();
});
