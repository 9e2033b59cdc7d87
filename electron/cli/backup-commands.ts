// `campaign-desk backup [--to FILE]` and `campaign-desk restore FILE`.
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_CLI } from '../services/context.ts';
import { createServices } from '../services/services.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { restoreWorkspace } from '../store/sqlite/restore.ts';
import { EXIT } from './exit-codes.ts';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const POSTGRES = /^postgres(ql)?:\/\//i;

/** A PostgreSQL workspace is backed up with PostgreSQL's own tools; the password is not echoed. */
function postgresAdvice(location: string, io: Io): number {
  const url = location.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  io.err(
    `campaign-desk: backup and restore copy SQLite workspace files. ${url} is a PostgreSQL workspace: use\n` +
      `  pg_dump --format=custom --file=campaign-desk.dump "${url}"\n` +
      `and to restore it\n` +
      `  pg_restore --clean --if-exists --no-owner --dbname "${url}" campaign-desk.dump`,
  );
  return EXIT.badInput;
}

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KiB`;

/** Works on a read-only workspace too (PeopleService.backup). */
export async function backupCommand(workspace: string, to: string | undefined, io: Io): Promise<number> {
  if (POSTGRES.test(workspace)) return postgresAdvice(workspace, io);
  if (!fs.existsSync(workspace)) {
    io.err(`campaign-desk: there is no workspace at ${workspace}; nothing to back up.`);
    return EXIT.badInput;
  }
  if (to !== undefined && fs.existsSync(to)) {
    io.err(`campaign-desk: ${to} already exists; choose another name (a backup never overwrites a file).`);
    return EXIT.badInput;
  }
  const store = SqliteStore.open(workspace);
  try {
    const services = createServices(store);
    const target = to === undefined ? undefined : path.resolve(to);
    const { path: written } = await services.people.backup(SYSTEM_CLI, target);
    io.out(`Backed up ${workspace} to ${written} (${kib(fs.statSync(written).size)}, verified).`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export function restoreCommand(file: string, workspace: string, io: Io): number {
  if (POSTGRES.test(workspace)) return postgresAdvice(workspace, io);
  const { contents, keptAs } = restoreWorkspace(file, workspace, new Date());
  const campaigns = contents.rows.campaigns ?? 0;
  io.out(
    `Restored ${workspace} from ${file} (${campaigns} campaign${campaigns === 1 ? '' : 's'}).` +
      (keptAs ? ` The workspace it replaced is kept as ${keptAs}.` : ''),
  );
  return EXIT.ok;
}
