// A file's checked rows as typed columns (issue 13): they grow without losing a row, and once an
// import is done they are released — emptied, their memory given back at once.
import { describe, expect, it } from 'vitest';
import { SampleColumns } from '../../../shared/schemas/sample-columns.ts';

function filled(rows: number): SampleColumns {
  const columns = new SampleColumns();
  const metric = columns.metricOf('csat');
  const source = columns.sourceOf('survey');
  for (let i = 0; i < rows; i++)
    columns.push(metric, Date.UTC(2027, 0, 1) + i * 60_000, i / 4, source, i + 2);
  return columns;
}

describe('sample columns', () => {
  it('keep every row as they grow past their first size', () => {
    const columns = filled(5_000);
    expect(columns.length).toBe(5_000);
    expect(columns.row(0)).toEqual({
      line: 2,
      metric: 'csat',
      at: '2027-01-01T00:00:00.000Z',
      value: 0,
      source: 'survey',
    });
    expect(columns.row(4_999)).toMatchObject({ line: 5_001, value: 4_999 / 4 });
  });

  it('are empty once released, their buffers given back', () => {
    const columns = filled(3_000);
    const buffer = columns.at.buffer as ArrayBuffer & { detached: boolean };
    columns.release();
    expect(buffer.detached).toBe(true);
    expect(columns.length).toBe(0);
    expect(columns.rows()).toEqual([]);
  });
});
