// Issue 13: the calendar needs, of each department's acknowledgements of one brief version, only
// the latest at or before the instant it shows (ties: recorded last) — about 900 of the ~2,200
// acknowledgements of a busy month. acknowledgement_spans holds every acknowledgement with the
// instant the next one of its campaign, department and version (in `at`, then recorded order)
// replaced it: the one in force at K is the row with at <= K < superseded_at, for any K, past
// instants included. Keyed by (campaign_id, superseded_at), the calendar's read is one range per
// campaign that skips the superseded rows. Derived data: kept by a trigger on each insert into
// acknowledgements (in the same transaction), filled here from the stored rows.
import type { Migration } from './migration.ts';

/** superseded_at of an acknowledgement nothing has replaced yet (above every instant a date can hold). */
export const NOT_SUPERSEDED = Number.MAX_SAFE_INTEGER;

const SAME_GROUP = `campaign_id = NEW.campaign_id AND department_id = NEW.department_id AND version = NEW.version`;

// On each new acknowledgement (whose id is above every stored one): the span that held at its
// instant ends there (a tie included: the new one was recorded last), and the new one lasts until
// the next later acknowledgement of the group, if one was imported before it.
const follow = (end: string) => `
  UPDATE acknowledgement_spans SET superseded_at = NEW.at
  WHERE ${SAME_GROUP} AND at <= NEW.at AND superseded_at > NEW.at;
  INSERT INTO acknowledgement_spans (campaign_id, superseded_at, id, department_id, version, person_id, at, state, note)
  VALUES (NEW.campaign_id,
    coalesce((SELECT min(at) FROM acknowledgement_spans WHERE ${SAME_GROUP} AND at > NEW.at), ${NOT_SUPERSEDED}),
    NEW.id, NEW.department_id, NEW.version, NEW.person_id, NEW.at, NEW.state, NEW.note);
  ${end}`;

// The next acknowledgement of the group in (at, id) order has the smallest `at` of those after it.
const BACKFILL = `
INSERT INTO acknowledgement_spans (campaign_id, superseded_at, id, department_id, version, person_id, at, state, note)
SELECT campaign_id,
  coalesce(lead(at) OVER (PARTITION BY campaign_id, department_id, version ORDER BY at, id), ${NOT_SUPERSEDED}),
  id, department_id, version, person_id, at, state, note
FROM acknowledgements;
`;

const sqlite = `
CREATE TABLE acknowledgement_spans (
  campaign_id INTEGER NOT NULL,
  superseded_at INTEGER NOT NULL,
  id INTEGER NOT NULL,
  department_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  state TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (campaign_id, superseded_at, id)
) WITHOUT ROWID;
${BACKFILL}
CREATE TRIGGER acknowledgement_spans_follow AFTER INSERT ON acknowledgements
BEGIN ${follow('END;')}
`;

const postgres = `
CREATE TABLE acknowledgement_spans (
  campaign_id BIGINT NOT NULL,
  superseded_at BIGINT NOT NULL,
  id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  version INTEGER NOT NULL,
  person_id BIGINT NOT NULL,
  at BIGINT NOT NULL,
  state TEXT NOT NULL,
  note TEXT COLLATE "C",
  PRIMARY KEY (campaign_id, superseded_at, id) INCLUDE (department_id, version, person_id, at, state, note)
);
${BACKFILL}
CREATE FUNCTION acknowledgement_spans_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN ${follow('RETURN NULL;')}
END $$;
CREATE TRIGGER acknowledgement_spans_follow AFTER INSERT ON acknowledgements
  FOR EACH ROW EXECUTE FUNCTION acknowledgement_spans_follow();
`;

export const migration: Migration = {
  version: 9,
  name: 'acknowledgement spans: the acknowledgement in force at any instant, for the calendar',
  sql: { sqlite, postgres },
};
