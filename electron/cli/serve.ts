import type { Services } from '../services/services.ts';
import { scheduleDailyBackups } from '../store/sqlite/auto-backup.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { startHttpServer } from '../transports/http-server.ts';

/**
 * `campaign-desk serve`: the API table and the built UI over HTTP(S) until stopped; embedded on
 * loopback, or a team server with sign-in (team-server.md §2).
 */
export async function serveCommand(
  services: Services,
  store: Store,
  options: {
    host: string;
    port: number;
    team: boolean;
    tls?: { cert: Buffer; key: Buffer } | undefined;
    maxBodyMib?: number | undefined;
    io: { out: (text: string) => void };
  },
): Promise<void> {
  const limits = options.maxBodyMib === undefined ? {} : { maxBodyBytes: options.maxBodyMib * 1024 * 1024 };
  const { host, port, team, tls } = options;
  const server = await startHttpServer(services, { port, host, limits, team, ...(tls ? { tls } : {}) });
  const mode = team ? 'a team workspace (sign-in required)' : 'one desk (no sign-in)';
  options.io.out(`Campaign Desk is serving ${store.location} on ${server.url} as ${mode} (Ctrl+C to stop)`);
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
