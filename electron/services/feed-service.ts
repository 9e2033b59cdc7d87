// What machine feeds send and receive (team-server.md §7): samples pushed as CSV or JSON, all or
// nothing and idempotent (a repeat imports nothing new), and the calendar for subscriptions.
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { ApiError } from '../../shared/api.ts';
import {
  finiteNumber,
  instant,
  key,
  sampleSource,
  problemsOf,
  type Problem,
} from '../../shared/schemas/primitives.ts';
import type { StoredMachineToken } from '../store/access.ts';
import type { Actor } from './context.ts';
import type { MetricService } from './metric-service.ts';
import type { ReportService } from './report-service.ts';

/** At most as many samples as a 10 MiB body can hold anyway. */
const jsonSamples = z
  .array(
    z.object({ metric: key, at: instant, value: finiteNumber, source: sampleSource.optional() }).strict(),
  )
  .max(500_000);

export type FeedBody = { csv: string } | { json: unknown };

export class FeedService {
  private readonly metrics: MetricService;
  private readonly reports: ReportService;

  constructor(metrics: MetricService, reports: ReportService) {
    this.metrics = metrics;
    this.reports = reports;
  }

  /** Imports every sample or none; bad lines (CSV) or JSON paths are named in one 400. */
  async pushSamples(body: FeedBody, actor: Actor & { kind: 'machine' }): Promise<{ imported: number }> {
    const json = 'json' in body;
    const csv = json ? asCsv(body.json, actor.name) : body.csv;
    const result = await this.metrics.importCsv({ csv }, false, actor);
    if (result.bad > 0) {
      // A JSON sample i is CSV line i + 2 (after the header): name it by its path.
      const problems: Problem[] = result.errors.map((e) => ({
        path: json ? `$[${e.line - 2}]` : `line ${e.line}`,
        message: e.message,
      }));
      const first = problems[0];
      throw new ApiError(
        'invalid_input',
        `${result.bad} bad ${json ? 'samples' : 'lines'}, nothing imported: ${first?.path}: ${first?.message}`,
        problems,
      );
    }
    return { imported: result.imported };
  }

  /** The calendar a `calendar:read` token subscribes to: its department's campaigns, or all. */
  calendar(token: StoredMachineToken, language: string | undefined): Promise<string> {
    return this.reports.calendarIcs(token.department ?? undefined, language);
  }
}

/** JSON samples as CSV for the one import path; a sample without a source is the token's. */
function asCsv(value: unknown, defaultSource: string): string {
  const parsed = jsonSamples.safeParse(value);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    throw new ApiError('invalid_input', `${problems[0]?.path}: ${problems[0]?.message}`, problems);
  }
  return stringify(
    parsed.data.map((s) => [s.metric, s.at, String(s.value), s.source ?? defaultSource]),
    { header: true, columns: ['metric', 'at', 'value', 'source'] },
  );
}
