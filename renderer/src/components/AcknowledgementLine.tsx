import { useTranslation } from 'react-i18next';
import './acknowledgement.css';
import { acknowledgementText } from '../../../shared/i18n/acknowledgement-text.ts';
import type { AcknowledgementSummary } from '../../../shared/rules/acknowledgement-summary.ts';
import { useSession } from '../state/session.ts';

/** "2 of 3 departments acknowledged version 2 — Sales missing", marked complete or not by icon and words. */
export function AcknowledgementLine({
  summary,
  className = '',
}: {
  summary: AcknowledgementSummary;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const departments = useSession((s) => s.departments);
  const name = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
  const complete = summary.acknowledged === summary.required;
  return (
    <p
      className={`ack-line ${complete ? 'ack-line-complete' : 'ack-line-missing'} ${className}`}
      data-testid="ack-summary"
      data-acknowledged={summary.acknowledged}
      data-required={summary.required}
    >
      <span aria-hidden="true" className="ack-line-icon">
        {complete ? '✓' : '◔'}
      </span>
      <span className="ack-text">{acknowledgementText(t, summary, name, i18n.language)}</span>
    </p>
  );
}
