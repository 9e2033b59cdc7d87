import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session.ts';
import type { Grouping } from './board-view.ts';

interface Props {
  department: string | null;
  onDepartment: (key: string | null) => void;
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
}

/** Which department's campaigns, and how the board groups them. */
export function BoardControls({ department, onDepartment, grouping, onGrouping }: Props) {
  const { t } = useTranslation('readiness');
  const departments = useSession((s) => s.departments);
  return (
    <div className="board-controls no-print">
      <label>
        {t('board.department')}{' '}
        <select
          value={department ?? ''}
          data-testid="board-department"
          onChange={(e) => onDepartment(e.target.value || null)}
        >
          <option value="">{t('board.allDepartments')}</option>
          {departments.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('board.groupBy')}{' '}
        <select
          value={grouping}
          data-testid="board-grouping"
          onChange={(e) => onGrouping(e.target.value as Grouping)}
        >
          {(['readiness', 'department', 'window'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`board.grouping.${g}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
