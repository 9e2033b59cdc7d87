import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../components/forms.css';
import './readiness.css';
import type { CampaignReadiness, Flag } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useRoute } from '../../state/route.ts';
import { hasRole, useMe } from '../../state/session.ts';
import { AlertBanner } from './AlertBanner.tsx';
import { BoardHeader } from './BoardHeader.tsx';
import { boardOrder } from './board-order.ts';
import { CampaignRow } from './CampaignRow.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { LaunchedWhileFailing } from './LaunchedWhileFailing.tsx';
import { MetricTiles } from './MetricTiles.tsx';
import { useAlerts } from './useAlerts.ts';
import { useAlertText } from './useAlertText.ts';
import { useBoard } from './useBoard.ts';
import { useFlagText } from './useFlagText.ts';

/** Leadership's home: what is launching or live, why it is or is not ready, and what launched while failing. */
export function ReadinessView() {
  const { t } = useTranslation('readiness');
  const route = useRoute();
  const at = route.query.get('at') ?? undefined;
  const me = useMe();
  const format = useFormat();
  const { data, fresh, error, reload } = useBoard(at);
  const flagText = useFlagText(data?.metrics ?? []);
  const [deciding, setDeciding] = useState<string | null>(null);

  const sentence = (c: Pick<CampaignReadiness, 'key' | 'start'>, flag: Flag) => {
    const campaign = data?.details.get(c.key)?.campaign ?? { start: c.start, briefVersions: [] };
    return flagText(flag, campaign, data?.report.at ?? new Date().toISOString());
  };
  const describe = useAlertText(data?.metrics ?? [], (key, flag) =>
    sentence(data?.report.campaigns.find((c) => c.key === key) ?? { key, start: '' }, flag),
  );
  const { alerts, dismiss } = useAlerts(
    fresh ? (data?.report ?? null) : null,
    at === undefined,
    data?.metrics ?? [],
  );

  if (!data) {
    return error ? (
      <p className="error" role="alert">
        {error}
      </p>
    ) : (
      <p className="muted">{t('app:loading')}</p>
    );
  }
  const { report, details, settings, metrics } = data;
  const active = boardOrder(report.campaigns.filter((c) => c.phase !== 'ended'));
  const ended = report.campaigns.filter((c) => c.phase === 'ended');
  const canDecide = hasRole(me, 'leadership') && at === undefined;
  const decidingOn = active.find((c) => c.key === deciding);

  return (
    <div className="board" data-testid="readiness-board" data-at={report.at} data-fresh={fresh}>
      <BoardHeader at={report.at} lookingBack={at !== undefined} settings={settings} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <AlertBanner alerts={alerts} describe={describe} onDismiss={dismiss} />
      <div className="board-grid">
        <div className="board-main">
          <section aria-labelledby="board-campaigns-title">
            <h2 id="board-campaigns-title">{t('campaigns', { days: format.days(settings.horizonDays) })}</h2>
            {active.length === 0 ? (
              <p className="muted empty">{t('noCampaigns', { days: format.days(settings.horizonDays) })}</p>
            ) : (
              <ul className="board-list">
                {active.map((c) => (
                  <CampaignRow
                    key={c.key}
                    campaign={c}
                    detail={details.get(c.key)}
                    at={report.at}
                    sentence={(f) => sentence(c, f)}
                    onDecide={canDecide && c.flags.length > 0 ? () => setDeciding(c.key) : undefined}
                  />
                ))}
              </ul>
            )}
            {hasRole(me, 'leadership') && at !== undefined && (
              <p className="muted small no-print">{t('decideOnlyNow')}</p>
            )}
          </section>
          <LaunchedWhileFailing
            campaigns={ended}
            details={details}
            metrics={metrics}
            lookbackDays={settings.lookbackDays}
            sentence={sentence}
          />
        </div>
        <aside className="board-side">
          <MetricTiles metrics={metrics} at={report.at} />
        </aside>
      </div>
      {decidingOn && (
        <DecisionDialog
          campaign={decidingOn}
          sentence={(f) => sentence(decidingOn, f)}
          onClose={() => setDeciding(null)}
          onRecorded={() => {
            setDeciding(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
