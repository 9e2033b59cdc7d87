import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvImportResult } from '../../../../shared/api.ts';
import { useSession } from '../../state/session.ts';
import { CsvPreview } from './CsvPreview.tsx';
import { errorText } from '../../components/error-text.ts';

/** CSV import (spec §8): pick a file, see it checked (counts, first rows), import only when no row is bad. */
export function CsvImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('metrics');
  const api = useSession((s) => s.api);
  const ref = useRef<HTMLDialogElement>(null);
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<CsvImportResult | null>(null);
  const [done, setDone] = useState<CsvImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);

  useEffect(() => ref.current?.showModal(), []);

  async function pick(file: File | undefined) {
    setPreview(null);
    setDone(null);
    setError(null);
    if (!file) return setCsv(null);
    setBusy('checking');
    try {
      const text = await file.text();
      setCsv({ name: file.name, text });
      setPreview(await api.call('samples.importCsv', { csv: text, dryRun: true }));
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(null);
    }
  }

  async function runImport() {
    if (!csv) return;
    setBusy('importing');
    setError(null);
    try {
      setDone(await api.call('samples.importCsv', { csv: csv.text, dryRun: false }));
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(null);
    }
  }

  const bad = preview?.bad ?? 0;
  const good = preview?.good ?? 0;
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="csv-title" className="csv-import">
      <h2 id="csv-title">{t('csv.title')}</h2>
      <p className="muted">{t('csv.lead')}</p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label={t('csv.choose')}
        data-testid="csv-file"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {busy === 'checking' && <p className="muted">{t('csv.checking')}</p>}
      {preview && (
        <>
          <p className={bad > 0 ? 'csv-summary error' : 'csv-summary'} data-testid="csv-summary">
            {bad > 0 ? t('csv.summaryBad', { good, bad }) : t('csv.summaryGood', { good })}
          </p>
          <CsvPreview result={preview} lines={csv?.text.split(/\r?\n/) ?? []} />
        </>
      )}
      {done && (
        <p className="csv-done" role="status" data-testid="csv-done">
          {t('csv.done', { imported: done.imported, skipped: done.good - done.imported })}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {done ? t('close') : t('cancel')}
        </button>
        {!done && (
          <button
            className="primary"
            disabled={!preview || bad > 0 || good === 0 || busy !== null}
            onClick={() => void runImport()}
            data-testid="csv-import"
          >
            {busy === 'importing' ? t('csv.importing') : t('csv.import', { good })}
          </button>
        )}
      </div>
    </dialog>
  );
}
