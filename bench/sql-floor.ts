// The readiness report at `at` (spec §4–6) computed directly in SQLite: one statement over
// the same workspace file that builds the whole report as JSON, as the floor the service's
// time is compared with. Its output must deep-equal ReadinessService.report's.
import type Database from 'better-sqlite3';
import type { CampaignReadiness, ReadinessOptions, ReadinessReport } from '../shared/domain.ts';

const DAY_MS = 86_400_000;

const ISO = (ms: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${ms} / 1000.0, 'unixepoch')`;
const FAILING = `((m.direction = 'higher_is_better' AND s.value < m.fail) OR (m.direction = 'lower_is_better' AND s.value > m.fail))`;
const AT_RISK = `((m.direction = 'higher_is_better' AND s.value < m.warn) OR (m.direction = 'lower_is_better' AND s.value > m.warn))`;
const LATEST_SAMPLE = (metric: string, t: string) =>
  `(SELECT x.id FROM samples x WHERE x.metric_id = ${metric} AND x.at <= ${t} ORDER BY x.at DESC, x.id DESC LIMIT 1)`;
const TRUE_FALSE = (condition: string) => `CASE WHEN ${condition} THEN json('true') ELSE json('false') END`;

const SQL = `
WITH
cand AS MATERIALIZED (
  SELECT id, key, title, starts_at, ends_at,
    CASE WHEN starts_at > :at THEN 'upcoming' WHEN ends_at < :at THEN 'ended' ELSE 'live' END AS phase
  FROM campaigns
  WHERE status = 'published' AND ends_at >= :endFrom AND starts_at <= :startTo
    AND starts_at >= :endFrom - (SELECT max(ends_at - starts_at) FROM campaigns)
),
metric_now AS MATERIALIZED (
  SELECT m.id, m.key, m.department_id, m.warn, m.fail, s.value, s.at AS sample_at,
    CASE WHEN s.id IS NULL OR :at - s.at > m.max_age_hours * 3600000 THEN 'stale'
         WHEN ${FAILING} THEN 'failing' WHEN ${AT_RISK} THEN 'at_risk' ELSE 'ok' END AS status
  FROM metrics m LEFT JOIN samples s ON s.id = ${LATEST_SAMPLE('m.id', ':at')}
),
need AS MATERIALIZED (
  SELECT c.id AS cid, c.starts_at, cd.department_id AS did,
    (SELECT max(v.version) FROM brief_versions v WHERE v.campaign_id = c.id AND v.published_at <= :at) AS cur
  FROM cand c CROSS JOIN campaign_departments cd ON cd.campaign_id = c.id -- CROSS JOIN: cand drives the loop
  WHERE c.phase <> 'ended' AND cd.department_id IS NOT (SELECT id FROM departments WHERE key = 'marketing')
),
ack AS MATERIALIZED (
  SELECT n.cid, n.did, n.starts_at, n.cur,
    (SELECT a.id FROM acknowledgements a
      WHERE a.campaign_id = n.cid AND a.department_id = n.did AND a.at <= :at AND a.version <= n.cur
        AND NOT EXISTS (SELECT 1 FROM brief_versions b WHERE b.campaign_id = n.cid AND b.published_at <= :at
                          AND b.version > a.version AND b.version <= n.cur AND b.change = 'material')
      ORDER BY a.at DESC, a.id DESC LIMIT 1) AS valid_id
  FROM need n
),
flags (cid, severity, code, subject, flag) AS (
  SELECT c.id, 'critical', 'launched_while_failing', m.key,
    json_object('code', 'launched_while_failing', 'severity', 'critical', 'metric', m.key, 'status', 'failing',
                'value', s.value, 'threshold', m.fail, 'sampleAt', ${ISO('s.at')})
  FROM cand c JOIN campaign_departments cd ON cd.campaign_id = c.id JOIN metrics m ON m.department_id = cd.department_id
    JOIN samples s ON s.id = ${LATEST_SAMPLE('m.id', 'c.starts_at')}
  WHERE c.phase <> 'upcoming' AND c.starts_at - s.at <= m.max_age_hours * 3600000 AND ${FAILING}
  UNION ALL
  SELECT c.id, CASE n.status WHEN 'failing' THEN 'critical' ELSE 'warning' END,
    CASE n.status WHEN 'failing' THEN 'metric_failing' WHEN 'at_risk' THEN 'metric_at_risk' ELSE 'metric_stale' END, n.key,
    CASE n.status
      WHEN 'stale' THEN json_object('code', 'metric_stale', 'severity', 'warning', 'metric', n.key, 'status', 'stale',
                                    'sampleAt', ${ISO('n.sample_at')})
      ELSE json_object('code', CASE n.status WHEN 'failing' THEN 'metric_failing' ELSE 'metric_at_risk' END,
                       'severity', CASE n.status WHEN 'failing' THEN 'critical' ELSE 'warning' END,
                       'metric', n.key, 'status', n.status, 'value', n.value,
                       'threshold', CASE n.status WHEN 'failing' THEN n.fail ELSE n.warn END, 'sampleAt', ${ISO('n.sample_at')})
    END
  FROM cand c JOIN campaign_departments cd ON cd.campaign_id = c.id JOIN metric_now n ON n.department_id = cd.department_id
  WHERE c.phase <> 'ended' AND n.status <> 'ok'
  UNION ALL
  SELECT a.cid, CASE WHEN :at >= a.starts_at - :deadline THEN 'critical' ELSE 'warning' END, 'missing_acknowledgement', d.key,
    json_object('code', 'missing_acknowledgement', 'severity', CASE WHEN :at >= a.starts_at - :deadline THEN 'critical' ELSE 'warning' END,
                'department', d.key,
                'staleVersion', ${TRUE_FALSE(`EXISTS (SELECT 1 FROM acknowledgements o WHERE o.campaign_id = a.cid
                  AND o.department_id = a.did AND o.at <= :at AND o.version < a.cur)`)})
  FROM ack a JOIN departments d ON d.id = a.did
  WHERE a.valid_id IS NULL
  UNION ALL
  SELECT a.cid, 'warning', 'concern_raised', d.key,
    json_object('code', 'concern_raised', 'severity', 'warning', 'department', d.key, 'note', coalesce(k.note, ''),
                'by', p.key, 'ackAt', ${ISO('k.at')})
  FROM ack a JOIN acknowledgements k ON k.id = a.valid_id JOIN departments d ON d.id = a.did JOIN people p ON p.id = k.person_id
  WHERE k.state = 'concern'
),
per_campaign AS (
  SELECT cid, count(*) AS n, sum(severity = 'critical') AS critical,
    json_group_array(json(flag) ORDER BY severity, code, subject) AS flags
  FROM flags GROUP BY cid
),
standing AS (
  SELECT c.id AS cid, x.decision,
    json_patch(json_object('decision', x.decision, 'by', p.key, 'at', ${ISO('x.at')}, 'note', x.note),
               json_object('expires', ${ISO('x.expires')})) AS json -- a null expires is left out
  FROM cand c JOIN decisions x ON x.id = (SELECT y.id FROM decisions y WHERE y.campaign_id = c.id AND y.at <= :at
                                          ORDER BY y.at DESC, y.id DESC LIMIT 1)
    JOIN people p ON p.id = x.person_id
  WHERE c.phase <> 'ended' AND (x.expires IS NULL OR x.expires > :at)
),
report AS (
  SELECT c.starts_at, c.key,
    json_patch(
      json_object('key', c.key, 'title', c.title, 'start', ${ISO('c.starts_at')}, 'end', ${ISO('c.ends_at')}, 'phase', c.phase,
        'readiness', CASE WHEN c.phase = 'ended' THEN 'ended'
                          WHEN coalesce(f.n, 0) = 0 THEN 'ready'
                          WHEN d.decision = 'go' THEN 'ready_by_decision'
                          WHEN f.critical > 0 THEN 'not_ready' ELSE 'at_risk' END,
        'flags', json(coalesce(f.flags, '[]'))),
      json_object('decision', json(d.json))) AS campaign
  FROM cand c LEFT JOIN per_campaign f ON f.cid = c.id LEFT JOIN standing d ON d.cid = c.id
  WHERE c.phase <> 'ended' OR f.n > 0
)
SELECT json_group_array(json(campaign) ORDER BY starts_at, key) AS campaigns FROM report`;

/** Prepares the floor statement once; each call runs it for `options`. */
export function sqlFloor(db: Database.Database): (options: ReadinessOptions) => ReadinessReport {
  const statement = db.prepare<Record<string, number>, { campaigns: string }>(SQL);
  return (options) => {
    const at = Date.parse(options.at);
    const row = statement.get({
      at,
      endFrom: at - options.lookbackDays * DAY_MS,
      startTo: at + options.horizonDays * DAY_MS,
      deadline: options.ackDeadlineDays * DAY_MS,
    });
    return { at: options.at, campaigns: JSON.parse(row?.campaigns ?? '[]') as CampaignReadiness[] };
  };
}
