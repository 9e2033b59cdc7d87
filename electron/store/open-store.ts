// One opener for every front end: a `postgres://` or `postgresql://` URL opens the
// PostgreSQL store, anything else is a SQLite workspace file (team-server.md §1).
import type { Store } from './store.ts';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { PostgresStore } = await import('./postgres/postgres-store.ts');
    return PostgresStore.open(location);
  }
  const { SqliteStore } = await import('./sqlite/sqlite-store.ts');
  return SqliteStore.open(location);
}
