// Spec §7: the interchange document — shape, references and uniqueness, each problem at its JSON path.
import { describe, expect, it } from 'vitest';
import { checkReferences, interchangeSchema, type KnownKeys } from '../../../shared/schemas/interchange.ts';
import { problemsOf, type Problem } from '../../../shared/schemas/primitives.ts';
import { fixtureDocument, type FixtureDocument } from '../../helpers/files.ts';

const nothingKnown: KnownKeys = { departments: new Set(), people: new Set(), metrics: new Set() };

/** Every problem of a document: shape first, then references. */
function problems(doc: unknown, known: KnownKeys = nothingKnown): Problem[] {
  const parsed = interchangeSchema.safeParse(doc);
  if (!parsed.success) return problemsOf(parsed.error);
  return checkReferences(parsed.data, known);
}

function broken(change: (doc: FixtureDocument) => void): FixtureDocument {
  const doc = fixtureDocument();
  change(doc);
  return doc;
}

const bf = (doc: FixtureDocument) => doc.campaigns[2] as FixtureDocument['campaigns'][number];

describe('the fixture', () => {
  it('is a valid document', () => {
    expect(problems(fixtureDocument())).toEqual([]);
  });
  it('optional lists may be absent', () => {
    const minimal = {
      format: 'campaign-desk/v1',
      departments: [{ key: 'marketing', name: 'Marketing', color: '#8e24aa' }],
      metrics: [],
      campaigns: [],
    };
    expect(problems(minimal)).toEqual([]);
  });
});

describe('shape', () => {
  it.each<[string, (doc: FixtureDocument) => void, string, string]>([
    ['wrong format', (d) => (d.format = 'campaign-desk/v2'), '$.format', 'campaign-desk/v1'],
    ['missing field', (d) => delete bf(d).title, '$.campaigns[2].title', ''],
    ['instant without zone', (d) => (bf(d).start = '2026-11-27T09:00:00'), '$.campaigns[2].start', 'zone'],
    [
      'bad colour',
      (d) => ((d.departments[0] as { color: string }).color = 'purple'),
      '$.departments[0].color',
      'colour',
    ],
    [
      'sample value a string',
      (d) => ((d.samples[0] as { value: unknown }).value = '87'),
      '$.samples[0].value',
      '',
    ],
    ['unknown status', (d) => (bf(d).status = 'live'), '$.campaigns[2].status', ''],
    [
      'thresholds on the wrong sides',
      (d) => ((d.metrics[0] as { fail: number }).fail = 99),
      '$.metrics[0].fail',
      'worse side',
    ],
    [
      'concern without note',
      (d) => (bf(d).acknowledgements[0] = { ...bf(d).acknowledgements[0], state: 'concern' }),
      '$.campaigns[2].acknowledgements[0].note',
      'needs a note',
    ],
    ['bad key', (d) => (bf(d).key = 'black friday'), '$.campaigns[2].key', 'letters, digits'],
  ])('%s: names %s', (_what, change, path, message) => {
    const found = problems(broken(change));
    expect(found).toContainEqual(
      expect.objectContaining({ path, message: expect.stringContaining(message) }),
    );
  });
});

describe('references and uniqueness', () => {
  it.each<[string, (doc: FixtureDocument) => void, string, string]>([
    [
      'unknown department of a metric',
      (d) => (d.metrics[1] = { ...d.metrics[1], department: 'warehouse' }),
      '$.metrics[1].department',
      'unknown department "warehouse"',
    ],
    [
      'unknown department of a campaign',
      (d) => ((bf(d).departments as string[])[1] = 'warehouse'),
      '$.campaigns[2].departments[1]',
      'unknown department "warehouse"',
    ],
    [
      'duplicate campaign key',
      (d) => (bf(d).key = d.campaigns[0]?.key),
      '$.campaigns[2].key',
      'duplicate key "autumn-install"',
    ],
    [
      'duplicate department key',
      (d) => d.departments.push({ key: 'sales', name: 'Sales again', color: '#000000' }),
      '$.departments[5].key',
      'duplicate key "sales"',
    ],
    [
      'unknown metric of a sample',
      (d) => (d.samples[3] = { ...d.samples[3], metric: 'nps' }),
      '$.samples[3].metric',
      'unknown metric "nps"',
    ],
    ['unknown owner', (d) => (bf(d).owner = 'nobody'), '$.campaigns[2].owner', 'unknown person "nobody"'],
    [
      'acknowledgement of a version that does not exist',
      (d) => (bf(d).acknowledgements[0] = { ...bf(d).acknowledgements[0], version: 7 }),
      '$.campaigns[2].acknowledgements[0].version',
      'brief version 7 does not exist',
    ],
    [
      'acknowledgement before its version was published',
      (d) => (bf(d).acknowledgements[1] = { ...bf(d).acknowledgements[1], at: '2026-11-18T15:00:00Z' }),
      '$.campaigns[2].acknowledgements[1].at',
      'before version 2 was published',
    ],
    [
      'acknowledgement by a department the campaign does not affect',
      (d) => (bf(d).acknowledgements[0] = { ...bf(d).acknowledgements[0], department: 'finance' }),
      '$.campaigns[2].acknowledgements[0].department',
      'not affected',
    ],
    [
      'version 1 published as minor',
      (d) => (bf(d).briefVersions[0] = { ...bf(d).briefVersions[0], change: 'minor' }),
      '$.campaigns[2].briefVersions[0].change',
      'version 1 is always material',
    ],
    [
      'duplicate brief version',
      (d) => (bf(d).briefVersions[1] = { ...bf(d).briefVersions[1], version: 1 }),
      '$.campaigns[2].briefVersions[1].version',
      'duplicate version 1',
    ],
    [
      'campaign ending before it starts',
      (d) => (bf(d).end = '2026-11-26T00:00:00Z'),
      '$.campaigns[2].end',
      'ends before it starts',
    ],
    [
      'decision expiring before it was made',
      (d) => {
        const decisions = d.campaigns[1]?.decisions ?? [];
        decisions[0] = { ...decisions[0], expires: '2026-11-21T10:00:00Z' };
      },
      '$.campaigns[1].decisions[0].expires',
      'expires before',
    ],
  ])('%s: names %s', (_what, change, path, message) => {
    expect(problems(broken(change))).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('keys already in the workspace may be referred to without being defined again', () => {
    const doc = { format: 'campaign-desk/v1', departments: [], metrics: [], campaigns: [], samples: [] };
    (doc.samples as unknown[]).push({ metric: 'on_time_delivery', at: '2026-11-27T06:00:00Z', value: 90 });
    expect(problems(doc)).toEqual([
      { path: '$.samples[0].metric', message: 'unknown metric "on_time_delivery"' },
    ]);
    const known = { ...nothingKnown, metrics: new Set(['on_time_delivery']) };
    expect(problems(doc, known)).toEqual([]);
  });
});
