// Errors any store may raise, whatever its engine; transports turn them into `unavailable`.
import { englishMessage, type ErrorKey, type ErrorParams } from '../../shared/i18n/errors.ts';

export class WorkspaceVersionError extends Error {
  /** The workspace's version and the newest this app knows, for a message in the user's language. */
  readonly versions: { found: number; known: number } | undefined;
  constructor(message: string, versions?: { found: number; known: number }) {
    super(message);
    this.versions = versions;
  }
}

/** The message both engines give for a workspace written by a newer Campaign Desk. */
export function newerWorkspaceError(location: string, found: number, known: number): WorkspaceVersionError {
  return new WorkspaceVersionError(
    `${location} was written by a newer Campaign Desk (workspace version ${found}; this app knows up to ${known}). ` +
      'Update Campaign Desk to open it.',
    { found, known },
  );
}

/** Something this engine does not do, with what to do instead (a message key for every language). */
export class UnsupportedByEngineError extends Error {
  readonly key: ErrorKey;
  readonly params: ErrorParams;
  constructor(key: ErrorKey, params: ErrorParams) {
    super(englishMessage(key, params));
    this.key = key;
    this.params = params;
  }
}
