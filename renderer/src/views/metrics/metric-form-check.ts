// Turns the form's text fields into a metric and says what is wrong, field by field,
// with the shared schema's own messages (the same ones the service would give), in the
// person's language through `say`.
import type { Metric } from '../../../../shared/domain.ts';
import { metricSchema } from '../../../../shared/schemas/interchange.ts';
import { KEYED, problemOf, type Problem } from '../../../../shared/schemas/problems.ts';

export type MetricFields = Record<keyof Metric, string>;
export const NUMBER_FIELDS = ['warn', 'fail', 'maxAgeHours'] as const;

export function fieldsOf(metric: Metric | undefined, department: string): MetricFields {
  return {
    key: metric?.key ?? '',
    name: metric?.name ?? '',
    department: metric?.department ?? department,
    unit: metric?.unit ?? '',
    direction: metric?.direction ?? 'higher_is_better',
    warn: metric ? String(metric.warn) : '',
    fail: metric ? String(metric.fail) : '',
    maxAgeHours: metric ? String(metric.maxAgeHours) : '24',
  };
}

export function checkMetric(
  fields: MetricFields,
  notANumber: string,
  say: (problem: Problem) => string = (p) => p.message,
): { metric?: Metric; problems: Partial<Record<keyof Metric, string>> } {
  const problems: Partial<Record<keyof Metric, string>> = {};
  const numbers: Record<string, number> = {};
  for (const f of NUMBER_FIELDS) {
    const n = Number(fields[f].trim().replace(',', '.'));
    if (fields[f].trim() === '' || !Number.isFinite(n)) problems[f] = notANumber;
    numbers[f] = n;
  }
  const parsed = metricSchema.safeParse({ ...fields, ...numbers }, KEYED);
  if (parsed.success && Object.keys(problems).length === 0)
    return { metric: parsed.data as Metric, problems };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0] as keyof Metric | undefined;
    if (field && !problems[field]) problems[field] = say(problemOf(issue));
  }
  return { problems };
}
