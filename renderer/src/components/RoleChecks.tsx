import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain.ts';

/** Roles as checkboxes; `offered` limits which can be chosen (first start leaves out admin, which is implied). */
export function RoleChecks({
  offered,
  value,
  onChange,
  legend,
  idPrefix,
}: {
  offered: readonly Role[];
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  legend: string;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="role-checks">
      <legend>{legend}</legend>
      {offered.map((role) => (
        <label key={role} className="role-check">
          <input
            type="checkbox"
            checked={value.includes(role)}
            data-testid={`${idPrefix}-role-${role}`}
            onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
          />
          {t(`who.roles.${role}`)}
        </label>
      ))}
    </fieldset>
  );
}
