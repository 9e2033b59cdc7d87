// Bad input to any API method is `invalid_input`, says where, and writes nothing.
import { describe, expect, it } from 'vitest';
import { ApiError, METHODS } from '../../../shared/api.ts';
import { fixtureDocument } from '../../helpers/files.ts';
import { FIXED_NOW, useOpenFixtureWorkspace } from '../../helpers/workspace.ts';

const ws = useOpenFixtureWorkspace();

/** Every row of every table: a write anywhere shows up here. */
function snapshot(): Record<string, unknown[]> {
  const tables = ws.store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, ws.store.db.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}

async function refusal(method: string, input: unknown, as?: string): Promise<ApiError> {
  try {
    await ws.dispatch(method, input, { actor: as });
  } catch (err) {
    return err as ApiError;
  }
  throw new Error(`${method} accepted ${JSON.stringify(input)}`);
}

describe('any method', () => {
  it.each(METHODS)('%s refuses an input that is not an object', async (method) => {
    const before = snapshot();
    const error = await refusal(method, 'not an object', 'admin');
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('invalid_input');
    expect(error.problems?.[0]?.path).toBe('$');
    expect(snapshot()).toEqual(before);
  });
});

const bf = () => fixtureDocument().campaigns[2] as Record<string, unknown>;
const start = '2026-12-10T08:00:00Z';
const end = '2026-12-12T20:00:00Z';

const cases: [method: string, as: string, input: unknown, path: string][] = [
  ['workspace.import', 'admin', { document: { format: 'campaign-desk/v2' } }, '$.format'],
  [
    'workspace.import',
    'admin',
    { document: { ...fixtureDocument(), campaigns: [{ ...bf(), start: '2026-11-27T09:00:00' }] } },
    '$.campaigns[0].start',
  ],
  ['workspace.import', 'admin', {}, '$.document'],
  ['campaigns.create', 'maria', { title: 'X', start: '2026-12-10T08:00:00', end }, '$.start'],
  ['campaigns.create', 'maria', { title: '   ', start, end }, '$.title'],
  ['campaigns.create', 'maria', { title: 'X', start: end, end: start }, '$.end'],
  ['campaigns.create', 'maria', { title: 'X', start, end, departments: ['not a key'] }, '$.departments[0]'],
  ['campaigns.update', 'maria', { key: 'bf-next-day', revision: 1, channels: [''] }, '$.channels[0]'],
  ['campaigns.update', 'maria', { key: 'bf-next-day', title: 'No revision' }, '$.revision'],
  ['campaigns.publish', 'maria', { key: 'bf-next-day', revision: 1, change: 'major' }, '$.change'],
  ['campaigns.publish', 'maria', { key: 'bf-next-day', revision: '1', change: 'minor' }, '$.revision'],
  ['campaigns.reschedule', 'maria', { key: 'bf-next-day', revision: 1, start: end, end: start }, '$.end'],
  ['campaigns.reschedule', 'maria', { key: 'bf-next-day', revision: 1, start: 'tomorrow', end }, '$.start'],
  ['campaigns.reschedule', 'maria', { key: 'bf-next-day', start, end }, '$.revision'],
  ['campaigns.cancel', 'maria', { key: '', revision: 1 }, '$.key'],
  ['campaigns.cancel', 'maria', { key: 'bf-next-day' }, '$.revision'],
  [
    'acknowledgements.record',
    'taras',
    { campaign: 'bf-next-day', department: 'delivery', state: 'acknowledged' },
    '$.version',
  ],
  [
    'acknowledgements.record',
    'taras',
    { campaign: 'bf-next-day', department: 'delivery', version: 2, state: 'maybe' },
    '$.state',
  ],
  [
    'acknowledgements.record',
    'olena',
    { campaign: 'bf-next-day', department: 'support', version: 2, state: 'concern' },
    '$.note',
  ],
  ['decisions.record', 'ceo', { campaign: 'bf-next-day', decision: 'go', note: '' }, '$.note'],
  [
    'decisions.record',
    'ceo',
    { campaign: 'bf-next-day', decision: 'go', note: 'x', expires: FIXED_NOW },
    '$.expires',
  ],
  [
    'metrics.define',
    'admin',
    {
      metric: {
        key: 'nps',
        name: 'NPS',
        department: 'support',
        unit: '',
        direction: 'higher_is_better',
        warn: 10,
        fail: 30,
        maxAgeHours: 24,
      },
    },
    '$.metric.fail',
  ],
  [
    'samples.add',
    'taras',
    { metric: 'on_time_delivery', at: '2026-11-22T09:00:00Z', value: '93' },
    '$.value',
  ],
  [
    'samples.add',
    'taras',
    { metric: 'on_time_delivery', at: '2026-11-22T09:00:00Z', value: Number.NaN },
    '$.value',
  ],
  ['samples.add', 'taras', { metric: 'on_time_delivery', at: 'yesterday', value: 93 }, '$.at'],
  ['samples.importCsv', 'taras', { csv: 42 }, '$.csv'],
  ['readiness.report', 'maria', { at: '2026-11-27T09:00:00' }, '$.at'],
  ['readiness.report', 'maria', { horizonDays: -1 }, '$.horizonDays'],
];

describe.each(cases)('%s as %s', (method, as, input, where) => {
  it(`is invalid_input at ${where} and writes nothing`, async () => {
    const before = snapshot();
    const error = await refusal(method, input, as);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('invalid_input');
    expect(error.problems?.map((p) => p.path)).toContain(where);
    expect(snapshot()).toEqual(before);
  });
});
