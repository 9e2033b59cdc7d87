import type { StoredCampaign } from '../../../../shared/domain.ts';
import { fromLocalInput, toLocalInput } from '../../components/datetime.ts';
import { useSession } from '../../state/session.ts';
import { channelList, draftToSend, type EditorForm } from './editor-form.ts';

/**
 * Saves the form as the campaign's draft: creates it, or updates it and — when the dates
 * moved — reschedules it (for a published campaign that publishes a material version).
 * `revision` is the one the form was loaded (or last saved) at: if somebody changed the
 * campaign since, the server refuses rather than overwrite their change.
 */
export function useEditorSave(): (
  form: EditorForm,
  campaign: StoredCampaign | undefined,
  revision: number,
) => Promise<StoredCampaign> {
  const api = useSession((s) => s.api);
  return async (form, campaign, revision) => {
    // The inputs hold minutes: an untouched date keeps its seconds rather than "moving" by them.
    const instant = (value: string, before: string | undefined) =>
      before && value === toLocalInput(before) ? before : (fromLocalInput(value) ?? value);
    const start = instant(form.start, campaign?.start);
    const end = instant(form.end, campaign?.end);
    const draft = draftToSend(form, campaign);
    const common = {
      title: form.title,
      channels: channelList(form.channels),
      departments: form.departments,
      ...(draft ? { draft } : {}),
    };
    if (!campaign) return api.call('campaigns.create', { ...common, start, end });
    let saved = await api.call('campaigns.update', { key: campaign.key, revision, ...common });
    if (start !== campaign.start || end !== campaign.end) {
      saved = await api.call('campaigns.reschedule', {
        key: campaign.key,
        revision: saved.revision,
        start,
        end,
      });
    }
    return saved;
  };
}
