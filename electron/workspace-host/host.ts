// The workspace host: opens the SQLite workspace, runs the services behind the one
// dispatch, forwards their change events, and makes the daily backup. It runs in an
// Electron utility process (utility-main.ts); tests run it in-process over the same messages.
import fs from 'node:fs/promises';
import path from 'node:path';
import { createDispatch, toApiError, type Dispatch } from '../api/dispatch.ts';
import { createServices } from '../services/services.ts';
import { scheduleDailyBackups } from '../store/sqlite/auto-backup.ts';
import { BackupRefused, inspectBackup, restoreWorkspace } from '../store/sqlite/restore.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { failureOf, type FromHost, type ToHost } from './protocol.ts';

export const SAMPLE_FILE = 'signage-company.json';

export interface HostPort {
  post(message: FromHost): void;
  onMessage(listener: (message: ToHost) => void): void;
}

export function runWorkspaceHost(port: HostPort, exit: () => void): void {
  let store: SqliteStore | undefined;
  let dispatch: Dispatch | undefined;
  let stopBackups = () => {};
  let stopChanges = () => {};

  const open = (message: Extract<ToHost, { kind: 'open' }>) => {
    try {
      store = SqliteStore.open(message.file);
    } catch (err) {
      port.post({ kind: 'open-failed', failure: failureOf(err) });
      return;
    }
    // The main process's clock, carried as an offset (tests and demos pin "now").
    const now = () => new Date(Date.now() + message.clockOffsetMs);
    const sampleFile = path.join(message.resourcesDir, SAMPLE_FILE);
    const services = createServices(store, {
      now,
      sampleDocument: async () => JSON.parse(await fs.readFile(sampleFile, 'utf8')) as unknown,
    });
    dispatch = createDispatch(services);
    stopChanges = services.ctx.onChange((change) => port.post({ kind: 'change', change }));
    // The daily backup (7 daily + 4 weekly kept), now and hourly while the app runs.
    if (!store.readonly)
      stopBackups = scheduleDailyBackups(store, now, (err) =>
        console.error('Campaign Desk: the daily backup failed:', err),
      );
    port.post({ kind: 'opened', readonly: store.readonly });
  };

  const call = async (message: Extract<ToHost, { kind: 'call' }>) => {
    if (!dispatch) {
      const error = { code: 'unavailable' as const, message: 'The workspace is not open.' };
      return port.post({ kind: 'reply', id: message.id, response: { ok: false, error } });
    }
    try {
      const result = await dispatch(message.method, message.input, { actor: message.person });
      port.post({ kind: 'reply', id: message.id, response: { ok: true, result } });
    } catch (err) {
      port.post({ kind: 'reply', id: message.id, response: { ok: false, error: toApiError(err).toBody() } });
    }
  };

  const closeStore = async () => {
    stopBackups();
    stopChanges();
    dispatch = undefined;
    await store?.close();
    store = undefined;
  };

  const close = async () => {
    await closeStore();
    port.post({ kind: 'closed' });
    exit();
  };

  /** Checks the backup first (a refusal changes nothing), then closes the workspace and replaces it. */
  const restore = async (message: Extract<ToHost, { kind: 'restore' }>) => {
    const workspace = store?.location;
    try {
      if (!workspace) throw new Error('The workspace is not open.');
      inspectBackup(message.file);
    } catch (err) {
      const refused = err instanceof BackupRefused;
      return port.post({
        kind: 'restore-refused',
        reason: refused ? err.reason : 'failed',
        message: err instanceof Error ? err.message : String(err),
      });
    }
    await closeStore();
    try {
      restoreWorkspace(message.file, workspace, new Date(message.at));
      port.post({ kind: 'restored' });
    } catch (err) {
      port.post({ kind: 'restore-failed', message: err instanceof Error ? err.message : String(err) });
    }
    port.post({ kind: 'closed' });
    exit();
  };

  port.onMessage((message) => {
    // Reads and writes are serialised by the store; closing waits for the ones under way.
    if (message.kind === 'open') open(message);
    else if (message.kind === 'call') void call(message);
    else if (message.kind === 'restore') void restore(message);
    else void close();
  });
}
