// One numbered list of schema migrations for both engines. A migration holds one
// SQL text when the engines agree, or one per engine where their SQL differs.
// Never edit a migration that has shipped; add the next file.

export type Engine = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  sql: string | Readonly<Record<Engine, string>>;
}

export function sqlFor(migration: Migration, engine: Engine): string {
  return typeof migration.sql === 'string' ? migration.sql : migration.sql[engine];
}
