// Bench workspaces: temp files imported through the real services.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SYSTEM_CLI } from '../electron/services/context.ts';
import { createServices } from '../electron/services/services.ts';
import { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import type { BenchDocument } from './generate.ts';

let benchDir: string | undefined;
let counter = 0;

/** A new file name in the bench's temp directory (created on first use). */
export function tempFile(name: string): string {
  benchDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-bench-'));
  return path.join(benchDir, `${++counter}-${name}.sqlite`);
}

/** Imports `doc` into a new workspace file; returns the file and the time the import call took. */
export async function importInto(doc: BenchDocument): Promise<{ file: string; ms: number }> {
  const file = tempFile('import');
  const store = SqliteStore.open(file);
  const raw = structuredClone(doc) as unknown;
  const start = performance.now();
  await createServices(store).workspace.import(raw, SYSTEM_CLI);
  const ms = performance.now() - start;
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  return { file, ms };
}

/** A copy of a closed workspace file, so each run starts from the same state. */
export function copyWorkspace(file: string, name: string): string {
  const copy = tempFile(name);
  fs.copyFileSync(file, copy);
  return copy;
}

/** Deletes a workspace file with its WAL files, to keep the temp directory small between runs. */
export function removeWorkspace(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

export function removeBenchDir(): void {
  if (benchDir) fs.rmSync(benchDir, { recursive: true, force: true });
  benchDir = undefined;
}
