import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvImportResult } from '../../../../shared/api.ts';
import { ApiError } from '../../../../shared/api-error.ts';
import { useSession } from '../../state/session.ts';
import { CsvPreview } from './CsvPreview.tsx';
import { errorText } from '../../components/error-text.ts';
import { decodeText } from '../../../../shared/tabular/decode-text.ts';
import { useReturnFocus } from '../../components/useReturnFocus.ts';

/** CSV and .xlsx import (spec §8): pick a file, see it checked (counts, first rows), import only when no row is bad. */
export function CsvImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('metrics');
  const api = useSession((s) => s.api);
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus();
  const [csv, setCsv] = useState<{ name: string; bytes: Uint8Array; lines: string[] } | null>(null);
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
      // Bytes, not text: the service tells the encoding (or reads the workbook) itself.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const decoded = /\.xlsx$/i.test(file.name) ? undefined : decodeText(bytes);
      const picked = {
        name: file.name,
        bytes,
        lines: decoded?.ok ? decoded.text.split(/\r?\n/) : [],
      };
      setCsv(picked);
      setPreview(
        await api.call('samples.importCsv', {
          // Sent as they are: the request's body over HTTP (shared/upload.ts), a clone over IPC.
          file: { name: picked.name, bytes: picked.bytes },
          dryRun: true,
        }),
      );
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
    const file = { name: csv.name, bytes: csv.bytes };
    const fileId = preview?.fileId;
    try {
      // The file the dry run checked is kept on the other side: only its id is sent again.
      const sent = fileId
        ? api.call('samples.importCsv', { fileId, dryRun: false }).catch((err: unknown) => {
            if (err instanceof ApiError && err.key === 'csv_file_expired')
              return api.call('samples.importCsv', { file, dryRun: false });
            throw err;
          })
        : api.call('samples.importCsv', { file, dryRun: false });
      setDone(await sent);
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
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
          <p className="muted small" data-testid="csv-read-as">
            {t('csv.readAs', { format: preview.format, zone: preview.timeZone })}
          </p>
          {preview.corrected > 0 && (
            <p data-testid="csv-corrections">{t('csv.corrections', { corrected: preview.corrected })}</p>
          )}
          <CsvPreview result={preview} lines={csv?.lines ?? []} />
        </>
      )}
      {done && (
        <p className="csv-done" role="status" data-testid="csv-done">
          {t('csv.done', { imported: done.imported, skipped: done.good - done.imported - done.corrected })}
          {done.corrected > 0 && ` ${t('csv.corrections', { corrected: done.corrected })}`}
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
