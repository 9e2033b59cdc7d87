// The ways the workspace's storage itself can fail, each with its own message, so a
// person learns what happened and what to do instead of "Something went wrong".
// SQLite and file-system errors are classified here; every transport maps the kind
// to its own signal (CLI exit code, HTTP status, desktop dialog).
import { englishMessage, type ErrorKey } from '../../shared/i18n/errors.ts';

export type StorageProblem = 'disk_full' | 'read_only' | 'corrupt' | 'empty_file' | 'in_use';

const KEYS: Record<StorageProblem, ErrorKey> = {
  disk_full: 'storage_disk_full',
  read_only: 'storage_read_only',
  corrupt: 'storage_corrupt',
  empty_file: 'storage_empty_file',
  in_use: 'storage_in_use',
};

export class WorkspaceVersionError extends Error {
  /** The file's workspace version and the newest this app knows, for a message in the user's language. */
  readonly versions: { found: number; known: number } | undefined;
  constructor(message: string, versions?: { found: number; known: number }) {
    super(message);
    this.versions = versions;
  }
}

export class WorkspaceStorageError extends Error {
  readonly problem: StorageProblem;
  readonly file: string;
  readonly key: ErrorKey;
  constructor(problem: StorageProblem, file: string, cause?: unknown) {
    super(englishMessage(KEYS[problem], { file }), { cause });
    this.name = 'WorkspaceStorageError';
    this.problem = problem;
    this.file = file;
    this.key = KEYS[problem];
  }
}

const BY_CODE: [RegExp, StorageProblem][] = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)$/, 'disk_full'],
  [/^(SQLITE_READONLY\w*|EROFS|EACCES|EPERM)$/, 'read_only'],
  [/^(SQLITE_CORRUPT\w*|SQLITE_NOTADB)$/, 'corrupt'],
];

/** The storage problem behind an error from SQLite or the file system, if it is one. */
export function storageProblemOf(err: unknown): StorageProblem | undefined {
  if (err instanceof WorkspaceStorageError) return err.problem;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  return BY_CODE.find(([pattern]) => pattern.test(code))?.[1];
}

/** `err` as a WorkspaceStorageError when it is a storage problem; otherwise `err` unchanged. */
export function asStorageError(err: unknown, file: string): unknown {
  if (err instanceof WorkspaceStorageError) return err;
  const problem = storageProblemOf(err);
  return problem ? new WorkspaceStorageError(problem, file, err) : err;
}
