import { useTranslation } from 'react-i18next';
import type { ReadinessSettings } from '../../../../shared/api.ts';
import { useFormat } from '../../components/format.ts';
import { PrintHeader } from '../../components/PrintHeader.tsx';
import { hasRole, useMe } from '../../state/session.ts';
import { AsOfPicker } from './AsOfPicker.tsx';
import { ReportExports } from './ReportExports.tsx';

interface Props {
  at: string;
  lookingBack: boolean;
  settings: ReadinessSettings;
}

/** Title with the instant the board shows, the time picker, reports, and the rules' settings in words. */
export function BoardHeader({ at, lookingBack, settings }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const me = useMe();
  const canChange = hasRole(me, 'leadership') || hasRole(me, 'admin');
  return (
    <header className="board-header">
      <PrintHeader subject={t('title')} />
      <div className="board-heading">
        <h1>{t('title')}</h1>
        <span className={lookingBack ? 'board-instant looking-back' : 'board-instant'}>
          {t(lookingBack ? 'asOf.stood' : 'asOf.now', { when: format.full(at) })}
        </span>
      </div>
      <AsOfPicker key={lookingBack ? at : 'now'} at={lookingBack ? at : undefined} />
      <p className="muted small board-settings">
        {t('settingsLine', {
          horizon: format.days(settings.horizonDays),
          lookback: format.days(settings.lookbackDays),
          deadline: format.days(settings.ackDeadlineDays),
        })}{' '}
        {canChange && (
          <a href="#/settings" className="no-print">
            {t('changeSettings')}
          </a>
        )}
      </p>
      <ReportExports />
    </header>
  );
}
