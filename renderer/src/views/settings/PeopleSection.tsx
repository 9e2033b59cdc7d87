import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKETING_DEPARTMENT, type Department, type Person } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { useSession } from '../../state/session.ts';
import { ArchiveDialog } from './ArchiveDialog.tsx';
import { DepartmentDialog } from './DepartmentDialog.tsx';
import { PersonDialog } from './PersonDialog.tsx';

type Editing =
  | { kind: 'department'; department?: Department }
  | { kind: 'archive-department'; department: Department }
  | { kind: 'person'; person?: Person }
  | { kind: 'archive-person'; person: Person }
  | null;

/**
 * Departments and the people in each; admins add, rename, recolour and archive departments, and add,
 * edit and archive people (issue 10). Archived ones stay listed, marked, below the rest: history keeps them.
 */
export function PeopleSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const people = useSession((s) => s.people);
  const [editing, setEditing] = useState<Editing>(null);
  const roles = (p: Person) => p.roles.map((r) => t(`app:who.roles.${r}`)).join(', ');
  const ordered = [...departments.filter((d) => !d.archivedAt), ...departments.filter((d) => d.archivedAt)];
  return (
    <>
      {canEdit && (
        <div className="button-row people-actions">
          <button onClick={() => setEditing({ kind: 'department' })} data-testid="add-department">
            {t('people.addDepartment')}
          </button>
          <button
            onClick={() => setEditing({ kind: 'person' })}
            disabled={!departments.some((d) => !d.archivedAt)}
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
            {canEdit && <th>{t('people.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {ordered.map((d) => {
            const members = people.filter((p) => p.department === d.key);
            const active = members.filter((p) => !p.archivedAt);
            const archived = members.filter((p) => p.archivedAt);
            return (
              <tr
                key={d.key}
                className={d.archivedAt ? 'archived' : undefined}
                data-testid={`department-row-${d.key}`}
              >
                <td className="nowrap">
                  <span className="dot" style={{ background: d.color }} aria-hidden="true" /> {d.name}{' '}
                  <span className="muted small">({d.key})</span>
                  {d.archivedAt && (
                    <span className="archived-badge small" data-testid={`department-archived-${d.key}`}>
                      {t('people.archivedOn', { date: format.date(d.archivedAt) })}
                    </span>
                  )}
                </td>
                <td>
                  {active.length === 0 && <span className="muted">{t('people.none')}</span>}
                  {!canEdit && active.map((p) => `${p.name} — ${roles(p)}`).join(' · ')}
                  {canEdit &&
                    active.map((p) => (
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
                  {archived.length > 0 && (
                    <div className="muted small" data-testid={`archived-people-${d.key}`}>
                      {t('people.archivedPeople', { names: archived.map((p) => p.name).join(', ') })}
                    </div>
                  )}
                </td>
                {canEdit && (
                  <td className="nowrap row-actions">
                    {!d.archivedAt && (
                      <>
                        <button
                          onClick={() => setEditing({ kind: 'department', department: d })}
                          aria-label={t('people.editDepartment', { name: d.name })}
                          data-testid={`edit-department-${d.key}`}
                        >
                          {t('people.edit')}
                        </button>
                        {/* Marketing owns every campaign: it is never archived. */}
                        {d.key !== MARKETING_DEPARTMENT && (
                          <button
                            onClick={() => setEditing({ kind: 'archive-department', department: d })}
                            aria-label={t('people.archiveDepartment', { name: d.name })}
                            data-testid={`archive-department-${d.key}`}
                          >
                            {t('people.archive')}
                          </button>
                        )}
                      </>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing?.kind === 'department' && (
        <DepartmentDialog
          {...(editing.department ? { department: editing.department } : {})}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'archive-department' && (
        <ArchiveDialog
          title={t('people.archiveDepartmentTitle', { name: editing.department.name })}
          text={t('people.archiveDepartmentText')}
          archive={() => api.call('departments.archive', { key: editing.department.key })}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'person' && (
        <PersonDialog
          {...(editing.person ? { person: editing.person } : {})}
          {...(editing.person
            ? { onArchive: () => setEditing({ kind: 'archive-person', person: editing.person as Person }) }
            : {})}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'archive-person' && (
        <ArchiveDialog
          title={t('people.archivePersonTitle', { name: editing.person.name })}
          text={t('people.archivePersonText', { name: editing.person.name })}
          archive={() => api.call('people.archive', { key: editing.person.key })}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
