import { useTranslation } from 'react-i18next';
import { alertId, type BoardAlert } from '../../../../shared/rules/alerts.ts';

interface Props {
  alerts: readonly BoardAlert[];
  describe: (alert: BoardAlert) => { title: string; body: string };
  onDismiss: (id: string) => void;
}

/** What turned worse since the board was last seen; each alert stays until dismissed. */
export function AlertBanner({ alerts, describe, onDismiss }: Props) {
  const { t } = useTranslation('readiness');
  if (alerts.length === 0) return null;
  return (
    <div className="alert-banner no-print" role="status" aria-live="polite" data-testid="board-alerts">
      {alerts.map((alert) => {
        const { title, body } = describe(alert);
        const id = alertId(alert);
        return (
          <div key={id} className="alert" data-alert={alert.kind}>
            <span className="alert-icon" aria-hidden="true">
              ⚠
            </span>
            <span>
              <strong>{title}</strong> <span>{body}</span>
            </span>
            <button className="alert-dismiss" onClick={() => onDismiss(id)} aria-label={t('alerts.dismiss')}>
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
