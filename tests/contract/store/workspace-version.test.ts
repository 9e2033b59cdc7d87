// Opening a workspace on either engine: a new one gets the latest schema; one written by a
// newer Campaign Desk is refused with a message naming both versions and is not changed.
import { describe, expect, it } from 'vitest';
import { WorkspaceVersionError } from '../../../electron/store/errors.ts';
import { LATEST_VERSION } from '../../../electron/store/migrations/index.ts';
import {
  ENGINES,
  openStoreAt,
  schemaVersion,
  setSchemaVersion,
  snapshot,
  useLocation,
} from '../../helpers/engines.ts';
import { createFixtureWorkspace } from '../../helpers/workspace.ts';

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);

  it('a new workspace is empty and has the latest schema version', async () => {
    const store = await openStoreAt(location());
    try {
      expect(await store.read((tx) => tx.isEmpty())).toBe(true);
      expect(await schemaVersion(location())).toBe(LATEST_VERSION);
    } finally {
      await store.close();
    }
  });

  it('a workspace from a newer Campaign Desk is refused and left as it was', async () => {
    await createFixtureWorkspace(location());
    await setSchemaVersion(location(), LATEST_VERSION + 1);
    const before = await snapshot(location());

    const error = await openStoreAt(location()).then(
      async (store) => {
        await store.close();
        return undefined;
      },
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(WorkspaceVersionError);
    const message = (error as Error).message;
    expect(message).toContain(`workspace version ${LATEST_VERSION + 1}`);
    expect(message).toContain(`up to ${LATEST_VERSION}`);
    expect(message).toMatch(/newer Campaign Desk/);
    expect(await schemaVersion(location())).toBe(LATEST_VERSION + 1);
    expect(await snapshot(location())).toEqual(before);
  });
});
