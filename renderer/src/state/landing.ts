import type { Person } from '../../../shared/domain.ts';

/** UX.md: marketing → Calendar, member → Inbox, leadership → Readiness (admin → Metrics). */
export function landingView(person: Person): string {
  if (person.roles.includes('leadership')) return 'readiness';
  if (person.roles.includes('marketing')) return 'calendar';
  if (person.roles.includes('member')) return 'inbox';
  return 'metrics';
}
