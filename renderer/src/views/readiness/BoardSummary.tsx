import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCounts } from '../../../../shared/board.ts';
import { READINESS_ICONS } from '../../components/ReadinessBadge.tsx';
import { useFormat } from '../../components/format.ts';
import type { Focus } from './board-view.ts';

interface Props {
  counts: BoardCounts;
  horizonDays: number;
  focus: Focus;
  onFocus: (focus: Focus) => void;
  /** Shown at the end of the line (the filters). */
  children?: ReactNode;
}

interface Item {
  focus: Exclude<Focus, 'all'>;
  icon: string;
  label: string;
  count: number;
}

/**
 * The line of counts at the top: launching within the horizon by readiness, live, launched while
 * failing, on hold, decisions running out early. Each count shows only those campaigns.
 */
export function BoardSummary({ counts, horizonDays, focus, onFocus, children }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const launching: Item[] = (['not_ready', 'at_risk', 'ready_by_decision', 'ready'] as const).map((r) => ({
    focus: r,
    icon: READINESS_ICONS[r],
    label: t(`common:readiness.${r}`),
    count: counts.launching[r],
  }));
  const others: Item[] = [
    { focus: 'live', icon: '●', label: t('board.live'), count: counts.live },
    { focus: 'launched_while_failing', icon: '■', label: t('board.lwf'), count: counts.launchedWhileFailing },
    { focus: 'on_hold', icon: '⏸', label: t('board.onHold'), count: counts.onHold },
    { focus: 'decision_expiring', icon: '⏱', label: t('board.expiring'), count: counts.decisionsExpiring },
  ];
  const button = (item: Item) => (
    <button
      key={item.focus}
      type="button"
      className={`summary-count summary-${item.focus}${item.count === 0 ? ' summary-zero' : ''}`}
      aria-pressed={focus === item.focus}
      data-focus={item.focus}
      data-count={item.count}
      onClick={() => onFocus(focus === item.focus ? 'all' : item.focus)}
    >
      <span aria-hidden="true" className="summary-icon">
        {item.icon}
      </span>
      <strong>{format.plain(item.count)}</strong> {item.label}
    </button>
  );
  return (
    <div className="board-bar">
      <nav className="board-summary" aria-label={t('board.summaryLabel')} data-testid="board-summary">
        <span className="summary-group">
          <span className="summary-caption">{t('board.launching', { days: format.days(horizonDays) })}</span>
          {launching.map(button)}
        </span>
        <span className="summary-group">{others.map(button)}</span>
        {focus !== 'all' && (
          <button type="button" className="link-button summary-all" onClick={() => onFocus('all')}>
            {t('board.showAll')}
          </button>
        )}
      </nav>
      {children}
    </div>
  );
}
