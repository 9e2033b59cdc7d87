// Issue 13: every read of campaigns also read their departments from campaign_departments — for
// the calendar's month, ~700 rows (a seek per campaign) for a list of three or four ids each.
// campaigns.department_ids holds the same list, in position order, as comma-separated ids ('' for
// none), so the campaign row carries it: ≈ 0.1 ms of the month's ≈ 1.5 ms read. Derived data: kept
// by triggers on campaign_departments (in the write's transaction, for any writer), filled here.
// campaign_departments stays the source of truth and serves the queries that filter by department.
import type { Migration } from './migration.ts';

const ids = (campaign: string, list: string) =>
  `coalesce((SELECT ${list} FROM campaign_departments WHERE campaign_id = ${campaign}), '')`;

const refresh = (list: string, row: 'NEW' | 'OLD') =>
  `UPDATE campaigns SET department_ids = ${ids(`${row}.campaign_id`, list)} WHERE id = ${row}.campaign_id;`;

const SQLITE_LIST = "group_concat(department_id, ',' ORDER BY position)";
const sqlite = `
ALTER TABLE campaigns ADD COLUMN department_ids TEXT NOT NULL DEFAULT '';
UPDATE campaigns SET department_ids = ${ids('campaigns.id', SQLITE_LIST)};
CREATE TRIGGER campaign_department_ids_insert AFTER INSERT ON campaign_departments
BEGIN ${refresh(SQLITE_LIST, 'NEW')} END;
CREATE TRIGGER campaign_department_ids_delete AFTER DELETE ON campaign_departments
BEGIN ${refresh(SQLITE_LIST, 'OLD')} END;
CREATE TRIGGER campaign_department_ids_update AFTER UPDATE ON campaign_departments
BEGIN ${refresh(SQLITE_LIST, 'OLD')} ${refresh(SQLITE_LIST, 'NEW')} END;
`;

// PostgreSQL: once per statement over its changed rows (the store replaces a campaign's list in
// one DELETE and one INSERT).
const PG_LIST = "string_agg(department_id::text, ',' ORDER BY position)";
const pgRefresh = (changed: string) => `
  UPDATE campaigns c SET department_ids = ${ids('c.id', PG_LIST)}
  WHERE c.id IN (SELECT campaign_id FROM ${changed});`;
const postgres = `
ALTER TABLE campaigns ADD COLUMN department_ids TEXT NOT NULL DEFAULT '';
UPDATE campaigns SET department_ids = ${ids('campaigns.id', PG_LIST)};
CREATE FUNCTION campaign_department_ids_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN ${pgRefresh('changed')} RETURN NULL; END $$;
CREATE FUNCTION campaign_department_ids_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN ${pgRefresh('removed')} RETURN NULL; END $$;
CREATE FUNCTION campaign_department_ids_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN ${pgRefresh('(SELECT campaign_id FROM removed UNION SELECT campaign_id FROM changed) AS both_sides')} RETURN NULL; END $$;
CREATE TRIGGER campaign_department_ids_insert AFTER INSERT ON campaign_departments
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION campaign_department_ids_after_insert();
CREATE TRIGGER campaign_department_ids_delete AFTER DELETE ON campaign_departments
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION campaign_department_ids_after_delete();
CREATE TRIGGER campaign_department_ids_update AFTER UPDATE ON campaign_departments
  REFERENCING OLD TABLE AS removed NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_department_ids_after_update();
`;

export const migration: Migration = {
  version: 10,
  name: "campaigns carry their department ids, for the calendar's read",
  sql: { sqlite, postgres },
};
