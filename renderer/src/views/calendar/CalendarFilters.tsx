import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/domain.ts';
import { useCalendarState, type StatusFilter } from './calendar-state.ts';

const STATUSES: StatusFilter[] = ['active', 'published', 'draft', 'cancelled', 'all'];

/** Channel, department and status filters; a member can narrow to their department's obligations. */
export function CalendarFilters({
  channels,
  departments,
  ownDepartment,
}: {
  channels: string[];
  departments: Department[];
  /** Set for a department member: offers "my department's obligations". */
  ownDepartment: Department | undefined;
}) {
  const { t } = useTranslation('calendar');
  const filters = useCalendarState((s) => s.filters);
  const setFilters = useCalendarState((s) => s.setFilters);
  return (
    <div className="calendar-filters" role="group" aria-label={t('filters.label')}>
      {ownDepartment && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={filters.mine}
            onChange={(e) => setFilters({ mine: e.target.checked })}
            data-testid="filter-mine"
          />
          {t('filters.mine', { department: ownDepartment.name })}
        </label>
      )}
      <label className="inline">
        {t('filters.channel')}
        <select
          value={filters.channel}
          onChange={(e) => setFilters({ channel: e.target.value })}
          data-testid="filter-channel"
        >
          <option value="">{t('filters.allChannels')}</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        {t('filters.department')}
        <select
          value={filters.department}
          onChange={(e) => setFilters({ department: e.target.value })}
          data-testid="filter-department"
        >
          <option value="">{t('filters.allDepartments')}</option>
          {departments.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        {t('filters.status')}
        <select
          value={filters.status}
          onChange={(e) => setFilters({ status: e.target.value as StatusFilter })}
          data-testid="filter-status"
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`filters.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
