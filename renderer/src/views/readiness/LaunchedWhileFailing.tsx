import { useTranslation } from 'react-i18next';
import type { MetricHealth } from '../../../../shared/api.ts';
import type { BoardCampaign } from '../../../../shared/board.ts';
import type { Flag } from '../../../../shared/domain.ts';
import { ReadinessBadge } from '../../components/ReadinessBadge.tsx';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { usePaged } from './usePaged.ts';
import { FlagList } from './FlagList.tsx';

interface Props {
  campaigns: readonly BoardCampaign[];
  metrics: readonly MetricHealth[];
  lookbackDays: number;
  sentence: (campaign: BoardCampaign, flag: Flag) => string;
}

/** Ended campaigns of the lookback that launched while a metric was failing: by how much, and who knew. */
export function LaunchedWhileFailing({ campaigns, metrics, lookbackDays, sentence }: Props) {
  const { t } = useTranslation('readiness');
  const format = useFormat();
  const departments = useSession((s) => s.departments);
  const people = useSession((s) => s.people);
  const name = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
  const person = (key: string) => people.find((p) => p.key === key)?.name ?? key;
  const { shown, more } = usePaged();
  const unit = (key: string) => metrics.find((m) => m.metric.key === key)?.metric.unit ?? '';

  return (
    <section className="lwf" id="launched-while-failing" aria-labelledby="lwf-title">
      <h2 id="lwf-title">{t('lwf.title', { days: format.days(lookbackDays) })}</h2>
      {campaigns.length === 0 && (
        <p className="muted">{t('lwf.none', { days: format.days(lookbackDays) })}</p>
      )}
      <ul className="board-list">
        {campaigns.slice(0, shown).map((c) => {
          const acks = c.acknowledgements.departments;
          return (
            <li
              key={c.key}
              className="board-row board-row-ended"
              data-campaign={c.key}
              data-readiness-state={c.readiness}
            >
              <div className="board-row-info">
                <ReadinessBadge look="ended_failing" />
                <a className="board-title" href={`#/campaign/${encodeURIComponent(c.key)}`}>
                  {c.title}
                </a>
                <span className="muted when">
                  {t('lwf.ran', { from: format.date(c.start), to: format.date(c.end) })}
                </span>
              </div>
              <FlagList
                flags={c.flags}
                sentence={(f) => sentence(c, f)}
                extra={(f) =>
                  f.code === 'launched_while_failing' && (
                    <span className="by-how-much">
                      {' '}
                      {t('lwf.worseBy', {
                        amount: format.number(Math.abs(f.value - f.threshold), unit(f.metric)),
                      })}
                    </span>
                  )
                }
              />
              {acks.length > 0 && (
                <p className="small lwf-acks">
                  <span className="muted">{t('lwf.atLaunch')} </span>
                  {acks
                    .map((ack) => {
                      if (ack.state === 'missing' || ack.version === undefined || !ack.by || !ack.at)
                        return t('lwf.notAcknowledged', { department: name(ack.department) });
                      return t(ack.state === 'concern' ? 'lwf.concern' : 'lwf.acknowledged', {
                        department: name(ack.department),
                        version: ack.version,
                        by: person(ack.by),
                        when: format.date(ack.at),
                      });
                    })
                    .join(' · ')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {campaigns.length > shown && (
        <button type="button" className="show-more no-print" onClick={more}>
          {t('board.showMore', { shown: format.plain(shown), total: format.plain(campaigns.length) })}
        </button>
      )}
    </section>
  );
}
