// A campaign ending in year 10000 (in UTC) is refused for its year, not for "ending before
// it starts"; samples from a CSV file always survive the workspace's own export → import.
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../../../shared/schemas/interchange.ts';
import { useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

describe('instants at the edges of the calendar', () => {
  it('a campaign ending in year 10000 is refused for its year', async () => {
    const input = { title: 'Forever', start: '2027-01-01T00:00:00Z', end: '9999-12-31T23:30-01:00' };
    const error = await ws.call('campaigns.create', input, 'maria').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('1000–9999') });
    expect((error as Error).message).not.toContain('ends before it starts');
  });

  it('a sample in year 50 is refused, not stored in 1950', async () => {
    const error = await ws
      .call('samples.add', { metric: 'csat', at: '0050-06-01T00:00+01:00', value: 1 }, 'olena')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('1000–9999') });
    const stored = await ws.call('samples.list', {
      metric: 'csat',
      from: '1000-01-01T00:00:00Z',
      to: '2000-01-01T00:00:00Z',
    });
    expect(stored).toEqual([]);
  });
});

describe('what the CSV path accepts', () => {
  it('round-trips through the workspace export and import', async () => {
    const source = 'ü'.repeat(100);
    const csv = `metric,at,value,source\ncsat,1000-01-01T00:00:00Z,1,${source}\ncsat,9999-12-31T23:59:59.999Z,2,x\n`;
    expect((await ws.call('samples.importCsv', { csv }, 'olena')).imported).toBe(2);
    const tooLong = `metric,at,value,source\ncsat,2026-11-01T00:00:00Z,1,${'x'.repeat(101)}\n`;
    expect((await ws.call('samples.importCsv', { csv: tooLong }, 'olena')).errors).toHaveLength(1);
    const exported = (await ws.call('workspace.export', {})) as InterchangeDocument;
    const error = await ws
      .call('workspace.import', { document: exported })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeUndefined();
    expect(await ws.call('workspace.export', {})).toEqual(exported);
  });
});
