import { z } from 'zod';
import { BRIEF_FIELDS, ROLES, type Metric, type Role } from '../domain.ts';
import { englishMessage } from '../i18n/errors.ts';
import { rangeReason } from '../rules/sample-range.ts';
import { thresholdsConsistent } from '../rules/metric-status.ts';
import { color, finiteNumber, instant, key, name, sampleSource, text, type Problem } from './primitives.ts';

export const FORMAT = 'campaign-desk/v1';

/** `archivedAt` (issue 10): present once archived. Absent on import leaves a stored archive as it is. */
export const departmentSchema = z.object({ key, name, color, archivedAt: instant.optional() });

export const personSchema = z.object({
  key,
  name,
  department: key,
  roles: z.array(z.enum(ROLES as [Role, ...Role[]])).min(1, 'field_roles'),
  archivedAt: instant.optional(),
});

export const metricSchema = z
  .object({
    key,
    name,
    department: key,
    unit: z.string().max(40),
    direction: z.enum(['higher_is_better', 'lower_is_better']),
    warn: finiteNumber,
    fail: finiteNumber,
    maxAgeHours: z.number().positive(),
    min: finiteNumber.optional(),
    max: finiteNumber.optional(),
  })
  .refine(thresholdsConsistent, {
    message: 'field_threshold_side',
    path: ['fail'],
  })
  .refine((m) => m.min === undefined || m.max === undefined || m.min < m.max, {
    message: 'field_range_order',
    path: ['max'],
  });

export const sampleSchema = z.object({
  metric: key,
  at: instant,
  value: finiteNumber,
  source: sampleSource.default('import'),
});

const briefContentShape = Object.fromEntries(BRIEF_FIELDS.map((f) => [f, text.optional()])) as Record<
  (typeof BRIEF_FIELDS)[number],
  z.ZodOptional<typeof text>
>;
export const briefContentSchema = z.object(briefContentShape);

export const briefVersionSchema = z.object({
  version: z.number().int().positive(),
  publishedAt: instant,
  change: z.enum(['material', 'minor']),
  publishedBy: key.optional(),
  summary: text.optional(),
  ...briefContentShape,
});

export const acknowledgementSchema = z
  .object({
    department: key,
    version: z.number().int().positive(),
    by: key,
    at: instant,
    state: z.enum(['acknowledged', 'concern']),
    note: text.optional(),
  })
  .refine((a) => a.state !== 'concern' || (a.note ?? '').trim() !== '', {
    message: 'field_concern_note',
    path: ['note'],
  });

export const decisionSchema = z.object({
  decision: z.enum(['go', 'hold']),
  by: key,
  at: instant,
  expires: instant.optional(),
  note: text.min(1, 'field_decision_note'),
  flags: z.array(z.record(z.string(), z.unknown())).optional(),
});

export const campaignSchema = z.object({
  key,
  title: name,
  start: instant,
  end: instant,
  status: z.enum(['draft', 'published', 'cancelled']),
  channels: z.array(z.string().min(1).max(40)),
  departments: z.array(key),
  owner: key,
  draft: briefContentSchema.optional(),
  briefVersions: z.array(briefVersionSchema).default([]),
  acknowledgements: z.array(acknowledgementSchema).default([]),
  decisions: z.array(decisionSchema).default([]),
});

export const interchangeSchema = z.object({
  format: z.literal(FORMAT, { message: 'field_format' }),
  departments: z.array(departmentSchema),
  people: z.array(personSchema).default([]),
  metrics: z.array(metricSchema),
  samples: z.array(sampleSchema).default([]),
  campaigns: z.array(campaignSchema),
});

export type InterchangeDocument = z.output<typeof interchangeSchema>;

/** Keys already in the workspace a document may refer to without defining them. */
export interface KnownKeys {
  departments: ReadonlySet<string>;
  people: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  /** The workspace's metric definitions, for the range of samples of metrics the document does not define. */
  metricDefinitions?: ReadonlyMap<string, Metric>;
}

