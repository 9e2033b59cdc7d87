// A read-only workspace in the browser: the app opens it, says up front that it cannot be
// changed, and a change answers the read-only reason instead of "Something went wrong".
// The workspace sits on a read-only mount in a private namespace (tests run as root, and
// root ignores file permissions); the server keeps the host's network, so Chromium reaches it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { CLI_BIN, fixturePath } from '../helpers/paths.ts';
import { actAs, cli, E2E_NOW, launchBrowser, openPage } from './harness.ts';

let dir: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-e2e-ro-'));
  const template = path.join(dir, 'template.sqlite');
  const imported = cli(['import', fixturePath('signage-company.json'), '--workspace', template]);
  if (imported.status !== 0) throw new Error(imported.stderr);
  const folder = path.join(dir, 'read-only');
  fs.mkdirSync(folder);
  const script = [
    `mount -t tmpfs -o size=2m tmpfs '${folder}'`,
    `cp '${template}' '${folder}/workspace.sqlite'`,
    `mount -o remount,ro '${folder}'`,
    `exec '${process.execPath}' '${CLI_BIN}' serve --port 0 --clock ${E2E_NOW} --workspace '${folder}/workspace.sqlite'`,
  ].join(' && ');
  server = spawn('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    server.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`serve on a read-only mount exited with ${code}: ${err}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a read-only workspace opens with a banner, and a change says it is read-only', async () => {
  const page = await openPage(browser, url);
  await actAs(page, 'admin');
  await expect(page.getByTestId('read-only').textContent()).resolves.toMatch(
    /read-only: you can read and export it, but changes cannot be saved/,
  );
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('add-department').click();
  await page.getByTestId('department-name').fill('Legal');
  await page.getByTestId('department-save').click();
  await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/is read-only/);
});
