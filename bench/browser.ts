// `npm run bench:browser` (issue 13): the calendar in headless Chromium beside a bare
// FullCalendar 7 page showing the same events — load to calendar painted, and month
// switch (click → the next month's events painted) — on the 5,000-campaign workspace.
// Rounds alternate app and bare page, each in a fresh browser context; medians printed.
// Needs the built UI and CLI (npm run build) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServices } from '../electron/services/services.ts';
import { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import { generateDocument } from './generate.ts';
import { median } from './measure.ts';
import { formatTable, ms, type Figure } from './table.ts';
import { importInto, removeBenchDir } from './workspace.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// Another checkout's app (built there) to compare with, e.g. the commit before a change.
const APP_ROOT = path.resolve(process.env.BENCH_APP_ROOT ?? ROOT);
const NOW = '2026-06-15T12:00:00.000Z';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
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

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(APP_ROOT, 'dist/renderer/index.html')))
    throw new Error(`${APP_ROOT}/dist/renderer is missing: run "npm run build" first.`);
  log('Generating the 5,000-campaign workspace…');
  const { file: workspace } = await importInto(generateDocument());
  const events = await eventsOf(workspace);
  const bare = await startBarePage(events);
  const app = await startApp(workspace);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const targets: Target[] = [
      {
        name: 'app',
        url: `${app.url}/#/calendar`,
        next: 'button[aria-label="Next"]',
        prepare: (page) =>
          page.addInitScript((person) => localStorage.setItem('campaign-desk.person', person), PERSON),
      },
      { name: 'bare', url: bare.url, next: '[data-testid="next"]' },
    ];
    log('Calibrating: what each month shows once settled…');
    const settled = new Map<string, string[]>();
    for (const target of targets) settled.set(target.name, await calibrate(browser, target));
    const shown = (settled.get('app') as string[]).map((keys) => keys.split(',').length);
    log(`Events painted per month (app): ${shown.join(', ')}`);
    const times = new Map<string, Times>(targets.map((t) => [t.name, { load: [], switch: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      log(`Round ${round + 1} of ${ROUNDS}…`);
      for (const target of round % 2 ? [...targets].reverse() : targets) {
        const result = await measure(browser, target, settled.get(target.name) as string[]);
        const into = times.get(target.name) as Times;
        into.load.push(result.load);
        into.switch.push(...result.switches);
      }
    }
    const a = times.get('app') as Times;
    const b = times.get('bare') as Times;
    // Ratios pair by pair (the same round), so a drift in the machine's speed cancels out.
    const loadRatio = median(a.load.map((t, i) => t / (b.load[i] as number)));
    const switchRatio = median(a.switch.map((t, i) => t / (b.switch[i] as number)));
    const figures: Figure[] = [
      { name: 'load to calendar painted, app', measured: ms(median(a.load)) },
      { name: 'load to calendar painted, bare FullCalendar 7', measured: ms(median(b.load)) },
      {
        name: 'load, app ÷ bare (median of paired runs)',
        measured: `${loadRatio.toFixed(2)}×`,
        target: '≤ 1.3×',
        pass: loadRatio <= 1.3,
      },
      { name: `month switch, app (${SWITCHES} a round)`, measured: ms(median(a.switch)) },
      { name: 'month switch, bare FullCalendar 7', measured: ms(median(b.switch)) },
      {
        name: 'month switch, app ÷ bare (median of paired runs)',
        measured: `${switchRatio.toFixed(2)}×`,
        target: '≤ 1.5×',
        pass: switchRatio <= 1.5,
      },
    ];
    process.stdout.write(`\n${formatTable(figures)}\n`);
  } finally {
    await browser.close();
    await app.close();
    bare.close();
    removeBenchDir();
  }
}

/** The campaigns as the calendar shows them by default (cancelled ones hidden), as plain events. */
async function eventsOf(workspace: string): Promise<BareEvent[]> {
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

async function startBarePage(events: BareEvent[]): Promise<{ url: string; close: () => void }> {
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

async function startApp(workspace: string): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      path.join(APP_ROOT, 'bin/campaign-desk.mjs'),
      'serve',
      '--workspace',
      workspace,
      '--port',
      '0',
      '--clock',
      NOW,
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
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
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

await main();
