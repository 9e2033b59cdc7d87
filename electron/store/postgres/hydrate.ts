// The PostgreSQL rows for the shared campaign hydrator (../hydrate.ts): one query per child table.
import type pg from 'pg';
import type { AckRow, ChildRowSource, DecisionRow, VersionRow } from '../hydrate.ts';

export function postgresChildRows(client: pg.ClientBase): ChildRowSource {
  const all = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
    (await client.query<R>(sql, params)).rows;
  return {
    departments: () => all('SELECT id, key FROM departments'),
    people: () => all('SELECT id, key FROM people'),
    versions: (ids, knownAt) =>
      all<VersionRow>(
        `SELECT campaign_id AS c, version, published_at, (change = 'minor')::int AS minor, published_by, content FROM brief_versions
         WHERE campaign_id = ANY($1::bigint[]) AND published_at <= $2 ORDER BY campaign_id, version`,
        [ids, knownAt],
      ),
    acks: (ids, knownAt) =>
      all<AckRow>(
        `SELECT campaign_id AS c, department_id AS d, version, person_id AS p, at, (state = 'concern')::int AS concern, note FROM acknowledgements
         WHERE campaign_id = ANY($1::bigint[]) AND at <= $2 ORDER BY campaign_id, id`,
        [ids, knownAt],
      ),
    acksInForce: (ids, knownAt) =>
      all<AckRow>(
        `SELECT campaign_id AS c, department_id AS d, version, person_id AS p, at, (state = 'concern')::int AS concern, note FROM acknowledgement_spans
         WHERE campaign_id = ANY($1::bigint[]) AND superseded_at > $2 AND at <= $2 ORDER BY campaign_id, id`,
        [ids, knownAt],
      ),
    decisions: (ids, knownAt) =>
      all<DecisionRow>(
        `SELECT campaign_id AS c, decision, person_id AS p, at, expires, note, flags FROM decisions
         WHERE campaign_id = ANY($1::bigint[]) AND at <= $2 ORDER BY campaign_id, id`,
        [ids, knownAt],
      ),
  };
}
