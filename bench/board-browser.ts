// `node bench/board-browser.ts [UI_DIR…]` (issue 10): opens the readiness board of the
// 5,000-campaign workspace in headless Chromium against the HTTP transport and prints, as
// medians, the API requests the board made, the time to its first campaign row and to the
// complete board, beside the time of the board's read-model call alone. Each UI_DIR is a built
// renderer (default dist/renderer), so a build from before a change can be compared with one after.
// BOARD_AT sets the board's instant, BOARD_HORIZON_DAYS the horizon, BOARD_SCREENSHOTS a folder
// for a screenshot of each build's board.
import path from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { startHttpServer } from '../electron/transports/http-server.ts';
import { SYSTEM_CLI } from '../electron/services/context.ts';
import { createServices } from '../electron/services/services.ts';
import { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import { generateDocument } from './generate.ts';
import { median } from './measure.ts';
import { importInto, removeBenchDir } from './workspace.ts';

const RUNS = 5;
/** The board "now": the day the issue was measured (2026-12-01), or BOARD_AT. */
const AT = process.env.BOARD_AT ?? '2026-12-01T09:00:00.000Z';
/** A folder for a screenshot of each UI's board at the last run, when set. */
const SCREENSHOTS = process.env.BOARD_SCREENSHOTS;
const log = (text: string) => process.stderr.write(`${text}\n`);

export interface BoardRun {
  requests: number;
  firstRowMs: number;
  completeMs: number;
  rows: number;
  /** From a click on "at risk" in the summary line to the next painted frame; -1 without a summary line. */
  filterMs: number;
  /** When the last API answer the board waited for had arrived. */
  dataMs: number;
  /** API names asked, for the report. */
  methods: string[];
}

/** One cold open of the board: a new browser context, so nothing is cached between runs. */
export async function openBoard(page: Page, url: string): Promise<BoardRun> {
  let requests = 0;
  let inFlight = 0;
  let lastChange = performance.now();
  const methods: string[] = [];
  // The API calls, without the change feed (a stream that stays open).
  const isCall = (r: Request) => {
    const path = new URL(r.url()).pathname;
    return path.startsWith('/api/') && path !== '/api/events';
  };
  page.on('request', (r) => {
    if (!isCall(r)) return;
    requests++;
    inFlight++;
    lastChange = performance.now();
    methods.push(new URL(r.url()).pathname.slice(5));
  });
  const settled = (r: Request) => {
    if (!isCall(r)) return;
    inFlight--;
    lastChange = performance.now();
  };
  // Answered, not finished: a body the page never reads (auth/session's 404) may never finish.
  page.on('response', (r) => settled(r.request()));
  page.on('requestfailed', settled);
  // Timed inside the page from the start of navigation: when the first campaign row is in the DOM.
  await page.addInitScript(() => {
    const w = window as unknown as { firstRowAt?: number };
    new MutationObserver((_m, observer) => {
      if (document.querySelector('[data-campaign]')) {
        w.firstRowAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${url}/#/readiness`);
  await page.locator('[data-campaign]').first().waitFor({ timeout: 120_000 });
  await page.locator('[data-testid="readiness-board"][data-fresh="true"]').waitFor({ timeout: 120_000 });
  // Complete: the rows are in and the last answer the board asked for has arrived (sparklines
  // included): no API call in flight for 500 ms. (Not "networkidle": the change feed stays open.)
  const deadline = performance.now() + 60_000;
  while (inFlight > 0 || performance.now() - lastChange < 500) {
    if (performance.now() > deadline) throw new Error(`the board still has ${inFlight} calls in flight`);
    await page.waitForTimeout(50);
  }
  const timing = await page.evaluate(() => ({
    firstRowAt: (window as unknown as { firstRowAt?: number }).firstRowAt ?? -1,
    dataAt: Math.max(
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/') && !e.name.endsWith('/api/events'))
        .map((e) => (e as PerformanceResourceTiming).responseEnd),
    ),
  }));
  const rows = await page.locator('[data-campaign]').count();
  // Responsiveness: a click on a count of the summary line to the next painted frame (boards that have one).
  const filterMs = await page.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>('[data-focus="at_risk"]');
    if (!button) return -1;
    const started = performance.now();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return performance.now() - started;
  });
  return {
    filterMs,
    requests,
    firstRowMs: timing.firstRowAt,
    completeMs: Math.max(timing.firstRowAt, timing.dataAt),
    rows,
    dataMs: timing.dataAt,
    methods,
  };
}

/** A cold open in a new browser context as the CEO at 1366×768; a screenshot to `shot` when given. */
async function openBoardCold(browser: Browser, url: string, shot?: string): Promise<BoardRun> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
  try {
    await context.addInitScript(() => localStorage.setItem('campaign-desk.person', 'ceo'));
    const page = await context.newPage();
    const run = await openBoard(page, url);
    if (shot) await page.screenshot({ path: shot });
    return run;
  } finally {
    await context.close();
  }
}

export interface BoardFigures {
  requests: number;
  rows: number;
  firstRowMs: number;
  completeMs: number;
  /** board.get alone over HTTP; null when the server has no such method. */
  callMs: number | null;
}

/** The board served at `url`, opened `runs` times after one warm-up open (medians). */
export async function measureBoard(browser: Browser, url: string, runs: number): Promise<BoardFigures> {
  await openBoardCold(browser, url);
  const list: BoardRun[] = [];
  for (let i = 0; i < runs; i++) list.push(await openBoardCold(browser, url));
  const m = (pick: (r: BoardRun) => number) => median(list.map(pick));
  return {
    requests: m((r) => r.requests),
    rows: m((r) => r.rows),
    firstRowMs: m((r) => r.firstRowMs),
    completeMs: m((r) => r.completeMs),
    callMs: (await timeBoardCall(url))?.ms ?? null,
  };
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  const uiDirs = dirs.length > 0 ? dirs : [path.resolve(import.meta.dirname, '../dist/renderer')];
  log(`Generating and importing the 5,000-campaign workspace; the board at ${AT}…`);
  const { file } = await importInto(generateDocument());
  const store = SqliteStore.open(file);
  const services = createServices(store, { now: () => new Date(AT) });
  // A longer horizon puts more campaigns on the board (60 days: ~500).
  const horizonDays = Number(process.env.BOARD_HORIZON_DAYS ?? 0);
  if (horizonDays > 0) await services.settings.set({ horizonDays }, SYSTEM_CLI);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const servers = await Promise.all(
      uiDirs.map((staticDir) => startHttpServer(services, { port: 0, staticDir })),
    );
    const runs: BoardRun[][] = uiDirs.map(() => []);
    // Alternate the builds run by run, so both see the same machine (2 cores, shared).
    for (let i = 0; i < RUNS + 1; i++) {
      for (const [k, server] of servers.entries()) {
        const shot =
          SCREENSHOTS && i === RUNS ? path.join(SCREENSHOTS, `board-large-${k + 1}.png`) : undefined;
        const run = await openBoardCold(browser, server.url, shot);
        if (i > 0) runs[k]?.push(run); // the first warms the server's caches
      }
    }
    for (const [k, server] of servers.entries()) {
      const call = await timeBoardCall(server.url);
      await server.close();
      const list = runs[k] ?? [];
      const m = (pick: (r: BoardRun) => number) => Math.round(median(list.map(pick)));
      process.stdout.write(
        `${uiDirs[k]}\n  requests ${m((r) => r.requests)}, rows in the DOM ${m((r) => r.rows)}, ` +
          `first campaign row ${m((r) => r.firstRowMs)} ms, complete ${m((r) => r.completeMs)} ms, ` +
          `last API answer in ${m((r) => r.dataMs)} ms` +
          (m((r) => r.filterMs) >= 0 ? `, filter click to paint ${m((r) => r.filterMs)} ms` : '') +
          (call === null
            ? ''
            : `, board.get alone ${Math.round(call.ms)} ms (${Math.round(call.bytes / 1024)} KiB)`) +
          ` (median of ${RUNS})\n  asked: ${summarise(list[0]?.methods ?? [])}\n`,
      );
    }
  } finally {
    await browser.close();
    await store.close();
    removeBenchDir();
  }
}

/** "campaigns.get ×150, board.get ×1". */
export function summarise(methods: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const m of methods) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([m, n]) => `${m} ×${n}`).join(', ');
}

/** The read-model call alone over HTTP (median of RUNS), or null when the server has no such method. */
export async function timeBoardCall(url: string): Promise<{ ms: number; bytes: number } | null> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/api/board.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: {} }),
    });
    bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) return null;
    times.push(performance.now() - started);
  }
  return { ms: median(times), bytes };
}

if (import.meta.main) await main();
