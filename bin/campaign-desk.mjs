#!/usr/bin/env node
// Entry point of the `campaign-desk` command. Node 24 runs the TypeScript sources directly.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`campaign-desk needs Node.js 24 or newer (this is ${process.version}). See README.md.`);
  process.exit(1);
}
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
