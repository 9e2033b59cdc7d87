// The editor's form: what it holds, how it is checked, and how server problems land on fields.
import type { Problem } from '../../../../shared/schemas/primitives.ts';
import {
  BRIEF_FIELDS,
  MARKETING_DEPARTMENT,
  type BriefContent,
  type BriefField,
  type Campaign,
} from '../../../../shared/domain.ts';
import { fromLocalInput, toLocalInput } from '../../components/datetime.ts';

export interface EditorForm {
  title: string;
  /** Wall-clock values ("2026-11-27T09:00") in the person's time zone. */
  start: string;
  end: string;
  /** Channels as typed: "email, social". */
  channels: string;
  departments: string[];
  brief: Record<BriefField, string>;
}

export type FieldName = 'title' | 'start' | 'end' | 'channels' | 'departments' | BriefField;
/** Errors by field: an i18n key of the editor namespace, or a message from the server as is. */
export type FieldErrors = Partial<Record<FieldName | 'form', { key?: string; text?: string }>>;

export function emptyBrief(): Record<BriefField, string> {
  return Object.fromEntries(BRIEF_FIELDS.map((f) => [f, ''])) as Record<BriefField, string>;
}

/** What the editor starts from: the unpublished draft when there is one, else the latest version. */
export function formOf(campaign: Campaign): EditorForm {
  const content: BriefContent = campaign.draft ?? campaign.briefVersions.at(-1) ?? {};
  const brief = emptyBrief();
  for (const f of BRIEF_FIELDS) brief[f] = content[f] ?? '';
  return {
    title: campaign.title,
    start: toLocalInput(campaign.start),
    end: toLocalInput(campaign.end),
    channels: campaign.channels.join(', '),
    departments: campaign.departments.filter((d) => d !== MARKETING_DEPARTMENT),
    brief,
  };
}

export function channelList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
}

/** Checks what the person can fix before anything is sent. */
export function validate(form: EditorForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.title.trim()) errors.title = { key: 'errors.titleRequired' };
  const start = fromLocalInput(form.start);
  const end = fromLocalInput(form.end);
  if (!start) errors.start = { key: 'errors.startRequired' };
  if (!end) errors.end = { key: 'errors.endRequired' };
  if (start && end && end < start) errors.end = { key: 'errors.endBeforeStart' };
  return errors;
}

/** Puts each server problem ("$.draft.promise", "$.end") beside its field; the rest goes to the form. */
export function problemErrors(
  problems: readonly Problem[],
  fallback: string,
  say: (problem: Problem) => string = (p) => p.message,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) {
    const [, first = '', second = ''] = /^\$\.?([A-Za-z]*)(?:\.([A-Za-z]+))?/.exec(p.path) ?? [];
    const field = (first === 'draft' ? second : first) as FieldName;
    const known =
      ['title', 'start', 'end', 'channels', 'departments'].includes(field) ||
      (BRIEF_FIELDS as readonly string[]).includes(field);
    errors[known ? field : 'form'] ??= { text: say(p) };
  }
  if (Object.keys(errors).length === 0) errors.form = { text: fallback };
  return errors;
}

/** The brief to send as the draft, or undefined when it is just the published version unchanged. */
export function draftToSend(form: EditorForm, campaign: Campaign | undefined): BriefContent | undefined {
  const draft: BriefContent = {};
  for (const f of BRIEF_FIELDS) if (form.brief[f].trim()) draft[f] = form.brief[f];
  const latest = campaign?.briefVersions.at(-1);
  if (
    campaign &&
    !campaign.draft &&
    latest &&
    BRIEF_FIELDS.every((f) => (draft[f] ?? '') === (latest[f] ?? ''))
  ) {
    return undefined;
  }
  return draft;
}
