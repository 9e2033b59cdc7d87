// Opens the desktop app's workspace file (created on first start) and turns the
// ways that can fail into a title and message a person can act on.
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { WorkspaceVersionError } from '../store/sqlite/open-database.ts';

export type OpenResult = { ok: true; store: SqliteStore } | { ok: false; title: string; message: string };

const NATIVE_MODULE = /NODE_MODULE_VERSION|better[-_]sqlite3|bindings file|invalid ELF|not a valid Win32/i;

export function openWorkspace(file: string): OpenResult {
  try {
    return { ok: true, store: SqliteStore.open(file) };
  } catch (err) {
    return { ok: false, ...describeOpenError(file, err) };
  }
}

export function describeOpenError(file: string, err: unknown): { title: string; message: string } {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof WorkspaceVersionError) {
    return { title: 'This workspace needs a newer Campaign Desk', message };
  }
  if (NATIVE_MODULE.test(message)) {
    return {
      title: 'Campaign Desk could not load its database engine',
      message:
        `The SQLite module (better-sqlite3) failed to load: ${message}\n\n` +
        'If you run Campaign Desk from a checkout, run "npx @electron/rebuild" in its folder and start it again.',
    };
  }
  return {
    title: 'Campaign Desk could not open its workspace',
    message: `${file}: ${message}\n\nNothing was changed. Move the file aside to start with a new workspace.`,
  };
}
