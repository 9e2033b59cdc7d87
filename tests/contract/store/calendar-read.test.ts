// The calendar's reduced read (CampaignQuery.forCalendar: no brief content, only the latest
// acknowledgement per department and version known at `knownAt`, from migration 9's spans) must
// colour and summarise every campaign exactly as the full read does when the rules are evaluated
// at `knownAt` — on generated histories with out-of-order imports (in one write and in later
// ones), ties in time, concerns, material/minor versions and instants before the latest rows.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Acknowledgement,
  BriefVersion,
  Campaign,
  Decision,
  ReadinessOptions,
  Role,
} from '../../../shared/domain.ts';
import { acknowledgementSummary } from '../../../shared/rules/acknowledgement-summary.ts';
import {
  acknowledgingDepartments,
  archivedDepartments,
  campaignReadiness,
  latestValidAck,
} from '../../../shared/rules/readiness.ts';
import type { Store, StoreWriter } from '../../../electron/store/store.ts';
import { ENGINES, openStoreAt, useLocation } from '../../helpers/engines.ts';
import { generateDocument } from '../../../bench/generate.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const NOV = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T23:59:59.999Z' };
const DEPARTMENTS = ['marketing', 'delivery', 'support', 'sales'];
// Few distinct instants, so acknowledgements often tie with each other and with knownAt.
const instant = fc.integer({ min: 0, max: 12 }).map((h) => new Date(T0 + h * 6 * HOUR).toISOString());

const history = fc.record({
  start: fc.integer({ min: 0, max: 20 }),
  departments: fc.subarray(DEPARTMENTS, { minLength: 1 }),
  versions: fc.array(fc.record({ at: instant, material: fc.boolean() }), { maxLength: 4 }),
  acks: fc.array(
    fc.record({
      department: fc.constantFrom(...DEPARTMENTS),
      version: fc.integer({ min: 1, max: 4 }),
      at: instant,
      concern: fc.boolean(),
    }),
    { maxLength: 14 },
  ),
  // Decisions (recorded in this order), some expiring: the calendar reads them only for campaigns
  // whose first decision is known by then (migration 10's first_decision_at).
  decisions: fc.array(fc.record({ at: instant, go: fc.boolean(), expires: fc.option(instant) }), {
    maxLength: 3,
  }),
});

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;
type Ack = History['acks'][number];

/**
 * Of `acks` (as the full read lists them: recorded order, none after the instant), each
 * department's latest of each version, ties to the one recorded last; in the same order.
 */
function inForce(acks: readonly Acknowledgement[]): Acknowledgement[] {
  const sameGroup = (a: Acknowledgement, b: Acknowledgement) =>
    a.department === b.department && a.version === b.version;
  return acks.filter(
    (a, i) => !acks.some((b, j) => j !== i && sameGroup(a, b) && (b.at > a.at || (b.at === a.at && j > i))),
  );
}

async function seed(tx: StoreWriter): Promise<void> {
  for (const key of DEPARTMENTS) {
    await tx.upsertDepartment({ key, name: key, color: '#123456' });
    await tx.upsertPerson({ key: `p-${key}`, name: key, department: key, roles: ['member'] });
  }
}

async function insert(tx: StoreWriter, key: string, h: History): Promise<void> {
  const start = T0 + (h.start + 1) * 24 * HOUR;
  await tx.upsertCampaign({
    key,
    title: key,
    start: new Date(start).toISOString(),
    end: new Date(start + 2 * 24 * HOUR).toISOString(),
    status: 'published',
    channels: [],
    departments: h.departments,
    owner: 'p-marketing',
  });
  for (const [i, v] of h.versions.entries()) {
    const version: BriefVersion = {
      version: i + 1,
      publishedAt: v.at,
      change: v.material ? 'material' : 'minor',
      objective: `objective ${i + 1}`,
    };
    await tx.insertBriefVersion(key, version);
  }
  await addAcks(tx, key, h.acks);
  for (const [i, d] of h.decisions.entries()) {
    const decision: Decision = {
      decision: d.go ? 'go' : 'hold',
      by: 'p-marketing',
      at: d.at,
      note: `decision ${i}`,
    };
    if (d.expires !== null) decision.expires = d.expires;
    await tx.addDecision(key, decision);
  }
}

async function addAcks(tx: StoreWriter, key: string, acks: readonly Ack[]): Promise<void> {
  for (const [i, a] of acks.entries()) {
    const ack: Acknowledgement = {
      department: a.department,
      version: a.version,
      by: `p-${a.department}`,
      at: a.at,
      state: a.concern ? 'concern' : 'acknowledged',
    };
    if (a.concern) ack.note = `note ${i}`;
    await tx.addAcknowledgement(key, ack);
  }
}

/** What campaigns.list derives from a campaign (CampaignService.list), less the campaign's own fields. */
function derived(c: Campaign, options: ReadinessOptions) {
  const archived = archivedDepartments([]);
  return {
    readiness: campaignReadiness(c, { metrics: [], campaigns: [c], sampleAt: () => undefined }, options),
    awaiting: acknowledgingDepartments(c, options.at, archived).filter(
      (d) => !latestValidAck(c, d, options.at),
    ),
    acknowledgements: acknowledgementSummary(c, options.at, archived),
  };
}

