import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session.ts';

/** Departments and the people in each, as the workspace holds them. */
export function PeopleSection() {
  const { t } = useTranslation('settings');
  const departments = useSession((s) => s.departments);
  const people = useSession((s) => s.people);
  return (
    <table className="grid compact">
      <thead>
        <tr>
          <th>{t('people.department')}</th>
          <th>{t('people.people')}</th>
        </tr>
      </thead>
      <tbody>
        {departments.map((d) => (
          <tr key={d.key}>
            <td className="nowrap">
              <span className="dot" style={{ background: d.color }} aria-hidden="true" /> {d.name}{' '}
              <span className="muted small">({d.key})</span>
            </td>
            <td>
              {people
                .filter((p) => p.department === d.key)
                .map((p) => `${p.name} — ${p.roles.map((r) => t(`app:who.roles.${r}`)).join(', ')}`)
                .join(' · ') || <span className="muted">{t('people.none')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
