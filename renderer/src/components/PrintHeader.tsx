import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { nowIso } from '../state/clock.ts';
import { useMe, useSession } from '../state/session.ts';
import { useFormat } from './format.ts';

/**
 * On paper only: the workspace and what this is (a campaign's brief, the readiness report), who
 * printed it and when, and the time zone its times are in — a printout outlives the screen it came
 * from. Page numbers are @page's (app.css).
 */
export function PrintHeader({ subject }: { subject: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const info = useSession((s) => s.info);
  const me = useMe();
  const [printedAt, setPrintedAt] = useState(nowIso);
  useEffect(() => {
    // The moment of printing, drawn before the print dialog takes its snapshot.
    const stamp = () => flushSync(() => setPrintedAt(nowIso()));
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="print-header" data-testid="print-header">
      <span>
        {info?.name} · {subject}
      </span>
      <span>
        {t(me ? 'print.printedBy' : 'print.printed', { name: me?.name, when: format.full(printedAt) })} ·{' '}
        {t('print.timeZone', { zone })}
      </span>
    </div>
  );
}
