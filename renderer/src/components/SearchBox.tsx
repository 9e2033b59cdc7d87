import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../shared/api.ts';
import { navigate } from '../state/route.ts';
import { useSession } from '../state/session.ts';
import { formatRange } from './date-range.ts';
import { useFormat } from './format.ts';

const SUGGESTIONS = 8;
const PAUSE_MS = 150;

/**
 * The top bar's search (issue 10): campaigns are suggested as the person types, nearest launch
 * first; arrow keys choose one and Enter opens it, or Enter opens every result.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useSession((s) => s.api);
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // The suggestions with the text they answer: never offer (or open with Enter) those of older text.
  const [found, setFound] = useState<{ query: string; campaigns: SearchResult[] }>({
    query: '',
    campaigns: [],
  });
  const [active, setActive] = useState(-1);
  const query = text.trim();

  useEffect(() => {
    if (!query) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('campaigns.search', { query, limit: SUGGESTIONS })
        .then((answer) => live && setFound({ query, campaigns: answer.campaigns }))
        .catch(() => live && setFound({ query, campaigns: [] }));
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  const shown = open && query && found.query === query ? found.campaigns : [];
  const go = (path: string) => {
    setOpen(false);
    navigate(path);
  };
  return (
    <form
      className="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = shown[active];
        go(chosen ? `campaign/${encodeURIComponent(chosen.key)}` : `calendar?q=${encodeURIComponent(query)}`);
      }}
    >
      <input
        name="q"
        type="search"
        placeholder={t('topbar.search')}
        aria-label={t('topbar.search')}
        id="global-search"
        role="combobox"
        aria-expanded={shown.length > 0}
        // Only while the list is there: a reference to nothing is an ARIA error.
        {...(shown.length > 0 ? { 'aria-controls': `${id}-suggestions` } : {})}
        aria-autocomplete="list"
        {...(active >= 0 ? { 'aria-activedescendant': `${id}-${active}` } : {})}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // A click on a suggestion lands before the list closes.
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && shown.length) {
            e.preventDefault();
            setActive((a) => (a + 1) % shown.length);
          } else if (e.key === 'ArrowUp' && shown.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
          } else if (e.key === 'Escape') setOpen(false);
        }}
        data-testid="search-input"
      />
      {shown.length > 0 && (
        <ul
          className="search-suggestions"
          role="listbox"
          id={`${id}-suggestions`}
          data-testid="search-suggestions"
        >
          {shown.map((c, i) => (
            <li
              key={c.key}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(`campaign/${encodeURIComponent(c.key)}`)}
            >
              <span className="suggestion-title">{c.title}</span>
              <span className="muted small"> {formatRange(format.locale, c.start, c.end)}</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
