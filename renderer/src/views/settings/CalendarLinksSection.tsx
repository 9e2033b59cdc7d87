import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useAction } from '../../components/useAction.ts';
import { useTeamConnection } from '../../state/connection.ts';
import { hasRole, useMe, useSession } from '../../state/session.ts';
import { CopyField } from './CopyField.tsx';

/** The address calendar apps subscribe to (team-server.md §7): the desktop's server, or this page's. */
function feedUrl(token: string, server: string | undefined): string {
  const base = (server ?? window.location.origin).replace(/\/+$/, '');
  return `${base}/feeds/calendar.ics?token=${encodeURIComponent(token)}`;
}

/** Each department's calendar subscription: admins make and see all; members see their own. */
export function CalendarLinksSection() {
  const { t } = useTranslation('team');
  const me = useMe();
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const server = useTeamConnection()?.server;
  const links = useApiQuery('calendar-links', (client) => client.call('calendarLinks.list', {}));
  const { busy, error, run } = useAction();
  const isAdmin = hasRole(me, 'admin');
  const shown = isAdmin ? departments : departments.filter((d) => d.key === me?.department);
  // Members see the section only when their department has a link to subscribe to.
  if (!isAdmin && !links.data?.length) return null;
  const copy = { copyLabel: t('calendarLinks.copy'), copiedLabel: t('calendarLinks.copied') };
  return (
    <section aria-labelledby="settings-calendar-links" className="settings-section">
      <h2 id="settings-calendar-links">{t('calendarLinks.title')}</h2>
      <p className="muted small">
        {isAdmin ? t('calendarLinks.lead') : t('calendarLinks.leadMember')} {t('calendarLinks.secret')}
      </p>
      {links.error && <p className="error">{links.error}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {links.data && (
        <table className="grid compact calendar-links" data-testid="calendar-links">
          <tbody>
            {shown.map((d) => {
              const link = links.data?.find((l) => l.department === d.key);
              return (
                <tr key={d.key} data-department={d.key}>
                  <td className="nowrap">
                    <span className="dot" style={{ background: d.color }} aria-hidden="true" /> {d.name}
                  </td>
                  <td>
                    {link ? (
                      <CopyField
                        value={feedUrl(link.token, server)}
                        label={`${t('calendarLinks.link')}: ${d.name}`}
                        testId={`calendar-link-${d.key}`}
                        {...copy}
                      />
                    ) : isAdmin ? (
                      <button
                        disabled={busy}
                        data-testid={`create-calendar-link-${d.key}`}
                        onClick={() =>
                          void run(async () => {
                            await api.call('calendarLinks.create', { department: d.key });
                            links.reload();
                          })
                        }
                      >
                        {t('calendarLinks.create')}
                      </button>
                    ) : (
                      <span className="muted">{t('calendarLinks.noneMember')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
