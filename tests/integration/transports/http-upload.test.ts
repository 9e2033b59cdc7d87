// The import dialog sends a picked file over HTTP as its own bytes (shared/upload.ts, issue 13):
// the body is the file, the call's other inputs ride in a header. Checked and imported exactly as
// a file sent any other way; bad inputs are refused with one message and write nothing.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvImportResult } from '../../../shared/api.ts';
import { UPLOAD_CONTENT_TYPE, UPLOAD_INPUT_HEADER, uploadHeader } from '../../../shared/upload.ts';
import {
  PERSON_HEADER,
  startHttpServer,
  type HttpLimits,
  type RunningServer,
} from '../../../electron/transports/http-server.ts';
import { rawSql } from '../../helpers/engines.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { openWorkspace, useFixtureWorkspace, type TestWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();
const copyFixture = useFixtureWorkspace();
let ws: TestWorkspace;
let file: string;
let server: RunningServer | undefined;

beforeEach(() => {
  file = path.join(tempDir(), 'workspace.sqlite');
  copyFixture(file);
  ws = openWorkspace(file);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await ws.close();
});

async function start(limits: Partial<HttpLimits> = {}): Promise<string> {
  server = await startHttpServer(ws.services, { port: 0, limits });
  return server.url;
}

const HOUR = 3_600_000;
const FIRST = Date.parse('2027-03-01T00:00:00.000Z');
function csvOf(count: number, last = ''): string {
  const lines = ['metric,at,value'];
  for (let i = 0; i < count; i++)
    lines.push(`on_time_delivery,${new Date(FIRST + i * HOUR).toISOString()},${90 + (i % 10)}`);
  if (last) lines.push(last);
  return `${lines.join('\n')}\n`;
}

/** The call as the UI's HTTP transport sends a file: its bytes as the body. */
function upload(
  url: string,
  method: string,
  rest: Record<string, unknown>,
  bytes: Uint8Array,
  header?: string,
) {
  return fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': UPLOAD_CONTENT_TYPE,
      [UPLOAD_INPUT_HEADER]: header ?? uploadHeader(rest),
      [PERSON_HEADER]: 'taras',
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
}

function json(url: string, method: string, input: unknown) {
  return fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PERSON_HEADER]: 'taras' },
    body: JSON.stringify({ input }),
  });
}

const sampleCount = async () => Number((await rawSql(file, 'SELECT count(*) AS n FROM samples'))[0]?.n);

describe('a file sent over HTTP as its bytes', () => {
  it('is checked, then imported by the id its dry run answered with', async () => {
    const url = await start();
    const before = await sampleCount();
    const bytes = Buffer.from(csvOf(500));
    const dry = await upload(url, 'samples.importCsv', { file: { name: 'otd.csv' }, dryRun: true }, bytes);
    expect(dry.status).toBe(200);
    const checked = ((await dry.json()) as { result: CsvImportResult }).result;
    expect(checked).toMatchObject({
      good: 500,
      bad: 0,
      imported: 0,
      format: 'UTF-8',
      fileId: expect.any(String),
    });
    expect(await sampleCount()).toBe(before);

    const done = await json(url, 'samples.importCsv', { fileId: checked.fileId });
    expect(((await done.json()) as { result: CsvImportResult }).result).toMatchObject({ imported: 500 });
    expect(await sampleCount()).toBe(before + 500);
  });

  it('with a bad row answers as the same file sent as text does, and writes nothing', async () => {
    const url = await start();
    const before = await sampleCount();
    const csv = csvOf(300, 'on_time_delivery,2027-12-01T00:00:00Z,150');
    const asBytes = await upload(url, 'samples.importCsv', { file: { name: 'otd.csv' } }, Buffer.from(csv));
    const asText = await json(url, 'samples.importCsv', { csv });
    const bytesAnswer = ((await asBytes.json()) as { result: CsvImportResult }).result;
    const textAnswer = ((await asText.json()) as { result: CsvImportResult }).result;
    expect(bytesAnswer).toMatchObject({ good: 300, bad: 1, imported: 0 });
    expect(bytesAnswer.errors).toEqual(textAnswer.errors);
    expect(bytesAnswer.errors[0]).toMatchObject({ line: 302 });
    expect(await sampleCount()).toBe(before);
  });

  it('in a Windows code page is decoded as the same bytes in base64 are', async () => {
    const url = await start();
    // "Своєчасна доставка" is not a known metric: one bad row, named in its own letters.
    const csv = 'metric,at,value\r\nСвоєчасна,2027-03-01T00:00:00Z,95\r\n';
    const bytes = Buffer.from(encode1251(csv));
    const asBytes = await upload(url, 'samples.importCsv', { file: { name: 'x.csv' }, dryRun: true }, bytes);
    const asBase64 = await json(url, 'samples.importCsv', {
      file: { name: 'x.csv', base64: bytes.toString('base64') },
      dryRun: true,
    });
    const a = ((await asBytes.json()) as { result: CsvImportResult }).result;
    expect(a).toMatchObject({ format: 'Windows-1251', bad: 1 });
    expect(a).toEqual(((await asBase64.json()) as { result: CsvImportResult }).result);
  });

  it('with its other inputs missing or malformed is refused with one message, writing nothing', async () => {
    const url = await start();
    const before = await sampleCount();
    const bytes = Buffer.from(csvOf(10));
    const noName = await upload(url, 'samples.importCsv', { file: {} }, bytes);
    expect(noName.status).toBe(400);
    expect(await noName.json()).toMatchObject({
      error: { code: 'invalid_input', problems: [{ path: '$.file.name', key: 'field_required' }] },
    });
    const notJson = await upload(url, 'samples.importCsv', {}, bytes, '%7Bnot%20json');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { key: 'request_not_json' } });
    // Bytes and base64 at once: the file is sent once.
    const twice = await upload(url, 'samples.importCsv', { file: { name: 'a.csv', base64: 'YQ==' } }, bytes);
    expect(await twice.json()).toMatchObject({ error: { problems: [{ key: 'field_file_or_text' }] } });
    expect(await sampleCount()).toBe(before);
  });

  it('is taken by the import only, and only up to its limit', async () => {
    const url = await start({ maxImportBodyBytes: 64 * 1024 });
    const other = await upload(url, 'departments.list', {}, Buffer.from('x'));
    expect(await other.json()).toMatchObject({ error: { message: 'Send the input as application/json.' } });
    const big = await upload(
      url,
      'samples.importCsv',
      { file: { name: 'big.csv' } },
      Buffer.from(csvOf(3000)),
    );
    expect(big.status).toBe(413);
  });
});

/** Windows-1251 bytes of Cyrillic and ASCII text (what Excel in a Ukrainian setting saves). */
function encode1251(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x454) return 0xba; // є
    if (code === 0x404) return 0xaa; // Є
    if (code === 0x456) return 0xb3; // і
    return 0x3f;
  });
}
