#!/usr/bin/env node
// Entry point of the `campaign-desk` command: the bundled CLI, or the TypeScript sources
// when the bundle is missing or older than them (see cli-entry.mjs).
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`campaign-desk needs Node.js 24 or newer (this is ${process.version}). See README.md.`);
  process.exit(1);
}
// `serve` runs for days: V8 grows its young generation under load (to 32 MB and more) and keeps
// it while idle, so serve starts with it capped at 2 × 8 MB — measured as fast, ≈ 15 MB less
// resident after a large import (docs/performance.md). And glibc's malloc raises its mmap threshold
// (from 128 KiB up to 32 MB) each time a large block is freed, after which large buffers (request
// bodies, a file's columns, the plan's slices) come from the heap and stay with the process once
// freed; serve fixes it at 32 KiB, so they are given back (≈ 6 MB less after a large import,
// measured as fast). Both must be given at start: the process replaces itself (same pid) with the
// flag and the variable added, unless given already or execve is missing (Windows).
const SERVE_V8_FLAG = '--max-semi-space-size=8';
const MMAP_THRESHOLD = 'MALLOC_MMAP_THRESHOLD_';
const flagGiven = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
  a.startsWith('--max-semi-space-size'),
);
const thresholdGiven = process.platform !== 'linux' || process.env[MMAP_THRESHOLD] !== undefined;
if (
  process.argv.slice(2).includes('serve') &&
  !(flagGiven && thresholdGiven) &&
  typeof process.execve === 'function'
) {
  const self = fileURLToPath(import.meta.url);
  try {
    process.execve(
      process.execPath,
      [
        process.execPath,
        ...(flagGiven ? [] : [SERVE_V8_FLAG]),
        ...process.execArgv,
        self,
        ...process.argv.slice(2),
      ],
      thresholdGiven ? process.env : { ...process.env, [MMAP_THRESHOLD]: String(32 * 1024) },
    );
  } catch {
    // Not allowed here (a sandbox): serve runs with V8's and glibc's defaults.
  }
}
// Reuses V8's compiled code between runs (Node's own cache in the temp directory).
module.enableCompileCache?.();
const { cliEntry } = await import('./cli-entry.mjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(pathToFileURL(cliEntry(root)).href);
process.exitCode = await main(process.argv.slice(2));
