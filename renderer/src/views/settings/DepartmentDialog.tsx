import '../../components/setup.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { DialogFooter } from '../../components/DialogFooter.tsx';
import { useAction } from '../../components/useAction.ts';
import { keyFromName, nextDepartmentColor } from '../../components/key-from-name.ts';
import { useSession } from '../../state/session.ts';

/** Adds a department (admins); its key comes from the name. */
export function DepartmentDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('settings');
  const api = useSession((s) => s.api);
  const load = useSession((s) => s.load);
  const departments = useSession((s) => s.departments);
  const [name, setName] = useState('');
  const [color, setColor] = useState(() => nextDepartmentColor(departments.map((d) => d.color)));
  const { busy, error, setError, run } = useAction();
  const key = keyFromName(
    name,
    departments.map((d) => d.key),
    'department',
  );

  const submit = async () => {
    if (!name.trim()) return setError(t('people.required'));
    await run(async () => {
      const department: Department = { key, name: name.trim(), color };
      await api.call('departments.define', { department });
      // The list behind the dialog shows the change as soon as it closes.
      await load();
      onClose();
    });
  };

  return (
    <Dialog label={t('people.addDepartment')} onClose={onClose} testId="department-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{t('people.addDepartment')}</h2>
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
          />
        </div>
        {name.trim() && <p className="muted small key-hint">{t('people.keyHint', { key })}</p>}
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
