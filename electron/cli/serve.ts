import type { Services } from '../services/services.ts';
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
  await new Promise<void>((resolve) => {
    const stop = () => {
      void server
        .close()
        .then(() => store.close())
        .then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
