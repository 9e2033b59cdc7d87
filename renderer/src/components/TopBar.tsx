import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../state/route.ts';
import { useMe, useSession } from '../state/session.ts';
import { useFormat } from './format.ts';
import { SearchBox } from './SearchBox.tsx';
import { WhoAreYou } from './WhoAreYou.tsx';

/** Workspace name, the acting person (click to switch), search, and the "as of" banner when looking back. */
export function TopBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const info = useSession((s) => s.info);
  const departments = useSession((s) => s.departments);
  const me = useMe();
  const route = useRoute();
  const [switching, setSwitching] = useState(false);
  const asOf = route.query.get('at');
  const department = departments.find((d) => d.key === me?.department);

  return (
    <header className="topbar">
      <span className="workspace-name" title={info?.location}>
        {info?.kind === 'embedded' ? `${t('topbar.embedded')} · ${info.name}` : info?.name}
      </span>
      <SearchBox />
      {asOf && (
        <div className="as-of" role="status">
          <span>{t('topbar.asOf', { when: format.full(asOf) })}</span>
          <button onClick={() => navigate([route.view, ...route.params].map(encodeURIComponent).join('/'))}>
            {t('topbar.backToNow')}
          </button>
        </div>
      )}
      <button
        className="person"
        onClick={() => setSwitching(true)}
        data-testid="acting-person"
        title={t('topbar.switchPerson')}
      >
        {me ? (
          <>
            <span className="dot" style={{ background: department?.color }} aria-hidden="true" />
            <span>
              {me.name} · {department?.name}
            </span>
          </>
        ) : (
          t('topbar.chooseYou')
        )}
      </button>
      {switching && <WhoAreYou dialog onClose={() => setSwitching(false)} />}
    </header>
  );
}
