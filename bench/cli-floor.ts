// The floor the command line is compared with (issue 13): a minimal CLI that opens the
// workspace, runs the readiness report as one SQL statement and prints it as JSON.
//   node bench/cli-floor.ts FILE INSTANT
import Database from 'better-sqlite3';
import { DEFAULT_READINESS_OPTIONS } from '../shared/domain.ts';
import { sqlFloor } from './sql-floor.ts';

const [file, at] = process.argv.slice(2);
if (!file || !at) {
  process.stderr.write('usage: node bench/cli-floor.ts FILE INSTANT\n');
  process.exit(2);
}
const db = new Database(file, { readonly: true, fileMustExist: true });
const report = sqlFloor(db)({ ...DEFAULT_READINESS_OPTIONS, at });
db.close();
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
