// `node bench/board-browser.ts [UI_DIR…]` (issue 10): opens the readiness board of the
// 5,000-campaign workspace in headless Chromium against the HTTP transport and prints, as
// medians, the API requests the board made, the time to its first campaign row and to the
// complete board, beside the time of the board's read-model call alone. Each UI_DIR is a built
// renderer (default dist/renderer), so a build from before a change can be compared with one after.
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHttpServer } from '../electron/transports/http-server.ts';
import { createServices } from '../electron/services/services.ts';
import { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import { generateDocument } from './generate.ts';
import { median } from './measure.ts';
import { importInto, removeBenchDir } from './workspace.ts';

const RUNS = 5;
/** The board "now": the day the issue was measured (2026-12-01), or BOARD_AT. */
const AT = process.env.BOARD_AT ?? '2026-12-01T09:00:00.000Z';
const log = (text: string) => process.stderr.write(`${text}\n`);

interface Run {
  requests: number;
  firstRowMs: number;
  completeMs: number;
  rows: number;
}

/** One cold open of the board: a new browser context, so nothing is cached between runs. */
async function openBoard(page: Page, url: string): Promise<Run> {
  let requests = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && !r.url().endsWith('/api/events')) requests++;
  });
  const started = Date.now();
  await page.goto(`${url}/#/readiness`);
  await page.locator('[data-campaign]').first().waitFor({ timeout: 120_000 });
  const firstRowMs = Date.now() - started;
  await page.locator('[data-testid="readiness-board"][data-fresh="true"]').waitFor({ timeout: 120_000 });
  // Complete: the board's data is in and nothing is loading any more (sparklines included).
  await page.waitForLoadState('networkidle');
  const completeMs = Date.now() - started;
  const rows = await page.locator('[data-campaign]').count();
  return { requests, firstRowMs, completeMs, rows };
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  const uiDirs = dirs.length > 0 ? dirs : [path.resolve(import.meta.dirname, '../dist/renderer')];
  log(`Generating and importing the 5,000-campaign workspace; the board at ${AT}…`);
  const { file } = await importInto(generateDocument());
  const store = SqliteStore.open(file);
  const services = createServices(store, { now: () => new Date(AT) });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const staticDir of uiDirs) {
      const server = await startHttpServer(services, { port: 0, staticDir });
      const runs: Run[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
        await context.clock.setSystemTime(new Date(AT));
        await context.addInitScript(() => localStorage.setItem('campaign-desk.person', 'ceo'));
        const run = await openBoard(await context.newPage(), server.url);
        await context.close();
        if (i > 0) runs.push(run); // the first warms the server's caches
      }
      const call = await timeBoardCall(server.url);
      await server.close();
      const m = (pick: (r: Run) => number) => Math.round(median(runs.map(pick)));
      process.stdout.write(
        `${staticDir}\n  requests ${m((r) => r.requests)}, rows in the DOM ${m((r) => r.rows)}, ` +
          `first campaign row ${m((r) => r.firstRowMs)} ms, complete ${m((r) => r.completeMs)} ms` +
          (call === null ? '' : `, board.get alone ${Math.round(call)} ms`) +
          ` (median of ${RUNS})\n`,
      );
    }
  } finally {
    await browser.close();
    await store.close();
    removeBenchDir();
  }
}

/** The read-model call alone over HTTP (median of RUNS), or null when the server has no such method. */
async function timeBoardCall(url: string): Promise<number | null> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/api/board.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: {} }),
    });
    await res.arrayBuffer();
    if (!res.ok) return null;
    times.push(performance.now() - started);
  }
  return median(times);
}

await main();
