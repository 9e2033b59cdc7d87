// Metric definitions, manual samples and the board's exports in real Chromium
// against `campaign-desk serve` on the sample workspace.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Metric } from '../../shared/domain.ts';
import { actAs, launchBrowser, openPage, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp({ sample: true });
  browser = await launchBrowser();
  page = await openPage(browser, app.url);
  await page.getByTestId('person-admin').first().waitFor();
  await actAs(page, 'admin');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function switchTo(person: string): Promise<void> {
  await page.getByTestId('acting-person').click();
  await page.getByRole('dialog').getByTestId(`person-${person}`).click();
}

async function metric(key: string): Promise<Metric | undefined> {
  const res = await fetch(`${app.url}/api/metrics.list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input: {} }),
  });
  const list = ((await res.json()) as { result: { metric: Metric }[] }).result;
  return list.find((m) => m.metric.key === key)?.metric;
}

test('an admin editing thresholds on the wrong sides sees why next to the field, and nothing is saved', async () => {
  await page.goto(`${app.url}/#/metrics`);
  await page.getByTestId('edit-on_time_delivery').click();
  await page.locator('#metric-fail').fill('96');
  await page.getByTestId('save-metric').click();
  await expect(page.locator('[data-field-error="fail"]').textContent()).resolves.toBe(
    'the fail threshold must be on the worse side of the warn threshold for this direction',
  );
  await page.locator('#metric-warn').fill('97');
  await page.locator('#metric-name').fill('On-time delivery (D+1)');
  await page.getByTestId('save-metric').click();
  await page.locator('dialog.metric-form').waitFor({ state: 'detached' });
  expect(await metric('on_time_delivery')).toMatchObject({
    name: 'On-time delivery (D+1)',
    warn: 97,
    fail: 96,
  });
});

test('a delivery member enters a sample for a delivery metric only, and it shows at once', async () => {
  await switchTo('taras');
  await page.goto(`${app.url}/#/metrics`);
  await page.locator('tr[data-metric="csat"]').waitFor();
  const addable = await page.$$eval('[data-testid^="add-sample-"]', (els) =>
    els.map((e) => e.getAttribute('data-testid')).sort(),
  );
  expect(addable).toEqual(['add-sample-delivery_backlog', 'add-sample-on_time_delivery']);
  await page.getByTestId('add-sample-delivery_backlog').click();
  await page.getByTestId('sample-value').fill('312');
  await page.getByRole('button', { name: 'Save sample' }).click();
  const row = page.locator('tr[data-metric="delivery_backlog"]');
  // 312 orders is under the warn threshold 500: the metric is OK now, sampled just now.
  await expect.poll(() => row.locator('[data-metric-status]').getAttribute('data-metric-status')).toBe('ok');
  await expect.poll(() => row.textContent()).toMatch(/312 orders · (this minute|\d+ min\.? ago)/);
});

test('the board exports the acknowledgement matrix as Excel-friendly CSV and a department calendar as .ics', async () => {
  await switchTo('ceo');
  await page.goto(`${app.url}/#/readiness`);
  await page.locator('[data-testid="readiness-board"][data-fresh="true"]').waitFor();

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-acks').click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^acknowledgements-all-\d{4}-\d{2}-\d{2}\.csv$/);
  // Excel-friendly: a BOM, and "," as the English list separator.
  const text = fs.readFileSync(await csvDownload.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(8);
  expect(rows.find((r) => r.Campaign === 'bf-next-day' && r.Department === 'Sales')?.State).toBe('Missing');

  await page.locator('.ics-export select').selectOption('delivery');
  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-ics').click(),
  ]);
  expect(icsDownload.suggestedFilename()).toMatch(/^campaigns-delivery-.*\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(await icsDownload.path(), 'utf8')));
  const summaries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
  expect(summaries.sort()).toEqual([
    'Autumn: free installation within 48 h',
    'Black Friday: next-day delivery',
  ]);
});

test('a Ukrainian user checking a CSV file reads why a row is bad in Ukrainian', async () => {
  const ukPage = await openPage(browser, `${app.url}/#/metrics`, { locale: 'uk-UA' });
  try {
    await actAs(ukPage, 'admin');
    await ukPage.goto(`${app.url}/#/metrics`);
    await ukPage.getByTestId('open-csv-import').click();
    const bad = path.resolve(import.meta.dirname, '../fixtures/metrics-bad.csv');
    await ukPage.getByTestId('csv-file').setInputFiles(bad);
    const line3 = ukPage.locator('.csv-preview tr[data-line="3"]');
    await line3.waitFor();
    await expect(line3.textContent()).resolves.toContain('Рядок 3: невідома метрика «on_time_delivry»');
  } finally {
    await ukPage.context().close();
  }
});

test('a file over 10 MB imports through the dialog, sent as its bytes (issue 13: it was refused as too large)', async () => {
  const first = Date.parse('2030-01-01T00:00:00Z');
  const lines = Array.from(
    { length: 370_000 },
    (_, i) => `csat,${new Date(first + i * 3_600_000).toISOString().replace('.000Z', 'Z')},${80 + (i % 20)}`,
  );
  const buffer = Buffer.from(`metric,at,value\n${lines.join('\n')}\n`);
  expect(buffer.length).toBeGreaterThan(10 * 1024 * 1024);
  await switchTo('admin');
  await page.goto(`${app.url}/#/metrics`);
  await page.getByTestId('open-csv-import').click();
  // Sent as its own bytes, the body exactly the file (shared/upload.ts), not base64 in JSON.
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/samples.importCsv'));
  await page
    .getByTestId('csv-file')
    .setInputFiles({ name: 'csat-history.csv', mimeType: 'text/csv', buffer });
  const request = await sent;
  expect(request.headers()['content-type']).toBe('application/octet-stream');
  expect(request.postDataBuffer()?.equals(buffer)).toBe(true);
  // The checked file's summary, or why it was refused (before: "The request is larger than 10 MiB").
  await page.locator('.csv-import [data-testid="csv-summary"], .csv-import [role="alert"]').first().waitFor();
  expect(await page.locator('.csv-import [role="alert"]').allTextContents()).toEqual([]);
  const summary = page.getByTestId('csv-summary');
  expect((await summary.textContent())?.replace(/\D/g, '')).toContain('370000');
  await page.getByTestId('csv-import').click();
  const done = page.getByTestId('csv-done');
  await done.waitFor({ timeout: 30_000 });
  expect((await done.textContent())?.replace(/\D/g, '')).toContain('370000');
  await page.getByRole('button', { name: 'Close' }).click();
});
