import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, Person } from '../../../../shared/domain.ts';
import {
  acknowledgingDepartments,
  archivedDepartments,
  currentVersion,
  latestValidAck,
} from '../../../../shared/rules/readiness.ts';
import { useSession } from '../../state/session.ts';
import { ConcernDialog } from './ConcernDialog.tsx';
import { useAction } from '../../components/useAction.ts';
import { nowIso } from '../../state/clock.ts';

/** "Acknowledge" and "Acknowledge with a concern" for a member of a department the campaign affects. */
export function AcknowledgeActions({
  campaign,
  me,
  briefOpened,
}: {
  campaign: Campaign;
  me: Person;
  briefOpened: boolean;
}) {
  const { t } = useTranslation('campaign');
  const api = useSession((s) => s.api);
  const departments = useSession((s) => s.departments);
  const [concern, setConcern] = useState(false);
  const { busy, error, run } = useAction();
  const now = nowIso();
  const version = currentVersion(campaign, now);
  if (
    !me.roles.includes('member') ||
    campaign.status !== 'published' ||
    version === undefined ||
    !acknowledgingDepartments(campaign, now, archivedDepartments(departments)).includes(me.department)
  ) {
    return null;
  }
  const acknowledge = async (note?: string) => {
    await run(async () => {
      await api.call('acknowledgements.record', {
        campaign: campaign.key,
        department: me.department,
        version, // the version shown: if a newer one was published meanwhile, the server says so
        state: note === undefined ? 'acknowledged' : 'concern',
        ...(note === undefined ? {} : { note }),
      });
      setConcern(false);
    });
  };
  const hint = briefOpened ? t('ack.hint', { version }) : t('ack.readFirst');
  const done = latestValidAck(campaign, me.department, now);
  const department = departments.find((d) => d.key === me.department)?.name ?? me.department;
  return (
    <div className="ack-actions">
      {done && (
        <span className={`ack-mine ack-mine-${done.state}`} data-testid="ack-done" data-state={done.state}>
          <span aria-hidden="true">{done.state === 'concern' ? '▲' : '✓'}</span>{' '}
          {t(done.state === 'concern' ? 'ack.doneConcern' : 'ack.done', { department, version })}
        </span>
      )}
      <button
        className={done ? undefined : 'primary'}
        disabled={!briefOpened || busy}
        title={hint}
        onClick={() => void acknowledge()}
        data-testid="acknowledge"
      >
        {done ? t('ack.again') : t('ack.acknowledge', { version })}
      </button>
      <button
        disabled={!briefOpened || busy}
        title={hint}
        onClick={() => setConcern(true)}
        data-testid="acknowledge-concern"
      >
        {t('ack.withConcern')}
      </button>
      {error && !concern && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {concern && (
        <ConcernDialog
          version={version}
          busy={busy}
          error={error}
          onSubmit={(note) => void acknowledge(note)}
          onClose={() => setConcern(false)}
        />
      )}
    </div>
  );
}
