// Property: every document the app accepts comes back out of a workspace export as it went
// in (up to order and canonical instants), and that export imports into a fresh workspace
// and exports identically. Generated documents hold Unicode, text at its length limits,
// instants at the edges of the years 1000–9999 in assorted zones, and samples from CSV files
// whatever the CSV path accepts; each run uses real SQLite files.
import path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { interchangeSchema } from '../../../shared/schemas/interchange.ts';
import { csvFile, workspaceDocument } from '../../helpers/arbitraries.ts';
import { tempDirFor } from '../../helpers/temp-dir.ts';
import { openWorkspace } from '../../helpers/workspace.ts';

/**
 * The document with every list in a fixed order, to compare contents, not the order of export;
 * an empty optional text (a brief field, a summary) is the same as none and is not stored, and
 * -0 is 0 (as JSON writes it).
 */
function unordered(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value))
    return value.map(unordered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, unordered(v)]),
    );
  return value;
}

async function withWorkspace<T>(file: string, work: (ws: ReturnType<typeof openWorkspace>) => Promise<T>) {
  const ws = openWorkspace(file);
  try {
    return await work(ws);
  } finally {
    await ws.close();
  }
}

it('export → import → export gives the same document for every accepted document', async (context) => {
  const dir = tempDirFor(context);
  let run = 0;
  const input = workspaceDocument().chain((document) =>
    fc.tuple(fc.constant(document), csvFile((document.metrics as { key: string }[]).map((m) => m.key))),
  );
  await fc.assert(
    fc.asyncProperty(input, async ([document, csv]) => {
      run++;
      const first = await withWorkspace(path.join(dir, `${run}-a.sqlite`), async (ws) => {
        await ws.call('workspace.import', { document });
        expect(unordered(await ws.call('workspace.export', {}))).toEqual(
          unordered(interchangeSchema.parse(document)),
        );
        // Whatever a CSV import accepts must survive the same round trip.
        await ws.call('samples.importCsv', { csv });
        return ws.call('workspace.export', {});
      });
      const b = path.join(dir, `${run}-b.sqlite`);
      const second = await withWorkspace(b, async (ws) => {
        await ws.call('workspace.import', { document: first });
        return ws.call('workspace.export', {});
      });
      expect(second).toEqual(first);
      // Importing the export again into its own workspace changes nothing.
      const third = await withWorkspace(b, async (ws) => {
        await ws.call('workspace.import', { document: first });
        return ws.call('workspace.export', {});
      });
      expect(third).toEqual(first);
    }),
    { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20261201) },
  );
}, 120_000);
