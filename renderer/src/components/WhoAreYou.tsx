import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { landingView } from '../state/landing.ts';
import { navigate } from '../state/route.ts';
import { useSession } from '../state/session.ts';
import { useReturnFocus } from './useReturnFocus.ts';

/** Picks the acting person of this embedded workspace; every write records that person. */
export function WhoAreYou({ dialog = false, onClose }: { dialog?: boolean; onClose?: () => void }) {
  const { t, i18n } = useTranslation();
  const people = useSession((s) => s.people);
  const departments = useSession((s) => s.departments);
  const setPerson = useSession((s) => s.setPerson);
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus();

  useEffect(() => {
    if (dialog) ref.current?.showModal();
  }, [dialog]);

  const list = (
    <div className="who">
      <h1>{t('who.title')}</h1>
      <p className="lead">{t('who.lead')}</p>
      <ul className="who-list">
        {people
          .filter((p) => !p.archivedAt) // an archived person can no longer act (issue 10)
          .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
          .map((p) => {
            const d = departments.find((x) => x.key === p.department);
            return (
              <li key={p.key}>
                <button
                  data-testid={`person-${p.key}`}
                  onClick={() => {
                    setPerson(p.key);
                    onClose?.();
                    navigate(landingView(p));
                  }}
                >
                  <span className="dot" style={{ background: d?.color }} aria-hidden="true" />
                  <strong>{p.name}</strong>
                  <span className="muted">
                    {d?.name} · {p.roles.map((r) => t(`who.roles.${r}`)).join(', ')}
                  </span>
                </button>
              </li>
            );
          })}
      </ul>
      {dialog && (
        <div className="dialog-actions">
          <button onClick={onClose}>{t('who.cancel')}</button>
        </div>
      )}
    </div>
  );
  if (!dialog) return list;
  return (
    <dialog ref={ref} onClose={onClose} onCancel={onClose} aria-label={t('who.title')}>
      {list}
    </dialog>
  );
}
