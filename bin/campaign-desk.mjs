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
// Reuses V8's compiled code between runs (Node's own cache in the temp directory).
module.enableCompileCache?.();
const { cliEntry } = await import('./cli-entry.mjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(pathToFileURL(cliEntry(root)).href);
process.exitCode = await main(process.argv.slice(2));
