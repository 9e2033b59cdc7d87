import '../../components/forms.css';
import './settings.css';
import { useTranslation } from 'react-i18next';
import { useTeamConnection } from '../../state/connection.ts';
import { hasRole, useMe, useSession } from '../../state/session.ts';
import { BackupButton } from './BackupButton.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { ReadinessSettingsForm } from './ReadinessSettingsForm.tsx';
import { RestorePanel } from './RestorePanel.tsx';
import { TeamWorkspaceSection } from './TeamWorkspaceSection.tsx';
import { TeamSettings } from './TeamSettings.tsx';
import { useReadinessSettings } from './useReadinessSettings.ts';

/** Readiness rules, language, the workspace, its departments and people. */
export function SettingsView() {
  const { t } = useTranslation('settings');
  const me = useMe();
  const info = useSession((s) => s.info);
  const settings = useReadinessSettings();
  const canChange = hasRole(me, 'leadership') || hasRole(me, 'admin');
  const isAdmin = hasRole(me, 'admin');
  // Restoring replaces the file on this computer; a team server's backups are its admins' business.
  // A team server: the desktop connected to one, or a browser signed in to one.
  const deskTeam = useTeamConnection();
  const team = useSession((s) => s.mode === 'team') || deskTeam !== undefined;
  return (
    <div className="settings-page">
      <h1>{t('title')}</h1>
      <div className="settings-grid">
        <section aria-labelledby="settings-readiness">
          <h2 id="settings-readiness">{t('readiness.title')}</h2>
          <p className="muted">{t('readiness.lead')}</p>
          {settings ? (
            <ReadinessSettingsForm key={JSON.stringify(settings)} settings={settings} canChange={canChange} />
          ) : (
            <p className="muted">{t('app:loading')}</p>
          )}
        </section>
        <section aria-labelledby="settings-you">
          <h2 id="settings-you">{t('language.title')}</h2>
          <LanguagePicker />
          <h2>{t('workspace.title')}</h2>
          <dl className="facts">
            <dt>{t('workspace.name')}</dt>
            <dd>{info?.name}</dd>
            <dt>{t('workspace.location')}</dt>
            <dd>
              <code>{info?.location}</code>
            </dd>
            <dt>{t('workspace.kind')}</dt>
            <dd>{info ? t(`workspace.${team ? 'server' : info.kind}`) : ''}</dd>
          </dl>
          {isAdmin ? <BackupButton /> : <p className="muted small">{t('workspace.backup')}</p>}
          {isAdmin && window.campaignDesk && !team && <RestorePanel bridge={window.campaignDesk} />}
        </section>
        {window.campaignDesk && <TeamWorkspaceSection bridge={window.campaignDesk} />}
      </div>
      <h2>{t('people.title')}</h2>
      <p className="muted small">{isAdmin ? t('people.leadAdmin') : t('people.lead')}</p>
      <PeopleSection canEdit={isAdmin} />
      <TeamSettings />
    </div>
  );
}
