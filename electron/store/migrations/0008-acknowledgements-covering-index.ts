// Issue 13: the calendar reads every acknowledgement of a month's campaigns (a few thousand rows).
// With the columns it reads in the index, that is one range read of the index per campaign
// instead of a table lookup per row (≈ 1.2 → 0.8 ms for a month of 200 campaigns). The old index
// has the same leading columns, so this one serves every query it served.
import type { Migration } from './migration.ts';

const sqlite = `
CREATE INDEX acknowledgements_by_campaign_covering
  ON acknowledgements(campaign_id, id, at, department_id, version, person_id, state, note);
DROP INDEX acknowledgements_by_campaign;
`;

const postgres = `
CREATE INDEX acknowledgements_by_campaign_covering
  ON acknowledgements(campaign_id, id) INCLUDE (at, department_id, version, person_id, state, note);
DROP INDEX acknowledgements_by_campaign;
`;

export const migration: Migration = {
  version: 8,
  name: 'acknowledgements: a covering index by campaign',
  sql: { sqlite, postgres },
};
