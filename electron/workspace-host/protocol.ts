// Messages between the main process and the workspace host, the Electron utility process
// that owns the SQLite workspace and the services (so a long import never freezes the
// window). Plain data only: every message is structured-cloned across the process boundary.
import type { ChangeEvent } from '../../shared/api.ts';
import type { BridgeResponse, RestoreRefusal } from '../../shared/bridge.ts';
import { WorkspaceStorageError, WorkspaceVersionError, type StorageProblem } from '../store/storage-error.ts';

export type ToHost =
  | { kind: 'open'; file: string; resourcesDir: string; clockOffsetMs: number }
  | { kind: 'call'; id: number; method: unknown; input: unknown; person: string | undefined }
  | { kind: 'restore'; file: string; at: string }
  | { kind: 'close' };

export type FromHost =
  | { kind: 'opened'; readonly: boolean }
  | { kind: 'open-failed'; failure: OpenFailure }
  | { kind: 'reply'; id: number; response: BridgeResponse<unknown> }
  | { kind: 'change'; change: ChangeEvent }
  /** The backup was refused before anything changed; the workspace stays open. */
  | { kind: 'restore-refused'; reason: RestoreRefusal; message: string }
  /** The workspace was closed and replaced (or the replacing failed); the host then ends. */
  | { kind: 'restored' }
  | { kind: 'restore-failed'; message: string }
  | { kind: 'closed' };

/** Why the workspace did not open, rebuilt into the same error in the main process. */
export type OpenFailure =
  | { kind: 'storage'; problem: StorageProblem; file: string }
  | { kind: 'version'; message: string; versions: { found: number; known: number } | undefined }
  | { kind: 'other'; message: string };

export function failureOf(err: unknown): OpenFailure {
  if (err instanceof WorkspaceStorageError) return { kind: 'storage', problem: err.problem, file: err.file };
  if (err instanceof WorkspaceVersionError)
    return { kind: 'version', message: err.message, versions: err.versions };
  return { kind: 'other', message: err instanceof Error ? err.message : String(err) };
}

export function errorOf(failure: OpenFailure): Error {
  switch (failure.kind) {
    case 'storage':
      return new WorkspaceStorageError(failure.problem, failure.file);
    case 'version':
      return new WorkspaceVersionError(failure.message, failure.versions);
    case 'other':
      return new Error(failure.message);
  }
}
