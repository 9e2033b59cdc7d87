import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BRIEF_FIELDS, type BriefField, type Campaign } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { nowIso } from '../../state/clock.ts';
import { useMe, useSession } from '../../state/session.ts';
import { changedSince, type ShownBrief } from './brief.ts';
import { archivedDepartments } from '../../../../shared/rules/readiness.ts';
import { compareVersions, type FieldChange } from './brief-diff.ts';

// The promise leads (it is what departments must keep); the rest reads in document order.
const SECTIONS: BriefField[] = BRIEF_FIELDS.filter((field) => field !== 'promise');

/** The brief of the current version, reading like a document. */
export function BriefDocument({
  campaign,
  brief,
  onRendered,
}: {
  campaign: Campaign;
  brief: ShownBrief;
  onRendered: () => void;
}) {
  const { t } = useTranslation('campaign');
  const format = useFormat();
  const people = useSession((s) => s.people);
  const departments = useSession((s) => s.departments);
  const me = useMe();
  const [plain, setPlain] = useState(false);
  useEffect(() => onRendered(), [onRendered]);
  const { version, content } = brief;
  // A department that acknowledged an older version reads what changed since then, inline.
  const since =
    me && version
      ? changedSince(campaign, me.department, nowIso(), archivedDepartments(departments))
      : undefined;
  const diff = since && version && !plain ? compareVersions(since.since, version, format.locale) : undefined;
  const changes = new Map<BriefField, FieldChange>(diff?.changed.map((c) => [c.field, c]));
  const text = (field: BriefField): ReactNode => {
    const change = changes.get(field);
    return change ? diffParts(change) : withLinks(content[field] ?? '');
  };
  const shown = (field: BriefField) => Boolean(content[field]) || changes.has(field);
  const by = version?.publishedBy && people.find((p) => p.key === version.publishedBy)?.name;
  return (
    <section className="brief" aria-labelledby="brief-heading" data-testid="brief">
      <h2 id="brief-heading" className="brief-heading">
        {version ? t('brief.version', { version: version.version }) : t('brief.draftOnly')}
        {version && (
          <span className="muted small">
            {' '}
            {t(by ? 'brief.publishedBy' : 'brief.published', {
              when: format.dateTime(version.publishedAt),
              by,
            })}
          </span>
        )}
      </h2>
      {since && version && (
        <p className="changed-since" data-testid="changed-since">
          <span>
            {t('brief.changedSince', {
              version: since.since.version,
              department:
                departments.find((d) => d.key === since.ack.department)?.name ?? since.ack.department,
              when: format.dayMonth(since.ack.at),
            })}
          </span>
          {!plain && (
            <span className="small changed-legend">
              <ins>{t('versions.added')}</ins> <del>{t('versions.removed')}</del>
            </span>
          )}
          <button onClick={() => setPlain(!plain)} data-testid="changed-since-toggle">
            {plain ? t('brief.showChanges') : t('brief.showPlain')}
          </button>
        </p>
      )}
      <div className={content.promise ? 'promise' : 'promise promise-missing'} data-testid="promise">
        <div className="promise-label">{t('fields.promise')}</div>
        <p>{changes.has('promise') ? text('promise') : content.promise || t('brief.noPromise')}</p>
        <div className="promise-hint">{t('brief.promiseHint')}</div>
      </div>
      {SECTIONS.filter(shown).map((field) => (
        <section key={field} className="brief-section" data-field={field}>
          <h3>{t(`fields.${field}`)}</h3>
          <p className="brief-text">{text(field)}</p>
        </section>
      ))}
      {!SECTIONS.some(shown) && <p className="muted">{t('brief.empty')}</p>}
      {campaign.status === 'cancelled' && <p className="callout warning">{t('brief.cancelled')}</p>}
    </section>
  );
}

/** A field's words as they changed: insertions and deletions marked. */
function diffParts({ parts }: FieldChange): ReactNode[] {
  return parts.map((part, i) =>
    part.added ? (
      <ins key={i}>{part.value}</ins>
    ) : part.removed ? (
      <del key={i}>{part.value}</del>
    ) : (
      <span key={i}>{part.value}</span>
    ),
  );
}

const URL = /(https?:\/\/[^\s<>"]+)/g;

/** Text with its web addresses as links. */
function withLinks(text: string): ReactNode[] {
  return text.split(URL).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} target="_blank" rel="noreferrer">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
