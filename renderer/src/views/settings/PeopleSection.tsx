import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain.ts';
import { useSession } from '../../state/session.ts';
import { DepartmentDialog } from './DepartmentDialog.tsx';
import { PersonDialog } from './PersonDialog.tsx';

type Editing = { kind: 'department' } | { kind: 'person'; person?: Person } | null;

/** Departments and the people in each; admins add departments and add or edit people. */
export function PeopleSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('settings');
  const departments = useSession((s) => s.departments);
  const people = useSession((s) => s.people);
  const [editing, setEditing] = useState<Editing>(null);
  const roles = (p: Person) => p.roles.map((r) => t(`app:who.roles.${r}`)).join(', ');
  return (
    <>
      {canEdit && (
        <div className="button-row people-actions">
          <button onClick={() => setEditing({ kind: 'department' })} data-testid="add-department">
            {t('people.addDepartment')}
          </button>
          <button
            onClick={() => setEditing({ kind: 'person' })}
            disabled={departments.length === 0}
            data-testid="add-person"
          >
            {t('people.addPerson')}
          </button>
        </div>
      )}
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('people.department')}</th>
            <th>{t('people.people')}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => {
            const members = people.filter((p) => p.department === d.key);
            return (
              <tr key={d.key} data-testid={`department-row-${d.key}`}>
                <td className="nowrap">
                  <span className="dot" style={{ background: d.color }} aria-hidden="true" /> {d.name}{' '}
                  <span className="muted small">({d.key})</span>
                </td>
                <td>
                  {members.length === 0 && <span className="muted">{t('people.none')}</span>}
                  {!canEdit && members.map((p) => `${p.name} — ${roles(p)}`).join(' · ')}
                  {canEdit &&
                    members.map((p) => (
                      <button
                        key={p.key}
                        className="person-chip"
                        title={t('people.editPerson', { name: p.name })}
                        onClick={() => setEditing({ kind: 'person', person: p })}
                        data-testid={`edit-person-${p.key}`}
                      >
                        {p.name} <span className="muted">— {roles(p)}</span>
                      </button>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing?.kind === 'department' && <DepartmentDialog onClose={() => setEditing(null)} />}
      {editing?.kind === 'person' && (
        <PersonDialog
          {...(editing.person ? { person: editing.person } : {})}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
