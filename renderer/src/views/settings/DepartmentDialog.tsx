import '../../components/setup.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { useAction } from '../../components/useAction.ts';
import { keyFromName, nextDepartmentColor } from '../../components/key-from-name.ts';
import { useSession } from '../../state/session.ts';

/** Adds a department (admins; its key comes from the name), or renames / recolours one (`department` given). */
export function DepartmentDialog({
  department: editing,
  onClose,
}: {
  department?: Department;
  onClose: () => void;
}) {
  const { t } = useTranslation('settings');
  const api = useSession((s) => s.api);
  const load = useSession((s) => s.load);
  const departments = useSession((s) => s.departments);
  const [name, setName] = useState(editing?.name ?? '');
  const [color, setColor] = useState(
    () => editing?.color ?? nextDepartmentColor(departments.map((d) => d.color)),
  );
  const { busy, error, setError, run } = useAction();
  // The key never changes: campaigns, acknowledgements and history refer to it.
  const key =
    editing?.key ??
    keyFromName(
      name,
      departments.map((d) => d.key),
      'department',
    );
  const title = editing ? t('people.editDepartment', { name: editing.name }) : t('people.addDepartment');

  const submit = async () => {
    if (!name.trim()) return setError(t('people.required'));
    await run(async () => {
      if (editing) await api.call('departments.update', { key, name: name.trim(), color });
      else {
        const department: Department = { key, name: name.trim(), color };
        await api.call('departments.define', { department });
      }
      // The list behind the dialog shows the change as soon as it closes.
      await load();
      onClose();
    });
  };

  return (
    <Dialog label={title} onClose={onClose} testId="department-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{title}</h2>
        <label htmlFor="department-name">{t('people.departmentName')}</label>
        <div className="name-and-color">
          <input
            id="department-name"
            type="text"
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="department-name"
          />
          <input
            type="color"
            aria-label={t('people.color')}
            title={t('people.color')}
            value={color}
            onChange={(e) => setColor(e.target.value)}
            data-testid="department-color"
          />
        </div>
        {!editing && name.trim() && <p className="muted small key-hint">{t('people.keyHint', { key })}</p>}
        <DialogFooter
          error={error}
          cancelLabel={t('people.cancel')}
          onCancel={onClose}
          submitLabel={t('people.save')}
          busy={busy}
          submitTestId="department-save"
        />
      </form>
    </Dialog>
  );
}
