import { useTranslation } from 'react-i18next';
import type { CsvImportResult } from '../../../../shared/api.ts';
import { errorText } from '../../components/error-text.ts';
import { useFormat } from '../../components/format.ts';
import { previewEntries } from './csv-preview-entries.ts';

interface Props {
  result: CsvImportResult;
  /** The file's lines, to show what a bad row held. */
  lines: readonly string[];
}

/**
 * The rows the check answered with, in line order: the good ones as they will be stored, the
 * bad ones with why; then how many more of each the file holds (the answer is capped).
 */
export function CsvPreview({ result, lines }: Props) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const { entries, moreRows, moreProblems } = previewEntries(result);
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
          {entries.map((entry) =>
            'row' in entry ? (
              <tr key={entry.line} data-line={entry.line} data-ok="true">
                <td className="num">{entry.line}</td>
                <td>{entry.row.metric}</td>
                <td>{format.dateTime(entry.row.at)}</td>
                <td className="num">{format.plain(entry.row.value)}</td>
                <td className="muted">{entry.row.source}</td>
              </tr>
            ) : (
              <tr key={entry.line} data-line={entry.line} data-ok="false" className="bad-row">
                <td className="num">{entry.line}</td>
                <td colSpan={4}>
                  <span className="bad-icon" aria-hidden="true">
                    ✖{' '}
                  </span>
                  <strong>
                    {t('csv.lineError', { line: entry.line, message: errorText(t, entry.error) })}
                  </strong>
                  {lines[entry.line - 1] !== undefined && (
                    <code className="raw-line">{lines[entry.line - 1]}</code>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {moreProblems > 0 && (
        <p className="error" data-testid="csv-more-problems">
          {t('csv.moreProblems', { more: moreProblems })}
        </p>
      )}
      {moreRows > 0 && (
        <p className="muted" data-testid="csv-more-rows">
          {t('csv.moreRows', { more: moreRows })}
        </p>
      )}
    </div>
  );
}
