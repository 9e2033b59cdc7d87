import { useTranslation } from 'react-i18next';
import type { DepartmentAck } from '../../../shared/rules/acknowledgement-summary.ts';
import { useSession } from '../state/session.ts';
import { useFormat } from './format.ts';
import './acknowledgement.css';

/**
 * A concern the department raised on an earlier version, kept beside the request to acknowledge
 * the new one: a new version does not make it go away. `named` puts the department's name first.
 */
export function EarlierConcern({ ack, named = false }: { ack: DepartmentAck; named?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useSession((s) => s.people);
  const departments = useSession((s) => s.departments);
  const concern = ack.earlierConcern;
  if (!concern) return null;
  const text = t('acks:earlierConcern', {
    version: concern.version,
    note: concern.note,
    by: people.find((p) => p.key === concern.by)?.name ?? concern.by,
    when: format.dateTime(concern.at),
  });
  const name = departments.find((d) => d.key === ack.department)?.name ?? ack.department;
  return (
    <p className="earlier-concern" data-testid="earlier-concern" data-department={ack.department}>
      <span aria-hidden="true">▲ </span>
      {named ? `${name}: ${text}` : text}
    </p>
  );
}
