// Opens the desktop app's workspace file (created on first start) and turns the
// ways that can fail into a title and message a person can act on, in their language.
import type { TFunction } from 'i18next';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { WorkspaceVersionError } from '../store/errors.ts';

export type OpenResult = { ok: true; store: SqliteStore } | { ok: false; title: string; message: string };

const NATIVE_MODULE = /NODE_MODULE_VERSION|better[-_]sqlite3|bindings file|invalid ELF|not a valid Win32/i;

/** `t` is the shell's namespace (./i18n.ts). */
export function openWorkspace(file: string, t: TFunction): OpenResult {
  try {
    return { ok: true, store: SqliteStore.open(file) };
  } catch (err) {
    return { ok: false, ...describeOpenError(file, err, t) };
  }
}

export function describeOpenError(
  file: string,
  err: unknown,
  t: TFunction,
): { title: string; message: string } {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof WorkspaceVersionError) {
    const { versions } = err;
    return {
      title: t('errors.newerTitle'),
      message: versions ? t('errors.newerMessage', { file, ...versions }) : message,
    };
  }
  if (NATIVE_MODULE.test(message)) {
    return { title: t('errors.engineTitle'), message: t('errors.engineMessage', { message }) };
  }
  return { title: t('errors.openTitle'), message: t('errors.openMessage', { file, message }) };
}
