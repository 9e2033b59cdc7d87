import { useEffect, useState } from 'react';
import type { ReadinessSettings } from '../../../../shared/api.ts';
import { useSession } from '../../state/session.ts';

/** The workspace's readiness settings, refetched on change events. */
export function useReadinessSettings(): ReadinessSettings | null {
  const api = useSession((s) => s.api);
  const revision = useSession((s) => s.revision);
  const [settings, setSettings] = useState<ReadinessSettings | null>(null);
  useEffect(() => {
    let live = true;
    api
      .call('settings.get', {})
      .then((s) => live && setSettings(s))
      .catch(() => live && setSettings(null));
    return () => {
      live = false;
    };
  }, [api, revision]);
  return settings;
}
