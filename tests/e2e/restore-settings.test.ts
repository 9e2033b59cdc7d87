// Restore from Settings in the desktop app: the page sees the shell's bridge (here a stand-in
// that sends API calls over HTTP and records restore requests), lists the recent backups for
// an admin and words a refused restore in the person's language. Members see no restore.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { actAs, launchBrowser, openPage, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The desktop bridge as the preload exposes it, with the shell's side played by this script. */
const FAKE_BRIDGE = `
window.restoreRequests = [];
window.confirm = () => true;
window.campaignDesk = {
  async call(method, input, person) {
    const res = await fetch('/api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(person ? { 'x-campaign-desk-person': person } : {}) },
      body: JSON.stringify({ input }),
    });
    const body = await res.json();
    return 'error' in body ? { ok: false, error: body.error } : { ok: true, result: body.result };
  },
  onChange: () => () => {},
  onCommand: () => () => {},
  setActingPerson: async () => {},
  openExternal: async () => false,
  printToPdf: async () => false,
  listBackups: async () => [
    { path: '/data/workspace.sqlite.auto-2026-11-22T08-00-00-000Z.sqlite', kind: 'auto', at: '2026-11-22T08:00:00.000Z', bytes: 131072 },
    { path: '/data/workspace.sqlite.backup-2026-11-20T16-30-00-000Z.sqlite', kind: 'backup', at: '2026-11-20T16:30:00.000Z', bytes: 131072 },
  ],
  async restoreBackup(path) {
    window.restoreRequests.push(path);
    return { ok: false, reason: 'newer', message: 'newer' };
  },
  platform: { os: 'linux', electron: '45.4.1' },
};
`;

test('an admin sees recent backups and a refused restore says why; a member sees no restore', async () => {
  const page = await openPage(browser, app.url, { initScript: FAKE_BRIDGE });
  await actAs(page, 'admin');
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('restore-panel');
  await panel.waitFor();
  await expect(panel.textContent()).resolves.toMatch(/22 Nov 2026.*daily.*20 Nov 2026.*made by hand/);

  await panel.getByRole('button', { name: 'Restore', exact: true }).first().click();
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(/made by a newer Campaign Desk/);
  await page.getByTestId('restore-pick').click();
  await expect(
    page.evaluate(() => (window as unknown as { restoreRequests: unknown[] }).restoreRequests),
  ).resolves.toEqual(['/data/workspace.sqlite.auto-2026-11-22T08-00-00-000Z.sqlite', null]);

  await actAs(page, 'maria');
  await page.getByTestId('nav-settings').click();
  await page.getByRole('heading', { name: 'Workspace' }).waitFor();
  await expect(page.getByTestId('restore-panel').count()).resolves.toBe(0);
});
