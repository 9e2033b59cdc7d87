import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../components/format.ts';
import { downloadBase64, downloadText } from '../../components/download.ts';
import { printReport } from '../../components/desktop.ts';
import { useSession } from '../../state/session.ts';
import { errorText } from '../../components/error-text.ts';
import { nowIso } from '../../state/clock.ts';

/** The spreadsheets people open: acknowledgement matrix and readiness report, .xlsx and CSV. */
const OFFICE_EXPORTS = [
  { report: 'acks', format: 'xlsx', testId: 'export-acks-xlsx' },
  { report: 'acks', format: 'csv', testId: 'export-acks' },
  { report: 'readiness', format: 'xlsx', testId: 'export-readiness-xlsx' },
  { report: 'readiness', format: 'csv', testId: 'export-readiness-csv' },
] as const;

/** Print / PDF of the board, the spreadsheets, the calendar as .ics. */
export function ReportExports() {
  const { t, i18n } = useTranslation('readiness');
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const [department, setDepartment] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = nowIso().slice(0, 10);

  async function run(what: string, work: () => Promise<void>) {
    setBusy(what);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="report-exports no-print" role="group" aria-label={t('exports.label')}>
      <button onClick={() => void run('print', printReport)} data-testid="print-report">
        {t('exports.print')}
      </button>
      {OFFICE_EXPORTS.map(({ report, format, testId }) => (
        <button
          key={testId}
          disabled={busy !== null}
          data-testid={testId}
          onClick={() =>
            void run(testId, async () => {
              const input = { format, locale: i18n.language };
              const file =
                report === 'acks'
                  ? await api.call('reports.acknowledgements', input)
                  : await api.call('reports.readiness', input);
              downloadBase64(file.fileName, file.base64, file.mime);
            })
          }
        >
          {busy === testId
            ? t('exports.working')
            : t(report === 'acks' ? 'exports.acks' : 'exports.readinessFile', { format: `.${format}` })}
        </button>
      ))}
      <span className="ics-export">
        {/* Labelled on screen: beside the board's own department filter, a bare select read as a second one. */}
        <label className="ics-for">
          {t('exports.icsFor')}
          <select value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">{t('exports.allDepartments')}</option>
            {departments.map((d) => (
              <option key={d.key} value={d.key}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <button
          disabled={busy !== null}
          data-testid="export-ics"
          onClick={() =>
            void run('ics', async () => {
              const ics = await api.call('reports.calendarIcs', {
                ...(department ? { department } : {}),
                // The viewer's own variant (en-GB, sv-SE…): dates in the titles read as on screen.
                language: intlLocale(i18n.language),
              });
              downloadText(`campaigns-${department || 'all'}-${today}.ics`, ics, 'text/calendar');
            })
          }
        >
          {busy === 'ics' ? t('exports.working') : t('exports.ics')}
        </button>
      </span>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
