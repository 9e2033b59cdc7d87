import { useTranslation } from 'react-i18next';
import '../../components/ui.css';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useRoute } from '../../state/route.ts';
import { hasRole, useMe } from '../../state/session.ts';
import { CampaignEditor } from './CampaignEditor.tsx';
import './editor.css';

/** #/new and #/edit/<key>: marketing writes a campaign and its brief. */
export function EditorView() {
  const { t } = useTranslation('editor');
  const route = useRoute();
  const me = useMe();
  const key = route.view === 'edit' ? (route.params[0] ?? null) : null;
  const existing = useApiQuery(key && `editor:${key}`, (api) =>
    api.call('campaigns.get', { key: key ?? '' }),
  );
  if (!hasRole(me, 'marketing')) {
    return (
      <div className="empty-state" role="alert">
        <p>{t('onlyMarketing')}</p>
        <a href="#/calendar">{t('toCalendar')}</a>
      </div>
    );
  }
  if (key === null) return <CampaignEditor key="new" campaign={undefined} />;
  if (existing.error) {
    return (
      <p className="error" role="alert">
        {existing.error}
      </p>
    );
  }
  if (!existing.data) return <p className="muted">{t('loading')}</p>;
  return <CampaignEditor key={key} campaign={existing.data.campaign} />;
}
