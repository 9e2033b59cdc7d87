// The CSV preview shows the rows and problems the (capped) answer holds in line order, and says
// how many more the file has, so a file of many bad rows is not shown as having only 100.
import { expect, it } from 'vitest';
import { previewEntries } from '../../../renderer/src/views/metrics/csv-preview-entries.ts';

const row = (line: number) => ({
  line,
  metric: 'csat',
  at: '2026-11-27T06:00:00.000Z',
  value: 1,
  source: 'csv',
});
const error = (line: number) => ({ line, message: 'unknown metric "x"', reasons: [] });

it('lists rows and problems by line and counts what the answer leaves out', () => {
  const preview = previewEntries({
    good: 250,
    bad: 1_000_000,
    corrected: 0,
    format: 'text',
    timeZone: 'UTC',
    rows: [row(2), row(5)],
    errors: [error(4), error(3)],
    imported: 0,
  });
  expect(preview.entries.map((e) => [e.line, 'row' in e])).toEqual([
    [2, true],
    [3, false],
    [4, false],
    [5, true],
  ]);
  expect(preview.moreRows).toBe(248);
  expect(preview.moreProblems).toBe(999_998);
});

it('has nothing more to say when the answer holds the whole file', () => {
  const preview = previewEntries({
    good: 1,
    bad: 1,
    rows: [row(2)],
    errors: [error(3)],
    imported: 0,
    corrected: 0,
    format: 'text',
    timeZone: 'UTC',
  });
  expect([preview.moreRows, preview.moreProblems]).toEqual([0, 0]);
});
