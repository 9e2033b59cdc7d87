import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BIN = path.join(REPO_ROOT, 'bin', 'campaign-desk.mjs');

/** Absolute path of a file in tests/fixtures. */
export function fixturePath(name: string): string {
  return path.join(REPO_ROOT, 'tests', 'fixtures', name);
}
