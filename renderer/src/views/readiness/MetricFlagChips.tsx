import { useTranslation } from 'react-i18next';
import type { Flag, Metric } from '../../../../shared/domain.ts';
import { flagSubject } from '../../../../shared/rules/readiness.ts';
import { useFormat } from '../../components/format.ts';
import { flagKey } from './board-order.ts';

interface Props {
  flags: readonly Flag[];
  sentence: (flag: Flag) => string;
  newKeys?: ReadonlySet<string> | undefined;
  metrics: ReadonlyMap<string, Metric>;
}

/** A campaign's metric flags as short marks ("✖ On-time delivery 86.7 %"); the full sentence is on hover and for screen readers. */
export function MetricFlagChips({ flags, sentence, newKeys, metrics }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  if (flags.length === 0) return null;
  return (
    <div className="rb-metric-chips">
      <span className="muted small">{t('board.metrics')}</span>
      <ul>
        {flags.map((flag) => {
          const metric = 'metric' in flag ? metrics.get(flag.metric) : undefined;
          const value = 'value' in flag && metric ? ` ${format.number(flag.value, metric.unit)}` : '';
          const text = sentence(flag);
          const isNew = newKeys?.has(flagKey(flag)) ?? false;
          return (
            <li
              key={flagKey(flag)}
              className={`rb-chip rb-chip-${flag.code === 'metric_stale' ? 'stale' : flag.severity}`}
              title={text}
              data-flag-code={flag.code}
              data-flag-subject={flagSubject(flag)}
              data-flag-severity={flag.severity}
              data-flag-new={isNew || undefined}
            >
              <span aria-hidden="true">
                {flag.code === 'metric_stale' ? '○' : flag.severity === 'critical' ? '✖' : '▲'}{' '}
                {metric?.name ?? flagSubject(flag)}
                {value}
                {isNew && <span className="rb-flag-new">{t('newSinceGo')}</span>}
              </span>
              <span className="rb-flag-text visually-hidden">{text}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
