import type { Migration } from './migration.ts';

export const migration: Migration = {
  version: 2,
  name: 'audit history per object',
  sql: 'CREATE INDEX audit_events_by_object ON audit_events(object_type, object_key, id);',
};
