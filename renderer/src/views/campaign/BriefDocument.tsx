import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BRIEF_FIELDS, type BriefField, type Campaign } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import type { ShownBrief } from './brief.ts';

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
  useEffect(() => onRendered(), [onRendered]);
  const { version, content } = brief;
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
      <div className={content.promise ? 'promise' : 'promise promise-missing'} data-testid="promise">
        <div className="promise-label">{t('fields.promise')}</div>
        <p>{content.promise || t('brief.noPromise')}</p>
        <div className="promise-hint">{t('brief.promiseHint')}</div>
      </div>
      {SECTIONS.filter((f) => content[f]).map((field) => (
        <section key={field} className="brief-section" data-field={field}>
          <h3>{t(`fields.${field}`)}</h3>
          <p className="brief-text">{withLinks(content[field] ?? '')}</p>
        </section>
      ))}
      {SECTIONS.every((f) => !content[f]) && <p className="muted">{t('brief.empty')}</p>}
      {campaign.status === 'cancelled' && <p className="callout warning">{t('brief.cancelled')}</p>}
    </section>
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
