// One numbered list of schema migrations for both engines. A migration holds one
// SQL text when the engines agree, or one per engine where their SQL differs.
// Never edit a migration that has shipped; add the next file.
import type Database from 'better-sqlite3';
import type pg from 'pg';

export type Engine = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  sql: string | Readonly<Record<Engine, string>>;
  /** Data steps SQL cannot express (e.g. hashing), run after `sql` in the same transaction. */
  migrate?: {
    sqlite: (db: Database.Database) => void;
    postgres: (client: pg.ClientBase) => Promise<void>;
  };
}

export function sqlFor(migration: Migration, engine: Engine): string {
  return typeof migration.sql === 'string' ? migration.sql : migration.sql[engine];
}
