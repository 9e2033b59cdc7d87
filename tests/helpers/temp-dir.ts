import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh temporary directory for each test of the suite, removed afterwards. */
export function useTempDir(): () => string {
  let dir: string | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-test-'));
  });
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('useTempDir: the directory exists only while a test runs');
    return dir;
  };
}

/**
 * A temporary directory for one test, removed when it finishes; pass the test
 * context so it also works for concurrent tests.
 */
export function tempDirFor(context: { onTestFinished: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-test-'));
  context.onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