describe.each(ENGINES)('%s', (engine) => {
  const location = useLocation(engine);
  let store: Store;

  beforeEach(async () => {
    store = await openStoreAt(location());
    await store.write(seed);
  });
  afterEach(() => store.close());

  it('the calendar read gives the same readiness, awaiting departments and acknowledgement summary as the full read', async () => {
    let run = 0;
    const later = fc.array(
      fc.tuple(
        fc.nat(),
        history.map((h) => h.acks),
      ),
      { maxLength: 2 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(history, { minLength: 1, maxLength: 3 }),
        later,
        instant,
        async (histories, laterAcks, at) => {
          run += 1;
          const keys = histories.map((_, i) => `r${run}-${i}`);
          await store.write(async (tx) => {
            for (const [i, h] of histories.entries()) await insert(tx, keys[i] as string, h);
          });
          const compare = async () => {
            const options: ReadinessOptions = { at, horizonDays: 14, lookbackDays: 90, ackDeadlineDays: 3 };
            const [full, reduced, everything] = await store.read(async (tx) => [
              await tx.listCampaigns({ ...NOV, knownAt: at }),
              await tx.listCampaigns({ ...NOV, knownAt: at, forCalendar: true }),
              await tx.listCampaigns(NOV),
            ]);
            expect(reduced.map((c) => c.key)).toEqual(full.map((c) => c.key));
            for (const [i, c] of full.entries()) {
              const r = reduced[i] as Campaign;
              expect(derived(r, options)).toEqual(derived(c, options));
              // Exactly the acknowledgements in force at `at`, in recorded order.
              expect(r.acknowledgements).toEqual(inForce(c.acknowledgements));
              // Versions (from the campaign row's list) without content or publisher; every decision.
              const rulesPart = ({ version, publishedAt, change }: BriefVersion) => ({
                version,
                publishedAt,
                change,
              });
              expect(r.briefVersions).toEqual(c.briefVersions.map(rulesPart));
              // Every decision recorded by then (checked against the unfiltered read too: the full read
              // at `at` skips campaigns by their first decision as the calendar's does).
              expect(r.decisions).toEqual(c.decisions);
              expect(r.decisions).toEqual(everything[i]?.decisions.filter((d) => d.at <= at));
              expect(r.departments).toEqual(c.departments);
            }
          };
          await compare();
          // Acknowledgements recorded in later writes, at any instant (before or after the stored ones).
          await store.write(async (tx) => {
            for (const [n, acks] of laterAcks) await addAcks(tx, keys[n % keys.length] as string, acks);
          });
          await compare();
        },
      ),
      { numRuns: engine === 'postgres' ? 40 : 80 },
    );
  }, 120_000);

  it("gives the same readiness, awaiting departments and summary as the full read on the bench's June", async () => {
    // The bench generator's campaigns overlapping June 2026 (~200): its mix of statuses, versions,
    // concerns, re-acknowledgements and decisions, stored through the store's own writes.
    const doc = generateDocument();
    const JUNE = { from: '2026-06-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' };
    const june = doc.campaigns.filter((c) => c.end >= JUNE.from && c.start <= JUNE.to);
    await store.write(async (tx) => {
      for (const d of doc.departments) await tx.upsertDepartment(d);
      for (const p of doc.people) await tx.upsertPerson({ ...p, roles: p.roles as Role[] });
      for (const { briefVersions, acknowledgements, decisions, ...c } of june) {
        await tx.upsertCampaign(c);
        for (const v of briefVersions) await tx.insertBriefVersion(c.key, v);
        for (const a of acknowledgements) await tx.addAcknowledgement(c.key, a);
        for (const d of decisions) await tx.addDecision(c.key, d);
      }
    });
    for (const at of [
      '2026-06-01T00:00:00.000Z',
      '2026-06-10T09:30:00.000Z',
      '2026-06-15T12:00:00.000Z',
      '2026-07-01T00:00:00.000Z',
    ]) {
      const options: ReadinessOptions = { at, horizonDays: 14, lookbackDays: 90, ackDeadlineDays: 3 };
      const [full, reduced] = await store.read(async (tx) => [
        await tx.listCampaigns({ ...JUNE, knownAt: at }),
        await tx.listCampaigns({ ...JUNE, knownAt: at, forCalendar: true }),
      ]);
      expect(reduced.map((c) => c.key)).toEqual(full.map((c) => c.key));
      expect(reduced.map((c) => derived(c, options))).toEqual(full.map((c) => derived(c, options)));
    }
  }, 60_000);

  it('drops the brief content and the acknowledgements a later one of the same version supersedes', async () => {
    await store.write((tx) =>
      insert(tx, 'bf', {
        start: 10,
        departments: ['marketing', 'delivery'],
        versions: [{ at: '2026-11-02T00:00:00.000Z', material: true }],
        decisions: [],
        acks: [
          { department: 'delivery', version: 1, at: '2026-11-03T00:00:00.000Z', concern: true },
          { department: 'delivery', version: 1, at: '2026-11-02T12:00:00.000Z', concern: false },
          { department: 'delivery', version: 1, at: '2026-11-04T00:00:00.000Z', concern: false },
        ],
      }),
    );
    const [bf] = await store.read((tx) =>
      tx.listCampaigns({ ...NOV, knownAt: '2026-11-03T00:00:00.000Z', forCalendar: true }),
    );
    expect(bf?.briefVersions).toEqual([
      { version: 1, publishedAt: '2026-11-02T00:00:00.000Z', change: 'material' },
    ]);
    // The acknowledgement of the 4th is not known yet; the concern of the 3rd is the latest word.
    expect(bf?.acknowledgements).toEqual([
      {
        department: 'delivery',
        version: 1,
        by: 'p-delivery',
        at: '2026-11-03T00:00:00.000Z',
        state: 'concern',
        note: 'note 0',
      },
    ]);
    // Without the instant the reduction holds for, nothing is left out.
    const [whole] = await store.read((tx) => tx.listCampaigns({ ...NOV, forCalendar: true }));
    expect(whole?.acknowledgements).toHaveLength(3);
    expect(whole?.briefVersions[0]?.objective).toBe('objective 1');
  });
});
