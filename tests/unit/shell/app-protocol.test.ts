// The packaged window loads app://campaign-desk/ instead of file://: the scheme is made
// privileged before ready, and its handler serves only files inside the renderer folder,
// each with the strict CSP.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appResponse } from '../../../electron/shell/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/csp.ts';
import * as fake from './fake-electron.ts';
import { startApp, tempDir, type Started } from './start-app.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let s: Started | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

function rendererFolder(): { root: string; dir: string } {
  const root = tempDir();
  const dir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<title>Campaign Desk</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'main.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'not for the page');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'assets', 'link.txt'));
  return { root, dir };
}

describe('app://campaign-desk', () => {
  it('serves the renderer files with the CSP and their type', async () => {
    const { root, dir } = rendererFolder();
    const index = await appResponse('app://campaign-desk/index.html', dir, CONTENT_SECURITY_POLICY);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toBe('<title>Campaign Desk</title>');
    const script = await appResponse('app://campaign-desk/assets/main.js?v=2', dir, CONTENT_SECURITY_POLICY);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await appResponse('app://campaign-desk/', dir, 'x')).status).toBe(200);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it.each([
    'app://campaign-desk/../secret.txt',
    'app://campaign-desk/%2e%2e/secret.txt',
    'app://campaign-desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://campaign-desk/..%5csecret.txt',
    'app://campaign-desk/assets/link.txt',
    'app://campaign-desk/assets',
    'app://campaign-desk/missing.js',
    'app://campaign-desk/index.html%00.js',
    'app://elsewhere/index.html',
  ])('refuses %s', async (url) => {
    const { root, dir } = rendererFolder();
    const res = await appResponse(url, dir, CONTENT_SECURITY_POLICY);
    expect(res.status).toBe(404);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers 400 to a malformed escape', async () => {
    const { root, dir } = rendererFolder();
    expect((await appResponse('app://campaign-desk/%E0%A4%A', dir, 'x')).status).toBe(400);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('the app registers the scheme before ready and its window loads from it', async () => {
    s = await startApp({
      before: () => {
        const dir = path.join(fake.app.getPath('appData'), 'dist', 'renderer');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'index.html'), '<title>Campaign Desk</title>');
      },
    });
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.protocol.registeredAfterReady).toBe(false);
    expect(s.window.loadedUrl).toBe('app://campaign-desk/index.html');
    const page = await fake.protocol.fetch(s.window.loadedUrl ?? '');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<title>Campaign Desk</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
