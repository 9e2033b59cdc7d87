import { useTeamConnection } from '../../state/connection.ts';
import { hasRole, useMe, useSession } from '../../state/session.ts';
import { CalendarLinksSection } from './CalendarLinksSection.tsx';
import { PasswordsSection } from './PasswordsSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TokensSection } from './TokensSection.tsx';

/**
 * The team workspace's Settings (team-server.md §3, §7). Passwords and tokens live in the
 * workspace, so an admin can prepare them on the desktop too; sessions and subscription links
 * exist only on a team server.
 */
export function TeamSettings() {
  const me = useMe();
  // A browser signed in to a team server, or the desktop connected to one.
  const deskTeam = useTeamConnection();
  const team = useSession((s) => s.mode === 'team') || deskTeam !== undefined;
  const isAdmin = hasRole(me, 'admin');
  if (!isAdmin && !team) return null;
  return (
    <div className="settings-team">
      {isAdmin && <PasswordsSection />}
      {isAdmin && team && <SessionsSection />}
      {isAdmin && <TokensSection />}
      {team && <CalendarLinksSection />}
    </div>
  );
}
