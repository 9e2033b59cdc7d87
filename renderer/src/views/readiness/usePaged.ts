import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows on screen per list before "Show more": a board of 500 campaigns stays quick to draw and to read. */
export const PAGE_SIZE = 20;

/** How many rows of a long list to draw; all of them when the page is printed (a report is complete). */
export function usePaged(): { shown: number; more: () => void } {
  const [shown, setShown] = useState(PAGE_SIZE);
  useEffect(() => {
    // Drawn before the print dialog takes its snapshot.
    const all = () => flushSync(() => setShown(Number.POSITIVE_INFINITY));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);
  return { shown, more: () => setShown((n) => n + PAGE_SIZE) };
}