/** Cross-references and uniqueness the schema alone cannot see (§7). */
export function checkReferences(doc: InterchangeDocument, known: KnownKeys): Problem[] {
  const problems: Problem[] = [];
  const departments = uniqueKeys(doc.departments, '$.departments', problems, known.departments);
  const people = uniqueKeys(doc.people, '$.people', problems, known.people);
  const metrics = uniqueKeys(doc.metrics, '$.metrics', problems, known.metrics);
  uniqueKeys(doc.campaigns, '$.campaigns', problems, new Set());

  const ref = (set: Set<string>, value: string, path: string, what: string) => {
    if (!set.has(value)) problems.push({ path, message: `unknown ${what} "${value}"` });
  };
  doc.people.forEach((p, i) => ref(departments, p.department, `$.people[${i}].department`, 'department'));
  doc.metrics.forEach((m, i) => ref(departments, m.department, `$.metrics[${i}].department`, 'department'));
  doc.samples.forEach((s, i) => ref(metrics, s.metric, `$.samples[${i}].metric`, 'metric'));
  const definitions = new Map(known.metricDefinitions);
  for (const m of doc.metrics) definitions.set(m.key, m);
  doc.samples.forEach((s, i) => {
    const metric = definitions.get(s.metric);
    const reason = metric && rangeReason(metric, s.value);
    if (reason)
      problems.push({
        path: `$.samples[${i}].value`,
        message: englishMessage(reason.key, reason.params),
        key: reason.key,
        params: reason.params ?? {},
      });
  });

  doc.campaigns.forEach((c, i) => {
    const at = `$.campaigns[${i}]`;
    if (c.end < c.start) problems.push({ path: `${at}.end`, message: 'ends before it starts' });
    c.departments.forEach((d, j) => ref(departments, d, `${at}.departments[${j}]`, 'department'));
    ref(people, c.owner, `${at}.owner`, 'person');
    const versions = new Map<number, string>();
    c.briefVersions.forEach((v, j) => {
      if (versions.has(v.version))
        problems.push({
          path: `${at}.briefVersions[${j}].version`,
          message: `duplicate version ${v.version}`,
        });
      versions.set(v.version, v.publishedAt);
      if (v.version === 1 && v.change !== 'material')
        problems.push({ path: `${at}.briefVersions[${j}].change`, message: 'version 1 is always material' });
      if (v.publishedBy) ref(people, v.publishedBy, `${at}.briefVersions[${j}].publishedBy`, 'person');
    });
    c.acknowledgements.forEach((a, j) => {
      const path = `${at}.acknowledgements[${j}]`;
      ref(departments, a.department, `${path}.department`, 'department');
      ref(people, a.by, `${path}.by`, 'person');
      if (!c.departments.includes(a.department))
        problems.push({
          path: `${path}.department`,
          message: `"${a.department}" is not affected by this campaign`,
        });
      const publishedAt = versions.get(a.version);
      if (publishedAt === undefined)
        problems.push({ path: `${path}.version`, message: `brief version ${a.version} does not exist` });
      else if (a.at < publishedAt)
        problems.push({
          path: `${path}.at`,
          message: `acknowledged before version ${a.version} was published`,
        });
    });
    c.decisions.forEach((d, j) => {
      ref(people, d.by, `${at}.decisions[${j}].by`, 'person');
      if (d.expires !== undefined && d.expires <= d.at)
        problems.push({ path: `${at}.decisions[${j}].expires`, message: 'expires before it was made' });
    });
  });
  return problems;
}

function uniqueKeys(
  items: readonly { key: string }[],
  path: string,
  problems: Problem[],
  known: ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key))
      problems.push({ path: `${path}[${i}].key`, message: `duplicate key "${item.key}"` });
    seen.add(item.key);
  });
  for (const k of known) seen.add(k);
  return seen;
}
