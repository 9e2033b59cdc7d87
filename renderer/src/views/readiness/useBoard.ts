import { useEffect, useState } from 'react';
import i18next from 'i18next';
import type { Board } from '../../../../shared/board.ts';
import { useSession } from '../../state/session.ts';
import { errorText } from '../../components/error-text.ts';

/**
 * Everything the board shows at `at` (now when undefined), from one `board.get` call; a change
 * event refetches that one call. `fresh` is false while the data on screen is still that of the
 * previous `at`.
 */
export function useBoard(at: string | undefined): {
  data: Board | null;
  fresh: boolean;
  error: string | null;
  reload: () => void;
} {
  const api = useSession((s) => s.api);
  const revision = useSession((s) => s.revision);
  const [loaded, setLoaded] = useState<{ for: string; data: Board } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    api
      .call('board.get', at ? { at } : {})
      .then((data) => {
        if (!live) return;
        setLoaded({ for: at ?? 'now', data });
        setError(null);
      })
      .catch((err: unknown) => live && setError(errorText(i18next.t, err)));
    return () => {
      live = false;
    };
  }, [api, at, revision, tick]);

  return {
    data: loaded?.data ?? null,
    fresh: loaded?.for === (at ?? 'now'),
    error,
    reload: () => setTick((n) => n + 1),
  };
}
