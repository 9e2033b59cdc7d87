// Option values the command line turns into numbers and clocks, shared by commands.ts and
// the short readiness path (readiness-json.ts).
import { parseInstant } from '../../shared/schemas/primitives.ts';
import { UsageError } from './usage-error.ts';

export type OptionValue = string | boolean | string[] | undefined;

export function intOption(value: OptionValue, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value))
    throw new UsageError(`${name} needs a whole number, not "${String(value)}"`);
  return Number(value);
}

export function clockFrom(value: string | undefined): () => Date {
  if (value === undefined) return () => new Date();
  const start = parseInstant(value);
  if (start === undefined) throw new UsageError(`--clock needs a date and time with a zone, not "${value}"`);
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

/** What `readiness` asks the service for: the windows default to the spec's, as the help says. */
export function readinessQuery(values: Record<string, OptionValue>) {
  return {
    at: values.at,
    horizonDays: intOption(values['horizon-days'], '--horizon-days') ?? 14,
    lookbackDays: intOption(values['lookback-days'], '--lookback-days') ?? 90,
    ackDeadlineDays: intOption(values['ack-deadline-days'], '--ack-deadline-days') ?? 3,
  };
}
