// Browser end-to-end harness: `campaign-desk serve` on a temp workspace, driven by
// Debian's Chromium through playwright-core. A missing browser fails the test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

export interface RunningApp {
  url: string;
  workspace: string;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}: install Debian's chromium or set CHROMIUM_PATH.`);
  }
  return candidate;
}

export function cli(args: string[], input?: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/campaign-desk.mjs'), ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `campaign-desk serve` on a new temp workspace; `sample` loads the signage company first. */
/**
 * "Now" for the browser tests, on the server (`serve --clock`) and in the page alike: the sample
 * workspace's story (Black Friday on 27 Nov 2026) reads the same whatever day the tests run.
 */
export const E2E_NOW = '2026-11-22T12:00:00Z';

/** How far the served app's clock is from the real one (set when it starts). */
let serverClockOffsetMs = 0;

export async function startApp(
  options: {
    sample?: boolean;
    /** A workspace file to serve a copy of (e.g. the bench's 5,000 campaigns). */
    from?: string;
    clock?: string;
    team?: boolean;
    passwords?: Record<string, string>;
  } = {},
): Promise<RunningApp> {
  if (!fs.existsSync(path.join(ROOT, 'dist/renderer/index.html'))) {
    throw new Error('The UI is not built: run "npm run build:renderer" (npm test does it first).');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-e2e-'));
  const workspace = path.join(dir, 'workspace.sqlite');
  if (options.from) fs.copyFileSync(options.from, workspace);
  if (options.sample) {
    const r = cli([
      'import',
      path.join(ROOT, 'tests/fixtures/signage-company.json'),
      '--workspace',
      workspace,
    ]);
    if (r.status !== 0) throw new Error(`sample import failed: ${r.stderr}`);
  }
  for (const [person, password] of Object.entries(options.passwords ?? {})) {
    const r = cli(['people', 'password', person, '--workspace', workspace], `${password}\n`);
    if (r.status !== 0) throw new Error(`setting ${person}'s password failed: ${r.stderr}`);
  }
  serverClockOffsetMs = Date.parse(options.clock ?? E2E_NOW) - Date.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin/campaign-desk.mjs'),
      'serve',
      '--workspace',
      workspace,
      // Team mode (sign-in) on loopback; embedded mode otherwise.
      ...(options.team ? ['--team', '--listen', '127.0.0.1:0'] : ['--port', '0']),
      '--clock',
      options.clock ?? E2E_NOW,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return {
    url,
    workspace,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page at 1366×768 (UX.md: nothing important below the fold there), failing on any page error. */
interface PageOptions {
  locale?: string;
  timezoneId?: string;
  initScript?: string;
  bypassCSP?: boolean;
}

/** A page in its own context, on the tests' clock, that has not been anywhere yet. */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    // Only for injecting test tools (axe-core); the app's own CSP is tested elsewhere.
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: 1366, height: 768 },
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId ?? 'UTC',
  });
  // The page runs a moment ahead of the server, so whatever the server just wrote is already "now" here.
  await context.clock.setSystemTime(new Date(Date.now() + serverClockOffsetMs + 1000));
  // Runs before the app's own scripts, e.g. to stand in for the desktop shell's bridge.
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  return page;
}

export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<Page> {
  const page = await newPage(browser, options);
  await page.goto(url);
  return page;
}

/** Picks the acting person in the "Who are you?" picker or the top-bar switcher. */
export async function actAs(page: Page, personKey: string): Promise<void> {
  // The frame is up once the top bar's person button is; then the picker is either on the page
  // (nobody chosen yet) or one click away in the switcher dialog.
  await page.getByTestId('acting-person').waitFor();
  const picker = page.getByTestId(`person-${personKey}`).first();
  if (!(await picker.isVisible())) await page.getByTestId('acting-person').click();
  await picker.click();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
