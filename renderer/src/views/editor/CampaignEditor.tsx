import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api-error.ts';
import type { StoredCampaign } from '../../../../shared/domain.ts';
import { CancelCampaignDialog } from '../../components/CancelCampaignDialog.tsx';
import { PublishDialog } from '../../components/PublishDialog.tsx';
import { useFormat } from '../../components/format.ts';
import { navigate } from '../../state/route.ts';
import { useSession } from '../../state/session.ts';
import { BriefFields } from './BriefFields.tsx';
import { EditorBasics } from './EditorBasics.tsx';
import { FieldError } from './FieldError.tsx';
import {
  emptyBrief,
  formOf,
  problemErrors,
  validate,
  type EditorForm,
  type FieldErrors,
} from './editor-form.ts';
import { useEditorSave } from './useEditorSave.ts';
import { errorText, problemText } from '../../components/error-text.ts';
import { fromLocalInput } from '../../components/datetime.ts';

/** The form: save the draft, publish it as a version (material or minor), or cancel the campaign. */
export function CampaignEditor({ campaign }: { campaign: StoredCampaign | undefined }) {
  const { t } = useTranslation('editor');
  const format = useFormat();
  const save = useEditorSave();
  const api = useSession((s) => s.api);
  const [form, setForm] = useState<EditorForm>(() =>
    campaign
      ? formOf(campaign)
      : { title: '', start: '', end: '', channels: '', departments: [], brief: emptyBrief() },
  );
  // The revision the form's content is based on: the view reloads `campaign` when anybody changes
  // it, but the form keeps what the person is editing, so a save must still say what it started from.
  const [revision, setRevision] = useState(campaign?.revision ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'publish' | 'cancel' | null>(null);
  const change = (c: Partial<EditorForm>) => {
    setForm((f) => ({ ...f, ...c }));
    setSavedAt(null);
  };

  /** Checks and saves; returns the saved campaign, or undefined after showing what is wrong. */
  const saveDraft = async (stayHere = true): Promise<StoredCampaign | undefined> => {
    const found = validate(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return undefined;
    setBusy(true);
    try {
      const saved = await save(form, campaign, revision);
      setRevision(saved.revision);
      setSavedAt(new Date().toISOString());
      if (!campaign && stayHere) navigate(`edit/${encodeURIComponent(saved.key)}`);
      return saved;
    } catch (err) {
      setErrors(
        err instanceof ApiError
          ? problemErrors(err.problems ?? [], errorText(t, err), (p) => problemText(t, p))
          : { form: { text: String(err) } },
      );
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const cancelled = campaign?.status === 'cancelled';
  return (
    <form
      className="editor"
      onSubmit={(e) => {
        e.preventDefault();
        void saveDraft();
      }}
      noValidate
    >
      <div className="editor-bar">
        <h1>{campaign ? t('editTitle', { title: campaign.title }) : t('newTitle')}</h1>
        <span className="muted small" role="status">
          {savedAt && t('saved', { when: format.dateTime(savedAt) })}
        </span>
        <div className="actions">
          {campaign && (
            <a className="button-link" href={`#/campaign/${encodeURIComponent(campaign.key)}`}>
              {t('toCampaign')}
            </a>
          )}
          <button type="submit" disabled={busy || cancelled} data-testid="save-draft">
            {t('saveDraft')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || cancelled}
            data-testid="publish"
            onClick={() => {
              const found = validate(form);
              setErrors(found);
              if (Object.keys(found).length === 0) setDialog('publish');
            }}
          >
            {t('publish')}
          </button>
          {campaign && !cancelled && (
            <button type="button" className="danger" onClick={() => setDialog('cancel')}>
              {t('cancelCampaign')}
            </button>
          )}
        </div>
      </div>
      <FieldError errors={errors} field="form" />
      {cancelled && <p className="callout warning">{t('cancelled')}</p>}
      <div className="editor-columns">
        <EditorBasics
          form={form}
          errors={errors}
          published={campaign?.status === 'published'}
          onChange={change}
        />
        <BriefFields
          brief={form.brief}
          errors={errors}
          onChange={(field, value) => change({ brief: { ...form.brief, [field]: value } })}
        />
      </div>
      {dialog === 'publish' && (
        <PublishDialog
          campaign={{
            title: form.title,
            briefVersions: campaign?.briefVersions ?? [],
            departments: form.departments,
            start: fromLocalInput(form.start),
          }}
          onClose={() => setDialog(null)}
          onPublish={async (kind) => {
            const saved = await saveDraft(false);
            if (!saved) return setDialog(null);
            await api.call('campaigns.publish', { key: saved.key, revision: saved.revision, change: kind });
            navigate(`campaign/${encodeURIComponent(saved.key)}`);
          }}
        />
      )}
      {dialog === 'cancel' && campaign && (
        <CancelCampaignDialog
          campaign={{ ...campaign, revision }}
          onClose={() => setDialog(null)}
          onDone={() => navigate(`campaign/${encodeURIComponent(campaign.key)}`)}
        />
      )}
    </form>
  );
}
