// `npm run bench:browser` (issue 13): the calendar in headless Chromium beside a bare
// FullCalendar 7 page showing the same events — load to calendar painted, and month
// switch (click → the next month's events painted) — on the 5,000-campaign workspace.
// Rounds alternate app and bare page, each in a fresh browser context; medians printed.
// `node bench/browser.ts [APP_ROOT…]` compares several checkouts' apps in the same rounds
// (or BENCH_APP_ROOT: one); BENCH_ROUNDS sets the rounds. `npm run bench` uses the functions.
// Needs the built UI and CLI (npm run build) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServices } from '../electron/services/services.ts';
import { SECURITY_HEADERS } from '../electron/transports/security-headers.ts';
import { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import { generateDocument } from './generate.ts';
import { median } from './measure.ts';
import { formatTable, ms, times, type Figure } from './table.ts';
import { importInto, removeBenchDir } from './workspace.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const NOW = '2026-06-15T12:00:00.000Z';
const SWITCHES = 4;
const PERSON = 'marketing-1';
/** The events painted, as a comparable string (runs in the page: self-contained). */
const eventKeys = () =>
  [...document.querySelectorAll('[data-testid^="event-"]')]
    .map((e) => e.getAttribute('data-testid'))
    .sort()
    .join(',');

const log = (text: string) => process.stderr.write(`${text}\n`);

interface Target {
  name: string;
  url: string;
  next: string;
  prepare?: (page: Page) => Promise<unknown>;
}

interface Times {
  load: number[];
  switch: number[];
}

interface BareEvent {
  id: string;
  title: string;
  start: string;
  end: string;
}

/** One app's figures beside the bare page's, from the same rounds. */
export interface CalendarBrowserFigures {
  loadMs: number;
  bareLoadMs: number;
  /** Median of the rounds' app ÷ bare. */
  loadRatio: number;
  switchMs: number;
  bareSwitchMs: number;
  switchRatio: number;
  switches: number;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Fails with what to do when a checkout has no built UI or CLI. */
export function assertBuilt(appRoot: string): void {
  for (const file of ['dist/renderer/index.html', 'dist/cli/campaign-desk.mjs'])
    if (!fs.existsSync(path.join(appRoot, file)))
      throw new Error(`${path.join(appRoot, file)} is missing: run "npm run build" in ${appRoot} first.`);
}

/**
 * Load to calendar painted and month switches of each app (a URL serving the workspace at NOW)
 * beside the bare FullCalendar page with the same events. Every round opens each page once,
 * in a fresh browser context, in turn (reversed every other round); ratios are taken round by round.
 */
export async function measureCalendarBrowser(
  browser: Browser,
  workspace: string,
  appUrls: readonly string[],
  rounds: number,
): Promise<CalendarBrowserFigures[]> {
  const bare = await startBarePage(await eventsOf(workspace));
  try {
    const targets: Target[] = [
      ...appUrls.map((url, i) => ({
        name: `app${i}`,
        url: `${url}/#/calendar`,
        next: 'button[aria-label="Next"]',
        prepare: (page: Page) =>
          page.addInitScript((person) => localStorage.setItem('campaign-desk.person', person), PERSON),
      })),
      { name: 'bare', url: bare.url, next: '[data-testid="next"]' },
    ];
    log('Calibrating: what each month shows once settled…');
    const settled = new Map<string, string[]>();
    for (const target of targets) settled.set(target.name, await calibrate(browser, target));
    const shown = (settled.get('app0') as string[]).map((keys) => keys.split(',').length);
    log(`Events painted per month (app): ${shown.join(', ')}`);
    for (const target of targets.slice(1, -1))
      if ((settled.get(target.name) as string[]).join() !== (settled.get('app0') as string[]).join())
        throw new Error(`${target.url} paints other events than ${appUrls[0]}: the comparison is not valid.`);
    const taken = new Map<string, Times>(targets.map((t) => [t.name, { load: [], switch: [] }]));
    for (let round = 0; round < rounds; round++) {
      log(`Browser round ${round + 1} of ${rounds}…`);
      for (const target of round % 2 ? [...targets].reverse() : targets) {
        const result = await measure(browser, target, settled.get(target.name) as string[]);
        const into = taken.get(target.name) as Times;
        into.load.push(result.load);
        into.switch.push(...result.switches);
      }
    }
    const b = taken.get('bare') as Times;
    return appUrls.map((_, k) => {
      const a = taken.get(`app${k}`) as Times;
      const round = (t: number, i: number) => (t / (b.load[i] as number)).toFixed(2);
      log(`${appUrls[k]}: load ÷ bare by round ${a.load.map(round).join(' ')}`);
      // Ratios pair by pair (the same round), so a drift in the machine's speed cancels out.
      return {
        loadMs: median(a.load),
        bareLoadMs: median(b.load),
        loadRatio: median(a.load.map((t, i) => t / (b.load[i] as number))),
        switchMs: median(a.switch),
        bareSwitchMs: median(b.switch),
        switchRatio: median(a.switch.map((t, i) => t / (b.switch[i] as number))),
        switches: SWITCHES,
      };
    });
  } finally {
    bare.close();
  }
}

/** `node bench/browser.ts [APP_ROOT…]`: each checkout's app (built there) alternated with the bare page. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // Other checkouts' apps to compare with, e.g. the commit before a change (BENCH_APP_ROOT: one).
  const roots = (args.length > 0 ? args : [process.env.BENCH_APP_ROOT ?? ROOT]).map((r) => path.resolve(r));
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  for (const root of roots) assertBuilt(root);
  log('Generating the 5,000-campaign workspace…');
  const { file: workspace } = await importInto(generateDocument());
  const apps = await Promise.all(roots.map((appRoot) => startApp(workspace, { appRoot, clock: NOW })));
  const browser = await launchChromium();
  try {
    const results = await measureCalendarBrowser(
      browser,
      workspace,
      apps.map((a) => a.url),
      rounds,
    );
    for (const [k, r] of results.entries()) {
      const figures: Figure[] = [
        {
          measure: 'load to calendar painted',
          app: ms(r.loadMs),
          floor: `bare FullCalendar 7: ${ms(r.bareLoadMs)}`,
          ratio: times(r.loadRatio),
          target: '≤ 1.3×',
          pass: r.loadRatio <= 1.3,
        },
        {
          measure: `month switch (${r.switches} a round)`,
          app: ms(r.switchMs),
          floor: `bare FullCalendar 7: ${ms(r.bareSwitchMs)}`,
          ratio: times(r.switchRatio),
          target: '≤ 1.5×',
          pass: r.switchRatio <= 1.5,
        },
      ];
      process.stdout.write(`\n${roots[k]}\n${formatTable(figures)}\n`);
    }
  } finally {
    await browser.close();
    for (const app of apps) await app.close();
    removeBenchDir();
  }
}

/** The campaigns as the calendar shows them by default (cancelled ones hidden), as plain events. */
export async function eventsOf(workspace: string): Promise<BareEvent[]> {
  const store = SqliteStore.open(workspace);
  try {
    const items = await createServices(store, { now: () => new Date(NOW) }).campaigns.list({
      from: '2024-01-01T00:00:00.000Z',
      to: '2029-01-01T00:00:00.000Z',
    });
    return items
      .filter((i) => i.status !== 'cancelled')
      .map((i) => ({ id: i.key, title: i.title, start: i.start, end: i.end }));
  } finally {
    await store.close();
  }
}

export async function startBarePage(events: BareEvent[]): Promise<{ url: string; close: () => void }> {
  const built = await esbuild.build({
    entryPoints: [path.join(ROOT, 'bench/browser/bare-page.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: 'out',
    write: false,
    logLevel: 'warning',
  });
  const asset = (ext: string) =>
    built.outputFiles.find((f) => f.path.endsWith(ext))?.contents ?? new Uint8Array();
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>bare</title>' +
    '<link rel="stylesheet" href="/bare.css"><script type="module" src="/bare.js"></script></head>' +
    '<body style="margin:0"><div id="root"></div></body></html>';
  const server = http.createServer((req, res) => {
    // The app's response headers too: its process isolation (COOP) makes Chromium start a page in a
    // new renderer process (~40–80 ms here), a cost of the header the floor must pay as well.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/bare.js')
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(asset('.js'));
    else if (url.pathname === '/bare.css')
      res.writeHead(200, { 'content-type': 'text/css' }).end(asset('.css'));
    else if (url.pathname === '/events') {
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      const body = JSON.stringify(events.filter((e) => e.start <= to && e.end >= from));
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** `campaign-desk serve` of the checkout `appRoot` on the workspace, its clock at `clock`. */
export async function startApp(
  workspace: string,
  { appRoot = ROOT, clock }: { appRoot?: string; clock: string },
): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      path.join(appRoot, 'bin/campaign-desk.mjs'),
      'serve',
      '--workspace',
      workspace,
      '--port',
      '0',
      '--clock',
      clock,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve (${appRoot}) exited with ${code}: ${err.trim()}`)));
  });
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function open(browser: Browser, target: Target): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await context.clock.setSystemTime(new Date(NOW));
  const page = await context.newPage();
  await target.prepare?.(page);
  return page;
}

/** The event keys painted for the first month and each next one, once nothing changes any more. */
async function calibrate(browser: Browser, target: Target): Promise<string[]> {
  const page = await open(browser, target);
  await page.goto(target.url);
  const months: string[] = [];
  for (let i = 0; i <= SWITCHES; i++) {
    if (i > 0) await page.click(target.next);
    let keys = '';
    for (let same = 0; same < 3;) {
      await page.waitForTimeout(400);
      const now = (await page.evaluate(eventKeys)) as string;
      same = now === keys && now !== '' ? same + 1 : 0;
      keys = now;
    }
    months.push(keys);
  }
  await page.context().close();
  return months;
}

/** Milliseconds from navigation to the first month painted, and from each click to the next month painted. */
async function measure(
  browser: Browser,
  target: Target,
  months: string[],
): Promise<{ load: number; switches: number[] }> {
  const page = await open(browser, target);
  const painted = (keys: string) =>
    page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid^="event-"]')]
          .map((e) => e.getAttribute('data-testid'))
          .sort()
          .join(',') === expected,
      keys,
      { polling: 'raf', timeout: 30_000 },
    );
  const start = performance.now();
  await page.goto(target.url, { waitUntil: 'commit' });
  await painted(months[0] as string);
  const load = performance.now() - start;
  const switches: number[] = [];
  for (let i = 1; i <= SWITCHES; i++) {
    const clicked = performance.now();
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), target.next);
    await painted(months[i] as string);
    switches.push(performance.now() - clicked);
  }
  await page.context().close();
  return { load, switches };
}

if (import.meta.main) await main();
