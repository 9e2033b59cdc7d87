import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../components/forms.css';
import './readiness.css';
import { boardCounts, campaignsAffected, type BoardCampaign } from '../../../../shared/board.ts';
import type { Flag } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useRoute } from '../../state/route.ts';
import { hasRole, useMe, useSession } from '../../state/session.ts';
import { AlertBanner } from './AlertBanner.tsx';
import { BoardControls } from './BoardControls.tsx';
import { BoardHeader } from './BoardHeader.tsx';
import { BoardSummary } from './BoardSummary.tsx';
import { groupCampaigns, inFocus, type Focus, type Grouping } from './board-view.ts';
import { CampaignGroup } from './CampaignGroup.tsx';
import { CampaignRow } from './CampaignRow.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { LaunchedWhileFailing } from './LaunchedWhileFailing.tsx';
import { MetricTiles } from './MetricTiles.tsx';
import { useAlerts } from './useAlerts.ts';
import { useAlertText } from './useAlertText.ts';
import { useBoard } from './useBoard.ts';
import { useFlagText } from './useFlagText.ts';
import { nowIso } from '../../state/clock.ts';

/** Leadership's home: the counts first, then what is launching or live and why, and what launched while failing. */
export function ReadinessView() {
  const { t } = useTranslation('readiness');
  const route = useRoute();
  const at = route.query.get('at') ?? undefined;
  const me = useMe();
  const format = useFormat();
  const departments = useSession((s) => s.departments);
  const { data, fresh, error, reload } = useBoard(at);
  const flagText = useFlagText(data?.metrics ?? []);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus>('all');
  const [department, setDepartment] = useState<string | null>(null);
  const [grouping, setGrouping] = useState<Grouping>('readiness');

  const byKey = useMemo(() => new Map((data?.campaigns ?? []).map((c) => [c.key, c])), [data]);
  const metricsByKey = useMemo(
    () => new Map((data?.metrics ?? []).map((m) => [m.metric.key, m.metric])),
    [data],
  );
  const counts = useMemo(() => boardCounts(data?.campaigns ?? []), [data]);
  const affected = useMemo(() => campaignsAffected(data?.campaigns ?? []), [data]);
  const report = useMemo(() => (data ? { at: data.at, campaigns: data.campaigns } : null), [data]);

  const sentence = (c: Pick<BoardCampaign, 'start' | 'currentVersion'>, flag: Flag) =>
    flagText(flag, c, data?.at ?? nowIso());
  const describe = useAlertText(data?.metrics ?? [], (key, flag) =>
    sentence(byKey.get(key) ?? { start: '', currentVersion: null }, flag),
  );
  const { alerts, dismiss } = useAlerts(fresh ? report : null, at === undefined, data?.metrics ?? []);

  if (!data) {
    return error ? (
      <p className="error" role="alert">
        {error}
      </p>
    ) : (
      <p className="muted">{t('app:loading')}</p>
    );
  }
  const { settings, metrics } = data;
  const active = data.campaigns.filter((c) => c.phase !== 'ended');
  const shown = active.filter((c) => inFocus(c, focus, department));
  const ended = data.campaigns.filter((c) => inFocus(c, 'launched_while_failing', department));
  const showActive = focus !== 'launched_while_failing';
  const showEnded = focus === 'all' || focus === 'launched_while_failing';
  const canDecide = hasRole(me, 'leadership') && at === undefined;
  const decidingOn = active.find((c) => c.key === deciding);
  const groupTitle = (id: string) =>
    grouping === 'readiness'
      ? t(`common:readiness.${id}`)
      : grouping === 'window'
        ? t(`board.window.${id}`)
        : id === 'none'
          ? t('board.noDepartment')
          : (departments.find((d) => d.key === id)?.name ?? id);

  // The counts at the top are of launches; a group mixing live and launching says how many of each.
  const liveSplit = (campaigns: readonly BoardCampaign[]) => {
    const live = campaigns.filter((c) => c.phase === 'live').length;
    return live === 0
      ? undefined
      : t('board.groupSplit', { live: format.plain(live), launching: format.plain(campaigns.length - live) });
  };

  return (
    <div className="board" data-testid="readiness-board" data-at={data.at} data-fresh={fresh}>
      <BoardHeader at={data.at} lookingBack={at !== undefined} settings={settings} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <AlertBanner alerts={alerts} describe={describe} onDismiss={dismiss} />
      <BoardSummary counts={counts} horizonDays={settings.horizonDays} focus={focus} onFocus={setFocus}>
        <BoardControls
          department={department}
          onDepartment={setDepartment}
          grouping={grouping}
          onGrouping={setGrouping}
        />
      </BoardSummary>
      <div className="board-grid">
        <div className="board-main">
          {showActive && (
            <section aria-labelledby="board-campaigns-title">
              <h2 id="board-campaigns-title">
                {t('campaigns', { days: format.days(settings.horizonDays) })}
              </h2>
              {active.length === 0 ? (
                <p className="muted empty">{t('noCampaigns', { days: format.days(settings.horizonDays) })}</p>
              ) : shown.length === 0 ? (
                <p className="muted empty">{t('board.noMatch')}</p>
              ) : (
                groupCampaigns(
                  shown,
                  grouping,
                  data.at,
                  departments.map((d) => d.key),
                ).map((g) => (
                  <CampaignGroup
                    key={`${grouping}:${g.id}`}
                    id={g.id}
                    title={groupTitle(g.id)}
                    detail={grouping === 'window' ? undefined : liveSplit(g.campaigns)}
                    campaigns={g.campaigns}
                    row={(c) => (
                      <CampaignRow
                        key={c.key}
                        campaign={c}
                        at={data.at}
                        metrics={metricsByKey}
                        sentence={(f) => sentence(c, f)}
                        onDecide={canDecide && c.flags.length > 0 ? () => setDeciding(c.key) : undefined}
                      />
                    )}
                  />
                ))
              )}
              {hasRole(me, 'leadership') && at !== undefined && (
                <p className="muted small no-print">{t('decideOnlyNow')}</p>
              )}
            </section>
          )}
          {showEnded && (
            <LaunchedWhileFailing
              campaigns={ended}
              metrics={metrics}
              lookbackDays={settings.lookbackDays}
              sentence={sentence}
            />
          )}
        </div>
        <aside className="board-side">
          <MetricTiles metrics={metrics} affected={affected} at={data.at} />
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
