import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { ApiResult, Method } from '../../shared/api.ts';
import { createDispatch, type Dispatch } from '../../electron/api/dispatch.ts';
import { SYSTEM_CLI } from '../../electron/services/context.ts';
import { createServices, type Services } from '../../electron/services/services.ts';
import { SqliteStore } from '../../electron/store/sqlite/sqlite-store.ts';
import type { Store } from '../../electron/store/store.ts';
import { openStoreAt, useTemplate, type EngineName } from './engines.ts';
import { fixtureDocument } from './files.ts';

export const FIXED_NOW = '2026-11-22T10:00:00.000Z';

export interface TestWorkspace {
  /** A file path or a `postgres://` URL. */
  location: string;
  store: Store;
  services: Services;
  dispatch: Dispatch;
  /** Calls an API method as the person with that key (or as the command line when `as` is omitted). */
  call<M extends Method>(method: M, input: unknown, as?: string): Promise<ApiResult<M>>;
  close(): Promise<void>;
}

/** Opens a real SQLite workspace with the services and the dispatcher every front end uses. */
export function openWorkspace(file: string, now: () => Date = () => new Date(FIXED_NOW)): TestWorkspace {
  return withServices(file, SqliteStore.open(file), now);
}

/** The same on either engine: a file path or a `postgres://` URL. */
export async function openWorkspaceAt(
  location: string,
  now: () => Date = () => new Date(FIXED_NOW),
): Promise<TestWorkspace> {
  return withServices(location, await openStoreAt(location), now);
}

function withServices(location: string, store: Store, now: () => Date): TestWorkspace {
  // The machine's zone pinned, so nothing depends on where the tests run.
  const services = createServices(store, {
    now,
    osTimeZone: 'UTC',
    sampleDocument: async () => fixtureDocument(),
  });
  const dispatch = createDispatch(services);
  return {
    location,
    store,
    services,
    dispatch,
    call: async (method, input, as) =>
      (await (as === undefined
        ? dispatch(method, input, { actor: undefined }, SYSTEM_CLI)
        : dispatch(method, input, { actor: as }))) as ApiResult<typeof method>,
    close: () => store.close(),
  };
}

/** A workspace (file or database) holding the signage-company fixture, closed again. */
export async function createFixtureWorkspace(location: string): Promise<void> {
  const ws = await openWorkspaceAt(location);
  try {
    await ws.call('workspace.import', { document: fixtureDocument() });
  } finally {
    await ws.close();
  }
}

/**
 * Imports the fixture once for the test file; each call of the returned function
 * copies it to a new workspace file (much faster than importing for every test).
 */
export function useFixtureWorkspace(): (file: string) => void {
  let template: string | undefined;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-template-'));
    template = path.join(dir, 'fixture.sqlite');
    await createFixtureWorkspace(template);
  });
  afterAll(() => {
    if (template) fs.rmSync(path.dirname(template), { recursive: true, force: true });
  });
  return (file) => {
    if (!template) throw new Error('useFixtureWorkspace: the template exists only while the tests run');
    fs.copyFileSync(template, file);
  };
}

/**
 * For each test of the file, a fresh copy of the fixture workspace opened with the services.
 * The returned object always speaks for the current test's workspace.
 */
export function useOpenFixtureWorkspace(engine: EngineName = 'sqlite'): Omit<TestWorkspace, 'close'> {
  const copyFixture = useTemplate(engine, createFixtureWorkspace);
  let current: TestWorkspace | undefined;
  beforeEach(async () => {
    current = await openWorkspaceAt(await copyFixture());
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const open = (): TestWorkspace => {
    if (!current) throw new Error('useOpenFixtureWorkspace: the workspace is open only while a test runs');
    return current;
  };
  return {
    get location() {
      return open().location;
    },
    get store() {
      return open().store;
    },
    get services() {
      return open().services;
    },
    get dispatch() {
      return open().dispatch;
    },
    call: (method, input, as) => open().call(method, input, as),
  };
}
