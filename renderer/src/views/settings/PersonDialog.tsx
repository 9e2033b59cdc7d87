import '../../components/setup.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Person, type Role } from '../../../../shared/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { useAction } from '../../components/useAction.ts';
import { keyFromName } from '../../components/key-from-name.ts';
import { RoleChecks } from '../../components/RoleChecks.tsx';
import { useSession } from '../../state/session.ts';

/**
 * Adds a person, or edits one (`person` given): name, department and roles. The key never changes.
 * An admin may archive someone from here (`onArchive`): they can no longer act; history keeps them.
 */
export function PersonDialog({
  person,
  onArchive,
  onClose,
}: {
  person?: Person;
  onArchive?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('settings');
  const api = useSession((s) => s.api);
  const load = useSession((s) => s.load);
  const departments = useSession((s) => s.departments);
  const people = useSession((s) => s.people);
  const [name, setName] = useState(person?.name ?? '');
  const [department, setDepartment] = useState(
    person?.department ?? departments.find((d) => !d.archivedAt)?.key ?? '',
  );
  const [roles, setRoles] = useState<Role[]>(person?.roles ?? ['member']);
  const { busy, error, setError, run } = useAction();
  const key =
    person?.key ??
    keyFromName(
      name,
      people.map((p) => p.key),
      'person',
    );
  const title = person ? t('people.editPerson', { name: person.name }) : t('people.addPerson');

  const submit = async () => {
    if (!name.trim()) return setError(t('people.required'));
    if (roles.length === 0) return setError(t('people.needsRole'));
    await run(async () => {
      await api.call('people.define', { person: { key, name: name.trim(), department, roles } });
      // The list behind the dialog shows the change as soon as it closes.
      await load();
      onClose();
    });
  };

  return (
    <Dialog label={title} onClose={onClose} testId="person-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{title}</h2>
        <label htmlFor="person-name">{t('people.name')}</label>
        <input
          id="person-name"
          type="text"
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="person-name"
        />
        {!person && name.trim() && <p className="muted small key-hint">{t('people.keyHint', { key })}</p>}
        <label htmlFor="person-department">{t('people.department')}</label>
        <select
          id="person-department"
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
          data-testid="person-department"
        >
          {departments
            .filter((d) => !d.archivedAt || d.key === person?.department)
            .map((d) => (
              <option key={d.key} value={d.key}>
                {d.name}
              </option>
            ))}
        </select>
        <RoleChecks
          offered={ROLES}
          value={roles}
          onChange={setRoles}
          legend={t('people.roles')}
          idPrefix="person"
        />
        {person && onArchive && (
          <p>
            <button type="button" className="danger" onClick={onArchive} data-testid="archive-person">
              {t('people.archivePerson')}
            </button>
          </p>
        )}
        <DialogFooter
          error={error}
          cancelLabel={t('people.cancel')}
          onCancel={onClose}
          submitLabel={t('people.save')}
          busy={busy}
          submitTestId="person-save"
        />
      </form>
    </Dialog>
  );
}
