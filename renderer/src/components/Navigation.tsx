import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../state/session.ts';

const ITEMS = ['calendar', 'inbox', 'readiness', 'metrics', 'settings'] as const;
const ICONS: Record<(typeof ITEMS)[number], string> = {
  calendar: '▦',
  inbox: '✉',
  readiness: '◎',
  metrics: '∿',
  settings: '⚙',
};

type Item = (typeof ITEMS)[number];

function isItem(view: string): view is Item {
  return (ITEMS as readonly string[]).includes(view);
}

/**
 * The left navigation, always visible; the inbox shows how many briefs await my department.
 * A campaign page (or the editor) highlights the view the person came from — the board, the inbox,
 * the calendar — so the way back is where they left it (issue 10); opened directly, the calendar.
 */
export function Navigation({ current }: { current: string }) {
  const { t } = useTranslation();
  const count = useInboxCount();
  const [cameFrom, setCameFrom] = useState<Item>('calendar');
  // Remembered from the previous render (React's pattern for state derived from a changing prop).
  if (isItem(current) && current !== cameFrom) setCameFrom(current);
  const active = isItem(current) ? current : cameFrom;
  return (
    <nav className="nav" aria-label="Campaign Desk">
      <div className="brand">Campaign Desk</div>
      <ul>
        {ITEMS.map((item) => (
          <li key={item}>
            <a
              href={`#/${item}`}
              aria-current={active === item ? 'page' : undefined}
              data-testid={`nav-${item}`}
            >
              <span className="nav-icon" aria-hidden="true">
                {ICONS[item]}
              </span>
              <span>{t(`nav.${item}`)}</span>
              {item === 'inbox' && count > 0 && (
                <span className="badge" data-testid="inbox-count">
                  {count}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function useInboxCount(): number {
  const me = useMe();
  const api = useSession((s) => s.api);
  const revision = useSession((s) => s.revision);
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!me) return;
    let live = true;
    api
      .call('inbox.list', { department: me.department })
      .then((items) => live && setCount(items.length))
      .catch(() => live && setCount(0));
    return () => {
      live = false;
    };
  }, [api, me, revision]);
  return me ? count : 0;
}
