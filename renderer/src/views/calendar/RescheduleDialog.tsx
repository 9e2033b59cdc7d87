import { useTranslation } from 'react-i18next';
import { archivedDepartments } from '../../../../shared/rules/readiness.ts';
import { MARKETING_DEPARTMENT } from '../../../../shared/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { formatRange } from '../../components/date-range.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import type { RescheduleRequest } from './CampaignCalendar.tsx';
import { useAction } from '../../components/useAction.ts';

/** Confirms a drag: moving a published campaign publishes a material version, so departments re-acknowledge. */
export function RescheduleDialog({ request, onDone }: { request: RescheduleRequest; onDone: () => void }) {
  const { t } = useTranslation('calendar');
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const format = useFormat();
  const { busy, error, run } = useAction();
  const { item } = request;
  // Moving publishes a new version now: a department archived by now is not asked (issue 10).
  const archived = archivedDepartments(departments);
  const names = item.departments
    .filter((k) => k !== MARKETING_DEPARTMENT && !archived.has(k))
    .map((k) => departments.find((d) => d.key === k)?.name ?? k);
  const material = item.status === 'published' && item.currentVersion !== null;
  const keep = () => {
    request.revert();
    onDone();
  };
  const move = async () => {
    await run(async () => {
      await api.call('campaigns.reschedule', {
        key: item.key,
        revision: item.revision,
        start: request.start,
        end: request.end,
      });
      onDone();
    });
  };
  return (
    <Dialog label={t('reschedule.title')} onClose={keep} testId="reschedule-dialog">
      <h2>{t('reschedule.title')}</h2>
      <p>
        <strong>{item.title}</strong>
      </p>
      <dl className="reschedule-dates">
        <dt>{t('reschedule.from')}</dt>
        <dd>{formatRange(format.locale, item.start, item.end)}</dd>
        <dt>{t('reschedule.to')}</dt>
        <dd>
          <strong>{formatRange(format.locale, request.start, request.end)}</strong>
        </dd>
      </dl>
      <p className="callout">
        {material
          ? t(names.length > 0 ? 'reschedule.material' : 'reschedule.materialNone', {
              version: (item.currentVersion ?? 0) + 1,
              departments: new Intl.ListFormat(format.locale).format(names),
            })
          : t('reschedule.draft')}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button onClick={keep} disabled={busy}>
          {t('reschedule.keep')}
        </button>
        <button
          className="primary"
          onClick={() => void move()}
          disabled={busy}
          data-testid="reschedule-confirm"
        >
          {material ? t('reschedule.moveAndPublish') : t('reschedule.move')}
        </button>
      </div>
    </Dialog>
  );
}
