// Writes the 5,000-campaign bench workspace to a file, for the whole-process CLI and
// browser benches: node bench/make-workspace.ts FILE
import fs from 'node:fs';
import { generateDocument } from './generate.ts';
import { importInto, removeBenchDir } from './workspace.ts';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: node bench/make-workspace.ts FILE\n');
  process.exit(2);
}
const { file } = await importInto(generateDocument());
fs.copyFileSync(file, target);
removeBenchDir();
process.stderr.write(`bench workspace written to ${target}\n`);
