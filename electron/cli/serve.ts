import type { Services } from '../services/services.ts';
import { scheduleDailyBackups } from '../store/sqlite/auto-backup.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { startHttpServer } from '../transports/http-server.ts';

/** `campaign-desk serve`: the API table and the built UI over HTTP on loopback, until stopped. */
export async function serveCommand(
  services: Services,
  store: Store,
  options: { port: number; maxBodyMib?: number; io: { out: (text: string) => void } },
): Promise<void> {
  const limits = options.maxBodyMib === undefined ? {} : { maxBodyBytes: options.maxBodyMib * 1024 * 1024 };
  const server = await startHttpServer(services, { port: options.port, host: '127.0.0.1', limits });
  options.io.out(`Campaign Desk is serving ${store.location} on ${server.url} (Ctrl+C to stop)`);
  // An embedded workspace served to a team gets the desktop app's daily backups too.
  const stopBackups =
    store instanceof SqliteStore && !store.readonly
      ? scheduleDailyBackups(store, services.ctx.now, (err) =>
          console.error(`campaign-desk: the daily backup failed: ${(err as Error).message}`),
        )
      : () => {};
  await new Promise<void>((resolve) => {
    const stop = () => {
      stopBackups();
      void server
        .close()
        .then(() => store.close())
        .then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
