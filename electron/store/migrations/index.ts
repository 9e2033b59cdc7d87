// The workspace schema, in order. SQLite's `user_version` and PostgreSQL's
// `campaign_desk_schema` table hold the number of the last migration applied.
import type { Migration } from './migration.ts';
import { migration as m1 } from './0001-workspace-core.ts';
import { migration as m2 } from './0002-audit-history-per-object.ts';
import { migration as m3 } from './0003-revisions-change-log-audit-chain.ts';
import { migration as m4 } from './0004-revoke-history-writes.ts';
import { migration as m5 } from './0005-team-access.ts';
import { migration as m6 } from './0006-sample-corrections.ts';
import { migration as m7 } from './0007-archive-departments-people.ts';
import { migration as m8 } from './0008-calendar-covering-indexes.ts';
import { migration as m9 } from './0009-acknowledgement-spans.ts';
import { migration as m10 } from './0010-campaign-calendar-columns.ts';

export { sqlFor, type Engine, type Migration } from './migration.ts';

export const MIGRATIONS: readonly Migration[] = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
