import { useTranslation } from 'react-i18next';
import type { BriefVersion } from '../../../../shared/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useFormat } from '../../components/format.ts';
import { compareVersions } from './brief-diff.ts';
import { versionSummary } from './version-summary.ts';

/** Two versions field by field: additions and removals marked, unchanged fields named. */
export function VersionCompare({
  older,
  newer,
  onClose,
}: {
  older: BriefVersion;
  newer: BriefVersion;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaign');
  const format = useFormat();
  const { changed, unchanged } = compareVersions(older, newer, format.locale);
  const title = t('versions.compareTitle', { a: older.version, b: newer.version });
  return (
    <Dialog label={title} onClose={onClose} wide testId="version-compare">
      <h2>{title}</h2>
      <p className="muted small">
        <ins>{t('versions.added')}</ins> · <del>{t('versions.removed')}</del>
        {newer.summary && ` · ${versionSummary(newer.summary, t, format.locale)}`}
      </p>
      {changed.length === 0 && <p>{t('versions.same')}</p>}
      <div className="diff">
        {changed.map(({ field, parts }) => (
          <section key={field} data-field={field}>
            <h3>{t(`fields.${field}`)}</h3>
            <p className="brief-text">
              {parts.map((part, i) =>
                part.added ? (
                  <ins key={i}>{part.value}</ins>
                ) : part.removed ? (
                  <del key={i}>{part.value}</del>
                ) : (
                  <span key={i}>{part.value}</span>
                ),
              )}
            </p>
          </section>
        ))}
      </div>
      {unchanged.length > 0 && (
        <p className="muted small">
          {t('versions.unchanged', { fields: unchanged.map((f) => t(`fields.${f}`)).join(', ') })}
        </p>
      )}
      <div className="dialog-actions">
        <button onClick={onClose} autoFocus>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}
