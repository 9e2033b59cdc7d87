// Who is acting, what the workspace holds that every view needs (people,
// departments), and the API client. Views keep their own data in their own stores.
import { create } from 'zustand';
import type { ApiClient, WorkspaceInfo } from '../../../shared/api.ts';
import type { Department, Person } from '../../../shared/domain.ts';
import { createClient } from '../api/client.ts';
import { pickTransport } from '../api/transport.ts';
import { followWorkspaceClock } from './clock.ts';

const PERSON_KEY = 'campaign-desk.person';

export interface SessionState {
  api: ApiClient;
  info: WorkspaceInfo | null;
  people: Person[];
  departments: Department[];
  personKey: string | null;
  loadError: string | null;
  /** Bumped on every change event so views refetch. */
  revision: number;
  load(): Promise<void>;
  setPerson(key: string | null): void;
}

export const useSession = create<SessionState>((set, get) => {
  const api = createClient(pickTransport(), () => get().personKey ?? undefined);
  api.subscribe((event) => {
    set((s) => ({ revision: s.revision + 1 }));
    // People, departments and the workspace itself change only through workspace-wide writes (imports).
    if (event.entity === 'workspace') void get().load();
  });
  return {
    api,
    info: null,
    people: [],
    departments: [],
    personKey: localStorage.getItem(PERSON_KEY),
    loadError: null,
    revision: 0,
    async load() {
      try {
        const askedAt = Date.now();
        const [info, people, departments] = await Promise.all([
          api.call('workspace.info', {}),
          api.call('people.list', {}),
          api.call('departments.list', {}),
        ]);
        followWorkspaceClock(info.now, askedAt, Date.now());
        const known = get().personKey;
        // An archived person can no longer act: whoever was acting as them chooses again.
        const personKey = known && people.some((p) => p.key === known && !p.archivedAt) ? known : null;
        void window.campaignDesk?.setActingPerson(personKey);
        set({
          info,
          people,
          departments,
          loadError: null,
          personKey,
        });
      } catch (err) {
        set({ loadError: (err as Error).message });
      }
    },
    setPerson(key) {
      if (key) localStorage.setItem(PERSON_KEY, key);
      else localStorage.removeItem(PERSON_KEY);
      void window.campaignDesk?.setActingPerson(key);
      set({ personKey: key });
    },
  };
});

export function useMe(): Person | undefined {
  return useSession((s) => s.people.find((p) => p.key === s.personKey));
}

export function hasRole(person: Person | undefined, role: Person['roles'][number]): boolean {
  return person?.roles.includes(role) ?? false;
}
