// Who is acting, what the workspace holds that every view needs (people,
// departments), and the API client. Views keep their own data in their own stores.
// Embedded: the person is picked in "Who are you?". Team (`serve --team`): the person is
// whoever signed in, and a refused session (ended, expired) returns to the sign-in page.
import i18next from 'i18next';
import { create } from 'zustand';
import { ApiError } from '../../../shared/api-error.ts';
import type { ApiClient, WorkspaceInfo } from '../../../shared/api.ts';
import type { Department, Person } from '../../../shared/domain.ts';
import { createClient, type SignInResult } from '../api/client.ts';
import { PERSON_KEY } from '../api/early-calls.ts';
import { errorText } from '../components/error-text.ts';
import { pickTransport } from '../api/transport.ts';
import { followWorkspaceClock } from './clock.ts';

/** Why the sign-in page is shown again: the person signed out, or the server refused the session. */
export type SignInNotice = 'signedOut' | 'sessionEnded';

export interface SessionState {
  api: ApiClient;
  /** Unknown until the server has answered; team mode signs in, embedded picks a person. */
  mode: 'unknown' | 'embedded' | 'team';
  info: WorkspaceInfo | null;
  people: Person[];
  departments: Department[];
  personKey: string | null;
  loadError: string | null;
  signInNotice: SignInNotice | null;
  /** Bumped on every change event so views refetch. */
  revision: number;
  load(): Promise<void>;
  setPerson(key: string | null): void;
  signIn(person: string, password: string): Promise<SignInResult>;
  signOut(): Promise<void>;
}

export const useSession = create<SessionState>((set, get) => {
  const transport = pickTransport();
  const client = createClient(transport, () => get().personKey ?? undefined);
  let stopEvents: (() => void) | undefined;

  const listen = () => {
    stopEvents?.();
    stopEvents = transport.subscribe(
      (event) => {
        set((s) => ({ revision: s.revision + 1 }));
        // People, departments and the workspace itself change only through workspace-wide writes (imports).
        if (event.entity === 'workspace') void get().load();
      },
      // A team server ends the stream of an ended session: find out which, and listen again if still signed in.
      () =>
        setTimeout(() => {
          void checkSession().then(() => {
            if (get().mode === 'team' && get().personKey) listen();
          });
        }, 2_000),
    );
  };

  /** Back to the sign-in page with nothing of the workspace kept on screen. */
  const signedOut = (notice: SignInNotice) => {
    stopEvents?.();
    stopEvents = undefined;
    set({ personKey: null, info: null, people: [], departments: [], loadError: null, signInNotice: notice });
  };

  // A session ended elsewhere (an admin, its expiry) shows before the next call too: checked when
  // the page comes back into view and every minute.
  const checkSession = async () => {
    const { mode, personKey } = get();
    if (mode !== 'team' || !personKey || !transport.auth) return;
    const auth = await transport.auth.session().catch(() => undefined);
    if (auth?.mode === 'team' && !auth.person && get().personKey) signedOut('sessionEnded');
  };
  if (transport.auth) {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void checkSession();
    });
    window.addEventListener('focus', () => void checkSession());
    setInterval(() => void checkSession(), 60_000);
  }

  // Every call: a 401 while signed in means the session was ended or expired meanwhile.
  const api: ApiClient = {
    async call(method, input) {
      try {
        return await client.call(method, input);
      } catch (err) {
        const { mode, personKey } = get();
        if (err instanceof ApiError && err.code === 'unauthenticated' && mode === 'team' && personKey)
          signedOut('sessionEnded');
        throw err;
      }
    },
    subscribe: (listener) => client.subscribe(listener),
  };

  return {
    api,
    mode: 'unknown',
    info: null,
    people: [],
    departments: [],
    personKey: null,
    loadError: null,
    signInNotice: null,
    revision: 0,
    async load() {
      try {
        let { mode, personKey } = get();
        if (mode === 'unknown' || (mode === 'team' && !personKey)) {
          const auth = (await transport.auth?.session()) ?? { mode: 'embedded' as const };
          mode = auth.mode;
          personKey = auth.mode === 'team' ? (auth.person?.key ?? null) : localStorage.getItem(PERSON_KEY);
          set({ mode, personKey });
          if (mode === 'team' && !personKey) return; // the sign-in page
          if (!stopEvents) listen();
        }
        const askedAt = Date.now();
        const [info, people, departments, connection] = await Promise.all([
          api.call('workspace.info', {}),
          api.call('people.list', {}),
          api.call('departments.list', {}),
          window.campaignDesk?.connection?.(),
        ]);
        followWorkspaceClock(info.now, askedAt, Date.now());
        if (mode === 'embedded') {
          // The desktop on a team workspace (its main process signed in): you are who you signed
          // in as, whatever this window chose before.
          const known = connection?.kind === 'team' ? connection.person : get().personKey;
          // An archived person can no longer act: whoever was acting as them chooses again.
          personKey = known && people.some((p) => p.key === known && !p.archivedAt) ? known : null;
          void window.campaignDesk?.setActingPerson(personKey);
        }
        set({ info, people, departments, loadError: null, personKey });
      } catch (err) {
        // A refused session already shows the sign-in page: not an error page.
        if (get().mode === 'team' && !get().personKey) return;
        set({ loadError: errorText(i18next.t, err) });
      }
    },
    setPerson(key) {
      if (key) localStorage.setItem(PERSON_KEY, key);
      else localStorage.removeItem(PERSON_KEY);
      void window.campaignDesk?.setActingPerson(key);
      set({ personKey: key });
    },
    async signIn(person, password) {
      const result = (await transport.auth?.signIn(person, password)) ?? {
        ok: false as const,
        error: { code: 'unavailable' as const, message: 'This workspace has no sign-in.' },
      };
      if (!result.ok) return result;
      // Views refetch (revision) so nothing of an earlier session is shown.
      set((s) => ({ personKey: result.person.key, signInNotice: null, revision: s.revision + 1 }));
      listen();
      await get().load();
      return result;
    },
    async signOut() {
      await transport.auth?.signOut();
      signedOut('signedOut');
    },
  };
});

export function useMe(): Person | undefined {
  return useSession((s) => s.people.find((p) => p.key === s.personKey));
}

export function hasRole(person: Person | undefined, role: Person['roles'][number]): boolean {
  return person?.roles.includes(role) ?? false;
}
