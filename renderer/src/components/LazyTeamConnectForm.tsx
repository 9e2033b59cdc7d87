import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamConnectFormProps } from './TeamConnectForm.tsx';

// The form checks with the shared zod schema: loaded when shown, so the first chunk stays without zod.
const Form = lazy(() => import('./TeamConnectForm.tsx').then((m) => ({ default: m.TeamConnectForm })));

export function LazyTeamConnectForm(props: TeamConnectFormProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="muted">{t('loading')}</p>}>
      <Form {...props} />
    </Suspense>
  );
}
