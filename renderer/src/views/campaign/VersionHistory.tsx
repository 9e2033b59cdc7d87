import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { VersionCompare } from './VersionCompare.tsx';
import { versionSummary } from './version-summary.ts';

/** Every published version, newest first; picking two compares them field by field. */
export function VersionHistory({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('campaign');
  const format = useFormat();
  const people = useSession((s) => s.people);
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState(false);
  const versions = [...campaign.briefVersions].reverse();
  const toggle = (version: number) =>
    setPicked((p) => (p.includes(version) ? p.filter((v) => v !== version) : [...p.slice(-1), version]));
  const [a, b] = [...picked].sort((x, y) => x - y);
  const older = campaign.briefVersions.find((v) => v.version === a);
  const newer = campaign.briefVersions.find((v) => v.version === b);
  return (
    <section className="panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.title')}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t('versions.none')}</p>
      ) : (
        <>
          <ul className="versions" data-testid="versions">
            {versions.map((v) => (
              <li key={v.version}>
                <label className="version-pick">
                  <input
                    type="checkbox"
                    checked={picked.includes(v.version)}
                    onChange={() => toggle(v.version)}
                    aria-label={t('versions.pick', { version: v.version })}
                    data-testid={`pick-version-${v.version}`}
                  />
                  <strong>{t('versions.version', { version: v.version })}</strong>
                  <span className={`change change-${v.change}`}>{t(`versions.${v.change}`)}</span>
                  <span className="muted small">
                    {format.dateTime(v.publishedAt)}
                    {v.publishedBy &&
                      ` · ${people.find((p) => p.key === v.publishedBy)?.name ?? v.publishedBy}`}
                  </span>
                </label>
                {v.summary && (
                  <div className="small version-summary">{versionSummary(v.summary, t, format.locale)}</div>
                )}
              </li>
            ))}
          </ul>
          {versions.length > 1 && (
            <div className="compare-bar">
              <button
                disabled={!older || !newer}
                onClick={() => setComparing(true)}
                data-testid="compare-versions"
              >
                {older && newer
                  ? t('versions.compare', { a: older.version, b: newer.version })
                  : t('versions.pickTwo')}
              </button>
            </div>
          )}
        </>
      )}
      {comparing && older && newer && (
        <VersionCompare older={older} newer={newer} onClose={() => setComparing(false)} />
      )}
    </section>
  );
}
