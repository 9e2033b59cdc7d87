// Rows in every table of the version-1 schema, for migration tests on either engine.
import { rawSql } from './engines.ts';

/** Real rows in every table of the version-1 schema (later migrations keep these tables). */
export function version1Rows(): string {
  const t = Date.parse('2026-11-20T08:00:00Z');
  return `
    INSERT INTO departments (id, key, name, color) VALUES (1, 'marketing', 'Marketing', '#8e24aa'), (2, 'delivery', 'Delivery', '#2e7d32');
    INSERT INTO people (id, key, name, department_id, roles) VALUES (1, 'maria', 'Maria', 1, '["marketing"]'), (2, 'taras', 'Taras', 2, '["member"]');
    INSERT INTO metrics (id, key, name, department_id, unit, direction, warn, fail, max_age_hours)
      VALUES (1, 'on_time', 'On-time delivery', 2, '%', 'higher_is_better', 95, 90, 48);
    INSERT INTO samples (metric_id, at, value, source) VALUES (1, ${t}, 87.5, 'csv'), (1, ${t}, 88, 'csv');
    INSERT INTO campaigns (id, key, title, starts_at, ends_at, status, channels, owner_id, draft)
      VALUES (1, 'bf', 'Black Friday', ${t + 7 * 86_400_000}, ${t + 10 * 86_400_000}, 'published', '["email"]', 1, NULL);
    INSERT INTO campaign_departments (campaign_id, department_id, position) VALUES (1, 1, 0), (1, 2, 1);
    INSERT INTO brief_versions (campaign_id, version, published_at, change, published_by, content)
      VALUES (1, 1, ${t}, 'material', 'maria', '{"promise":"Next-day delivery"}');
    INSERT INTO acknowledgements (campaign_id, department_id, version, person_id, at, state, note)
      VALUES (1, 2, 1, 2, ${t + 3_600_000}, 'concern', 'Two vans in repair');
    INSERT INTO decisions (campaign_id, decision, person_id, at, expires, note, flags)
      VALUES (1, 'go', 1, ${t + 7_200_000}, NULL, 'Extra couriers', '[]');
    INSERT INTO audit_events (at, actor, action, object_type, object_key, detail)
      VALUES (${t}, 'maria', 'campaign.publish', 'campaign', 'bf', '{}');
    INSERT INTO settings (key, value) VALUES ('readiness', '{"horizonDays":21}');
  `;
}

/** Every row of every table, selecting only the columns the older schema had. */
export async function dump(
  location: string,
  columns: Map<string, string[]>,
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, cols] of columns) {
    const list = cols.map((c) => `"${c}"`).join(', ');
    out[table] = await rawSql(location, `SELECT ${list} FROM "${table}" ORDER BY ${list}`);
  }
  return out;
}
