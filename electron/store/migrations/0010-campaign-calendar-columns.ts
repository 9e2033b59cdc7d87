// Issue 13: the calendar's month read ~1,100 child rows besides the acknowledgements, each table
// a seek per campaign: ~700 campaign_departments rows for three or four ids each, ~360 brief
// versions of which the rules read only the number, date and kind, and a decisions seek per
// campaign for the few that have any. The campaign row now carries them:
// - department_ids: the department ids in position order, comma-separated ('' for none);
// - version_list: each brief version as "version published_at minor" (minor: 1 or 0), comma-
//   separated in version order ('' for none) — brief versions are append-only;
// - first_decision_at: the earliest decision's `at` (NULL for none), so decisions are read only
//   for the campaigns that had one by the instant asked — decisions are append-only.
// Derived data: kept by triggers (in the write's transaction, for any writer), filled here. The
// child tables stay the source of truth and serve every other query.
import type { Migration } from './migration.ts';

const lists = (engine: 'sqlite' | 'postgres') => {
  const joined = (value: string, order: string) =>
    engine === 'sqlite'
      ? `group_concat(${value}, ',' ORDER BY ${order})`
      : `string_agg(${value}, ',' ORDER BY ${order})`;
  const minor = engine === 'sqlite' ? "(change = 'minor')" : "(change = 'minor')::int";
  return {
    departments: (campaign: string) =>
      `coalesce((SELECT ${joined(engine === 'sqlite' ? 'department_id' : 'department_id::text', 'position')}
        FROM campaign_departments WHERE campaign_id = ${campaign}), '')`,
    versions: (campaign: string) =>
      `coalesce((SELECT ${joined(`version || ' ' || published_at || ' ' || ${minor}`, 'version')}
        FROM brief_versions WHERE campaign_id = ${campaign}), '')`,
    firstDecision: (campaign: string) => `(SELECT min(at) FROM decisions WHERE campaign_id = ${campaign})`,
  };
};

const fill = (engine: 'sqlite' | 'postgres') => {
  const l = lists(engine);
  return `
ALTER TABLE campaigns ADD COLUMN department_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN version_list TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN first_decision_at ${engine === 'sqlite' ? 'INTEGER' : 'BIGINT'};
UPDATE campaigns SET department_ids = ${l.departments('campaigns.id')}, version_list = ${l.versions('campaigns.id')},
  first_decision_at = ${l.firstDecision('campaigns.id')};`;
};

// Each trigger recomputes the value from the child table (a few rows of one campaign): right
// whatever order rows arrive in.
const s = lists('sqlite');
const setSqlite = (column: string, value: (c: string) => string, row: 'NEW' | 'OLD') =>
  `UPDATE campaigns SET ${column} = ${value(`${row}.campaign_id`)} WHERE id = ${row}.campaign_id;`;
const sqlite = `${fill('sqlite')}
CREATE TRIGGER campaign_department_ids_insert AFTER INSERT ON campaign_departments
BEGIN ${setSqlite('department_ids', s.departments, 'NEW')} END;
CREATE TRIGGER campaign_department_ids_delete AFTER DELETE ON campaign_departments
BEGIN ${setSqlite('department_ids', s.departments, 'OLD')} END;
CREATE TRIGGER campaign_department_ids_update AFTER UPDATE ON campaign_departments
BEGIN ${setSqlite('department_ids', s.departments, 'OLD')} ${setSqlite('department_ids', s.departments, 'NEW')} END;
CREATE TRIGGER campaign_version_list_insert AFTER INSERT ON brief_versions
BEGIN ${setSqlite('version_list', s.versions, 'NEW')} END;
CREATE TRIGGER campaign_first_decision_insert AFTER INSERT ON decisions
BEGIN ${setSqlite('first_decision_at', s.firstDecision, 'NEW')} END;
`;

// PostgreSQL: once per statement over its changed rows (the store replaces a campaign's
// departments in one DELETE and one INSERT).
const p = lists('postgres');
const pgFunction = (name: string, column: string, value: (c: string) => string, changed: string) => `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE campaigns c SET ${column} = ${value('c.id')} WHERE c.id IN (SELECT campaign_id FROM ${changed});
  RETURN NULL;
END $$;`;
const pgTrigger = (name: string, event: string, table: string, transition: string) => `
CREATE TRIGGER ${name} AFTER ${event} ON ${table} REFERENCING ${transition}
  FOR EACH STATEMENT EXECUTE FUNCTION ${name}();`;
const postgres = `${fill('postgres')}
${pgFunction('campaign_department_ids_insert', 'department_ids', p.departments, 'changed')}
${pgFunction('campaign_department_ids_delete', 'department_ids', p.departments, 'removed')}
${pgFunction('campaign_department_ids_update', 'department_ids', p.departments, '(SELECT campaign_id FROM removed UNION SELECT campaign_id FROM changed) AS both_sides')}
${pgFunction('campaign_version_list_insert', 'version_list', p.versions, 'changed')}
${pgFunction('campaign_first_decision_insert', 'first_decision_at', p.firstDecision, 'changed')}
${pgTrigger('campaign_department_ids_insert', 'INSERT', 'campaign_departments', 'NEW TABLE AS changed')}
${pgTrigger('campaign_department_ids_delete', 'DELETE', 'campaign_departments', 'OLD TABLE AS removed')}
${pgTrigger('campaign_department_ids_update', 'UPDATE', 'campaign_departments', 'OLD TABLE AS removed NEW TABLE AS changed')}
${pgTrigger('campaign_version_list_insert', 'INSERT', 'brief_versions', 'NEW TABLE AS changed')}
${pgTrigger('campaign_first_decision_insert', 'INSERT', 'decisions', 'NEW TABLE AS changed')}
`;

export const migration: Migration = {
  version: 10,
  name: "campaigns carry their department ids, brief version list and first decision, for the calendar's read",
  sql: { sqlite, postgres },
};
