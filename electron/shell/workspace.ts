// Opens the desktop app's workspace file (created on first start) in the workspace host
// and turns the ways that can fail into a title and message a person can act on, in their language.
import type { TFunction } from 'i18next';
import { WorkspaceStorageError, WorkspaceVersionError } from '../store/storage-error.ts';

import type { WorkspaceClient } from './workspace-client.ts';

export type OpenResult = { ok: true; readonly: boolean } | { ok: false; title: string; message: string };

const NATIVE_MODULE = /NODE_MODULE_VERSION|better[-_]sqlite3|bindings file|invalid ELF|not a valid Win32/i;

/** `t` is the shell's namespace (./i18n.ts). */
export async function openWorkspace(
  client: WorkspaceClient,
  file: string,
  options: { resourcesDir: string; now: () => Date },
  t: TFunction,
): Promise<OpenResult> {
  try {
    const { readonly } = await client.open(file, options.resourcesDir, options.now);
    return { ok: true, readonly };
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
  // Damaged, an empty file, a full disk or a folder that cannot even be read: each says what to do.
  if (err instanceof WorkspaceStorageError) {
    return { title: t('errors.storageTitle'), message: t(`errors:${err.key}`, { file }) };
  }
  if (NATIVE_MODULE.test(message)) {
    return { title: t('errors.engineTitle'), message: t('errors.engineMessage', { message }) };
  }
  return { title: t('errors.openTitle'), message: t('errors.openMessage', { file, message }) };
}
