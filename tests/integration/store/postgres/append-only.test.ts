// PostgreSQL only: TRUNCATE skips row triggers, so the append-only tables refuse it separately.
import { describe, expect, it } from 'vitest';
import { rawSql, useTemplate } from '../../../helpers/engines.ts';
import { createFixtureWorkspace } from '../../../helpers/workspace.ts';

const fixtureCopy = useTemplate('postgres', createFixtureWorkspace);

describe.each(['acknowledgements', 'decisions', 'audit_events'])('%s', (table) => {
  it('TRUNCATE fails and leaves the rows', async () => {
    const location = await fixtureCopy();
    const count = async () => (await rawSql(location, `SELECT count(*) AS n FROM ${table}`))[0]?.n;
    const before = await count();
    await expect(rawSql(location, `TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
    expect(Number(before)).toBeGreaterThan(0);
  });
});
