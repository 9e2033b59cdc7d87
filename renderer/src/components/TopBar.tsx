import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../state/route.ts';
import { useTeamConnection } from '../state/connection.ts';
import { useMe, useSession } from '../state/session.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
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
  // The desktop connected to a team server (its main process signed in), or a browser signed in to one.
  const team = useTeamConnection();
  const browserTeam = useSession((s) => s.mode === 'team');
  const signOut = useSession((s) => s.signOut);
  const route = useRoute();
  const [switching, setSwitching] = useState(false);
  const asOf = route.query.get('at');
  const department = departments.find((d) => d.key === me?.department);

  return (
    <header className="topbar">
      <span className="workspace-name" title={team?.server ?? info?.location} data-testid="workspace-name">
        {team
          ? `${team.host} · ${info?.name ?? ''}`
          : browserTeam
            ? `${t('team:topbar.team')} · ${info?.name ?? ''}`
            : info?.kind === 'embedded'
              ? `${t('topbar.embedded')} · ${info.name}`
              : info?.name}
      </span>
      {team && <ConnectionStatus connection={team} />}
      <SearchBox />
      {asOf && (
        <div className="as-of" role="status">
          <span>{t('topbar.asOf', { when: format.full(asOf) })}</span>
          <button onClick={() => navigate([route.view, ...route.params].map(encodeURIComponent).join('/'))}>
            {t('topbar.backToNow')}
          </button>
        </div>
      )}
      {browserTeam && me ? (
        // Team mode: who signed in, and signing out; nobody else can be chosen here.
        <div className="person" data-testid="signed-in-person">
          <span className="dot" style={{ background: department?.color }} aria-hidden="true" />
          <span title={t('team:topbar.signedInAs', { name: me.name })}>
            {me.name} · {department?.name}
          </span>
          <button className="sign-out" onClick={() => void signOut()} data-testid="sign-out">
            {t('team:topbar.signOut')}
          </button>
        </div>
      ) : (
        <button
          className="person"
          // On the desktop's team workspace you are who you signed in as: the person leads to sign out in Settings.
          onClick={() => (team ? navigate('settings') : setSwitching(true))}
          data-testid="acting-person"
          title={team ? undefined : t('topbar.switchPerson')}
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
      )}
      {switching && <WhoAreYou dialog onClose={() => setSwitching(false)} />}
    </header>
  );
}
