// The workspace's time zone: taken from the machine at first start and kept, so times
// without a zone read the same wherever the workspace is opened later.
import path from 'node:path';
import { expect, it } from 'vitest';
import { createServices } from '../../../electron/services/services.ts';
import { createDispatch } from '../../../electron/api/dispatch.ts';
import { SYSTEM_CLI } from '../../../electron/services/context.ts';
import { SqliteStore } from '../../../electron/store/sqlite/sqlite-store.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tempDir = useTempDir();

async function withMachineZone<T>(
  file: string,
  zone: string,
  work: (call: ReturnType<typeof caller>) => Promise<T>,
) {
  const store = SqliteStore.open(file);
  try {
    return await work(caller(createDispatch(createServices(store, { osTimeZone: zone }))));
  } finally {
    await store.close();
  }
}

function caller(dispatch: ReturnType<typeof createDispatch>) {
  return (method: Parameters<typeof dispatch>[0], input: unknown) =>
    dispatch(method, input, { actor: undefined }, SYSTEM_CLI);
}

it('first start takes the machine zone and keeps it; a zone that does not exist is refused', async () => {
  const file = path.join(tempDir(), 'workspace.sqlite');
  await withMachineZone(file, 'Europe/Kyiv', async (call) => {
    await call('workspace.setup', {
      department: { key: 'marketing', name: 'Marketing', color: '#2e7d32' },
      person: { key: 'maria', name: 'Maria', roles: ['marketing'] },
    });
  });
  await withMachineZone(file, 'America/New_York', async (call) => {
    expect(await call('settings.get', {})).toMatchObject({ timeZone: 'Europe/Kyiv' });
    await expect(call('settings.set', { timeZone: 'Mars/Olympus' })).rejects.toThrow(/time zone/);
    expect(await call('settings.set', { timeZone: 'Europe/Stockholm' })).toMatchObject({
      timeZone: 'Europe/Stockholm',
    });
  });
});
