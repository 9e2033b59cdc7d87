import type { CsvImportResult } from '../../../../shared/api.ts';
import type { CsvLineError, CsvSampleRow } from '../../../../shared/schemas/csv-samples.ts';

export type PreviewEntry = { line: number; row: CsvSampleRow } | { line: number; error: CsvLineError };

export interface PreviewEntries {
  /** The rows and problems the answer holds, in line order. */
  entries: PreviewEntry[];
  /** Good rows of the file the answer counts but does not hold. */
  moreRows: number;
  /** Bad rows of the file the answer counts but does not hold. */
  moreProblems: number;
}

/** What the preview shows of an import answer: the rows it holds, and honestly how many it does not. */
export function previewEntries(result: CsvImportResult): PreviewEntries {
  const entries: PreviewEntry[] = [
    ...result.rows.map((row) => ({ line: row.line, row })),
    ...result.errors.map((error) => ({ line: error.line, error })),
  ].sort((a, b) => a.line - b.line);
  return {
    entries,
    moreRows: result.good - result.rows.length,
    moreProblems: result.bad - result.errors.length,
  };
}
