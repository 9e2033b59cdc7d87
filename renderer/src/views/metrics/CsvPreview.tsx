import { useTranslation } from 'react-i18next';
import type { CsvImportResult } from '../../../../shared/api.ts';
import { errorText } from '../../components/error-text.ts';
import { useFormat } from '../../components/format.ts';

interface Props {
  result: CsvImportResult;
  /** The file's lines, to show what a bad row held. */
  lines: readonly string[];
}

/** Every row of the file in line order: the good ones as they will be stored, the bad ones with why. */
export function CsvPreview({ result, lines }: Props) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const entries = [
    ...result.rows.map((row) => ({ line: row.line, row, message: undefined as string | undefined })),
    ...result.errors.map((e) => ({ line: e.line, row: undefined, message: errorText(t, e) })),
  ].sort((a, b) => a.line - b.line);
  return (
    <div className="csv-preview">
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('csv.line')}</th>
            <th>{t('csv.metric')}</th>
            <th>{t('csv.at')}</th>
            <th>{t('csv.value')}</th>
            <th>{t('csv.source')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ line, row, message }) =>
            row ? (
              <tr key={line} data-line={line} data-ok="true">
                <td className="num">{line}</td>
                <td>{row.metric}</td>
                <td>{format.dateTime(row.at)}</td>
                <td className="num">{format.plain(row.value)}</td>
                <td className="muted">{row.source}</td>
              </tr>
            ) : (
              <tr key={line} data-line={line} data-ok="false" className="bad-row">
                <td className="num">{line}</td>
                <td colSpan={4}>
                  <span className="bad-icon" aria-hidden="true">
                    ✖{' '}
                  </span>
                  <strong>{t('csv.lineError', { line, message })}</strong>
                  {lines[line - 1] !== undefined && <code className="raw-line">{lines[line - 1]}</code>}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
