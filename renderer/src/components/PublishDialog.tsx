import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKETING_DEPARTMENT, type Campaign, type ChangeKind } from '../../../shared/domain.ts';
import { archivedDepartments } from '../../../shared/rules/readiness.ts';
import { nowIso } from '../state/clock.ts';
import { useSession } from '../state/session.ts';
import { Dialog } from './Dialog.tsx';
import { useFormat } from './format.ts';
import { useAction } from './useAction.ts';

/**
 * Publishing freezes the draft as the next brief version. After the first, marketing
 * says whether the change is material (everyone acknowledges again) or minor (acknowledgements carry over).
 */
export function PublishDialog({
  campaign,
  onPublish,
  onClose,
}: {
  campaign: Pick<Campaign, 'title' | 'briefVersions' | 'departments'> & { start?: string | undefined };
  onPublish: (change: ChangeKind) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaign');
  const departments = useSession((s) => s.departments);
  const format = useFormat();
  const [change, setChange] = useState<ChangeKind>('material');
  const { busy, error, run } = useAction();
  const next = (campaign.briefVersions.at(-1)?.version ?? 0) + 1;
  // The new version goes out now: a department archived by now is not asked (issue 10).
  const archived = archivedDepartments(departments);
  const names = campaign.departments
    .filter((k) => k !== MARKETING_DEPARTMENT && !archived.has(k))
    .map((k) => departments.find((d) => d.key === k)?.name ?? k);
  const list = new Intl.ListFormat(format.locale).format(names);
  // Issue 10: two things worth a second look before a brief goes out (publishing still allowed).
  const startedAlready = campaign.start !== undefined && campaign.start < nowIso();
  const publish = async () => {
    await run(async () => {
      await onPublish(next === 1 ? 'material' : change);
    });
  };
  return (
    <Dialog label={t('publish.title', { version: next })} onClose={onClose} testId="publish-dialog">
      <h2>{t('publish.title', { version: next })}</h2>
      <p className="muted">{campaign.title}</p>
      {next === 1 ? (
        <p>{names.length ? t('publish.first', { departments: list }) : t('publish.firstNobody')}</p>
      ) : (
        <fieldset className="publish-choice">
          <legend>{t('publish.which')}</legend>
          {(['material', 'minor'] as const).map((kind) => (
            <label key={kind} className={change === kind ? 'choice chosen' : 'choice'}>
              <input
                type="radio"
                name="change"
                value={kind}
                checked={change === kind}
                onChange={() => setChange(kind)}
                data-testid={`publish-${kind}`}
              />
              <span>
                <strong>{t(`publish.${kind}`)}</strong>
                <span className="choice-text">
                  {t(`publish.${kind}Explain`, { departments: list || t('publish.nobody'), version: next })}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {names.length === 0 && (
        <p className="callout warning small" data-testid="publish-warning-departments">
          {t('publish.warnNoDepartments')}
        </p>
      )}
      {startedAlready && campaign.start && (
        <p className="callout warning small" data-testid="publish-warning-past">
          {t('publish.warnStarted', { when: format.full(campaign.start), age: format.age(campaign.start) })}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button onClick={onClose} disabled={busy}>
          {t('cancel')}
        </button>
        <button
          className="primary"
          onClick={() => void publish()}
          disabled={busy}
          data-testid="publish-confirm"
        >
          {t('publish.confirm', { version: next })}
        </button>
      </div>
    </Dialog>
  );
}
