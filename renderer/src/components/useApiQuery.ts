import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api.ts';
import { useSession } from '../state/session.ts';
import i18next from 'i18next';
import { errorText } from './error-text.ts';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  reload: () => void;
}

/**
 * Loads data through the API client whenever `key` changes or somebody changes the
 * workspace (session revision). A null key loads nothing. Old data stays on screen
 * while a refresh of the same key is under way, so views do not flicker; with
 * `keepPrevious` also while another key loads (the calendar's next period).
 */
export function useApiQuery<T>(
  key: string | null,
  load: (api: ApiClient, revision: number) => Promise<T>,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): Query<T> {
  const api = useSession((s) => s.api);
  const revision = useSession((s) => s.revision);
  const [state, setState] = useState<{ key: string | null; data?: T; error: string | null }>({
    key: null,
    error: null,
  });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    loadRef.current(api, revision).then(
      (data) => live && setState({ key, data, error: null }),
      (err: unknown) => live && setState({ key, error: errorText(i18next.t, err) }),
    );
    return () => {
      live = false;
    };
  }, [api, key, revision, tick]);
  const current = state.key === key;
  return {
    data: current || keepPrevious ? state.data : undefined,
    error: current ? state.error : null,
    reload: () => setTick((t) => t + 1),
  };
}
