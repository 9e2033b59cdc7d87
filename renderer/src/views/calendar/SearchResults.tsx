import { useTranslation } from 'react-i18next';
import { campaignTiming } from '../../components/campaign-timing.ts';
import { DecisionStatus } from '../../components/DecisionStatus.tsx';
import { formatRange } from '../../components/date-range.ts';
import { useFormat } from '../../components/format.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { navigate } from '../../state/route.ts';
import { hasRole, useMe, useSession } from '../../state/session.ts';

/** The top bar's search: campaigns whose title matches, nearest launch first; "100 of 1,034" when capped. */
export function SearchResults({ query }: { query: string }) {
  const { t } = useTranslation('calendar');
  const format = useFormat();
  const me = useMe();
  const departments = useSession((s) => s.departments);
  const results = useApiQuery(`search:${query}`, (api) =>
    api.call('campaigns.search', { query, limit: 100 }),
  );
  const name = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
  return (
    <section className="search-results" aria-labelledby="search-heading">
      <div className="view-header">
        <h1 id="search-heading">{t('search.title', { query })}</h1>
        <a href="#/calendar" className="button-link">
          {t('search.back')}
        </a>
      </div>
      {results.error && (
        <p className="error" role="alert">
          {results.error}
        </p>
      )}
      {!results.data && !results.error && <p className="muted">{t('loading')}</p>}
      {results.data && results.data.total > results.data.campaigns.length && (
        <p className="muted" data-testid="search-capped">
          {t('search.capped', {
            shown: format.plain(results.data.campaigns.length),
            total: format.plain(results.data.total),
          })}
        </p>
      )}
      {results.data?.campaigns.length === 0 && (
        <div className="empty-state">
          <p>{t('search.none', { query })}</p>
          <p className="muted">{t('search.noneHint')}</p>
          {hasRole(me, 'marketing') && (
            <button className="primary" onClick={() => navigate('new')}>
              {t('newCampaign')}
            </button>
          )}
        </div>
      )}
      {results.data && results.data.campaigns.length > 0 && (
        <table className="grid" data-testid="search-results">
          <thead>
            <tr>
              <th>{t('search.campaign')}</th>
              <th>{t('search.when')}</th>
              <th>{t('search.status')}</th>
              <th>{t('search.departments')}</th>
            </tr>
          </thead>
          <tbody>
            {results.data.campaigns.map((c) => (
              <tr key={c.key}>
                <td>
                  <a href={`#/campaign/${encodeURIComponent(c.key)}`}>{c.title}</a>
                </td>
                <td>
                  {formatRange(format.locale, c.start, c.end)}
                  <span className="muted small"> · {campaignTiming(c, format.age, t)}</span>
                </td>
                <td>
                  {c.decision && c.status === 'published' ? (
                    <DecisionStatus decision={c.decision} />
                  ) : (
                    t(`common:status.${c.status}`)
                  )}
                </td>
                <td>{c.departments.map(name).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
