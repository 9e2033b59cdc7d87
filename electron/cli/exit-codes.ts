// The command line's exit status, one per kind of failure, so scripts can tell a
// full disk from a damaged workspace (listed in README.md and docs/).
import { ApiError } from '../../shared/api.ts';
import { BackupRefused } from '../store/sqlite/restore.ts';
import { WorkspaceStorageError, WorkspaceVersionError, type StorageProblem } from '../store/storage-error.ts';

export const EXIT = {
  ok: 0,
  /** Anything not listed below. */
  failed: 1,
  /** Bad input: usage, an invalid file, a damaged or newer backup. Nothing was written. */
  badInput: 2,
  /** The workspace cannot be opened: damaged, an empty (0-byte) file, or from a newer version. */
  unopenable: 3,
  /** The workspace is read-only: it was read, but the change could not be saved. */
  readOnly: 4,
  /** The disk is full: nothing was saved. */
  diskFull: 5,
  /** Another Campaign Desk (the app, `serve`) has the workspace open. */
  inUse: 6,
} as const;

const BY_PROBLEM: Record<StorageProblem, number> = {
  corrupt: EXIT.unopenable,
  empty_file: EXIT.unopenable,
  read_only: EXIT.readOnly,
  disk_full: EXIT.diskFull,
  in_use: EXIT.inUse,
};

const BY_KEY: Record<string, number> = {
  storage_corrupt: EXIT.unopenable,
  storage_empty_file: EXIT.unopenable,
  storage_read_only: EXIT.readOnly,
  storage_disk_full: EXIT.diskFull,
  storage_in_use: EXIT.inUse,
};

/** The exit status for a failure that is not bad input. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof WorkspaceStorageError) return BY_PROBLEM[err.problem];
  if (err instanceof WorkspaceVersionError) return EXIT.unopenable;
  if (err instanceof BackupRefused) return EXIT.badInput;
  if (err instanceof ApiError) {
    if (err.key && BY_KEY[err.key] !== undefined) return BY_KEY[err.key] as number;
    if (err.code === 'invalid_input') return EXIT.badInput;
  }
  return EXIT.failed;
}
