// Errors the services raise, as message keys with {{params}}. The English text of
// every ApiError and CSV row reason is built from `en` here, so the words live in
// one place; front ends translate the key instead of showing the English message.
// No i18next here: services build messages with plain {{x}} substitution.
const en = {
  forbidden_anonymous: 'Choose who you are before you {{doing}}.',
  forbidden_role: '{{name}} cannot {{doing}}: that needs the {{role}} role.',
  forbidden_ask_admin:
    '{{name}} cannot {{doing}}: that needs the admin role — ask an admin of this workspace.',
  forbidden_role_either: '{{name}} cannot {{doing}}: that needs the {{role}} or {{other}} role.',
  not_found_campaign: 'There is no campaign "{{id}}".',
  not_found_department: 'There is no department "{{id}}".',
  not_found_metric: 'There is no metric "{{id}}".',
  document_invalid: 'the document is not valid',
  document_problem: '{{path}}: {{problem}}',
  document_problem_and_one: '{{path}}: {{problem}} (and 1 more problem)',
  document_problem_and_more: '{{path}}: {{problem}} (and {{more}} more problems)',
  sample_needs_empty: 'The sample workspace can only be loaded into an empty workspace.',
  samples_not_owner:
    '{{name}} cannot enter samples of "{{metric}}": it belongs to the {{department}} department.',
  cancelled_no_edit: '"{{title}}" is cancelled and can no longer be edited.',
  cancelled_no_publish: '"{{title}}" is cancelled and cannot be published.',
  cancelled_no_move: '"{{title}}" is cancelled and cannot be moved.',
  nothing_changed: 'Nothing has changed since the last published version.',
  acknowledge_own_department: '{{name}} can acknowledge only for their own department.',
  concern_needs_note: 'A concern needs a note saying what worries your department.',
  nothing_to_acknowledge: '"{{title}}" has no published brief to acknowledge.',
  department_not_asked: '"{{title}}" does not ask the {{department}} department to acknowledge.',
  ack_version_stale:
    'Version {{version}} of "{{title}}" has been published since you read version {{read}}: reload to read it, then acknowledge.',
  campaign_changed:
    '"{{title}}" was changed by {{name}} at {{at}} after you opened it: reload to see the change, then try again.',
  campaign_changed_by_system:
    '"{{title}}" was changed by the command line or an import at {{at}} after you opened it: reload to see the change, then try again.',
  campaign_revision_unknown:
    '"{{title}}" is at revision {{revision}}, not the one you sent: reload it, then try again.',
  import_changes_published_version:
    '{{path}}: version {{version}} of "{{campaign}}" is already published with other content; a published version is never changed.',
  decision_already_expired: 'The decision would already have expired: choose an expiry in the future.',
  decision_not_applicable:
    'Decisions apply to published campaigns that are live or upcoming; "{{title}}" is not.',
  ends_before_start: 'The campaign ends before it starts: choose an end after the start.',
  nobody_with_role: 'The workspace has nobody with the {{role}} role.',
  nobody_in_department: 'The {{department}} department has nobody to acknowledge as.',
  csv_unclosed_quote: 'the file is not valid CSV: a quoted value that starts here is never closed',
  csv_bad_header: 'the header row must name the columns metric, at and value',
  csv_empty: 'the file is empty; expected a header row "metric,at,value"',
  csv_unknown_metric: 'unknown metric "{{metric}}"',
  csv_metric_missing: 'the metric is missing',
  csv_bad_instant:
    '"{{text}}" is not a date and time (e.g. 2026-11-27T08:00:00Z, or 27.11.2026 08:00 in the workspace time zone)',
  csv_bad_number: 'value "{{text}}" is not a number',
  csv_source_too_long: 'the source is longer than {{max}} characters',
  csv_instant_out_of_range: '"{{text}}" lies outside the years 1000–9999: write the year with four digits',
  file_encoding_invalid: 'the file starts as {{encoding}} but is not valid {{encoding}}; nothing imported',
  file_encoding_unsure:
    'the file is not UTF-8 and could be {{candidates}}; save it as CSV UTF-8 and import it again',
  xlsx_unreadable: 'the file is not a workbook that can be read (.xlsx); nothing imported',
  file_bad_base64: 'the file was not sent as base64',
  request_too_large:
    'The request is larger than {{limit}} MiB. Send less at once; large CSV files can be imported with "campaign-desk metrics import".',
  request_not_json: 'The request body is not valid JSON.',
  request_nul_character:
    'Text in the request contains the NUL character (U+0000), which a workspace cannot store.',
  request_too_deep: 'The request nests lists and objects more than {{max}} levels deep.',
  request_bad_address:
    'The address "{{path}}" is not valid: a "%" must be followed by two hexadecimal digits.',
  too_many_streams:
    'Too many open change streams ({{limit}}): close other Campaign Desk windows and try again.',
  workspace_not_empty: 'The workspace already holds data: it can be set up only while it is empty.',
  backup_use_pg_dump: 'Back up a PostgreSQL workspace with pg_dump: {{command}}',
  last_admin: '{{name}} is the last admin: give someone else the admin role first, so nobody is locked out.',
  department_name_taken: 'There is already a department named "{{name}}" ({{key}}): choose another name.',
  marketing_not_archived: 'The {{department}} department owns every campaign and cannot be archived.',
  department_archived: 'The {{department}} department is archived: choose a department still in use.',
  storage_disk_full:
    'The disk holding the workspace {{file}} is full: nothing was saved. Free some space and try again.',
  storage_read_only:
    'The workspace {{file}} is read-only: it can be read and exported, but changes cannot be saved. Copy it to a folder you can write to, or ask for write access.',
  storage_corrupt:
    'The workspace {{file}} is damaged: it is not a readable Campaign Desk database. Nothing was changed; restore it from a backup.',
  storage_empty_file:
    'The workspace {{file}} is an empty (0-byte) file, perhaps a copy cut short. It was left as it is: restore it from a backup, or move it aside to start a new workspace.',
  storage_in_use:
    '{{file}} is open in Campaign Desk (the desktop app or "campaign-desk serve"). Close it first, or restore from Settings in the app.',
  not_found_person: 'There is no person "{{id}}".',
  not_found_token: 'There is no token named "{{id}}".',
  sign_in_failed: 'The person or the password is not right.',
  sign_in_locked: 'Too many failed sign-ins for this person: try again in {{minutes}} minutes.',
  session_required: 'Sign in to this workspace first (your session may have ended).',
  forbidden_token: 'The feed token "{{name}}" cannot {{doing}}.',
  token_invalid: 'The token is unknown or has been revoked.',
  token_wrong_scope: 'The token "{{name}}" does not allow this: it needs the {{scope}} scope.',
  token_name_taken: 'A token named "{{name}}" already exists: revoke it first or choose another name.',
  token_metric_out_of_scope: 'The feed token "{{name}}" may not add samples of "{{metric}}".',
  feed_body_type: 'Send the samples as text/csv or application/json.',
  /** Words a {{doing}} param names (see WORD_PARAMS). */
  doing: {
    set_passwords: 'set passwords',
    manage_sessions: 'manage sessions',
    manage_tokens: 'manage feed tokens',
    read_audit: 'read the audit trail',
    import_into_data: 'import into a workspace that holds data',
    change_settings: 'change the readiness settings',
    define_metrics: 'define metrics',
    enter_samples: 'enter metric samples',
    create_campaigns: 'create campaigns',
    edit_campaigns: 'edit campaigns',
    publish_briefs: 'publish briefs',
    reschedule_campaigns: 'reschedule campaigns',
    cancel_campaigns: 'cancel campaigns',
    acknowledge_briefs: 'acknowledge briefs',
    record_decisions: 'record go/hold decisions',
    define_departments: 'define departments',
    define_people: 'define people',
    back_up_workspace: 'back up the workspace',
  },
  /** Words a {{role}} / {{other}} param names. */
  role: { admin: 'admin', marketing: 'marketing', leadership: 'leadership', member: 'member' },
};

export type ErrorStrings = typeof en;
export type ErrorKey = Exclude<keyof ErrorStrings, 'doing' | 'role'>;
export type Doing = keyof ErrorStrings['doing'];
export type ErrorParams = Record<string, string | number>;

/** One translatable reason: a key of the `errors` namespace and its params. */
export interface ErrorReason {
  key: ErrorKey;
  params?: ErrorParams;
}

// English only: the other languages are in locales/<lng>.ts (one lazy chunk each in the renderer).
export const errorResources = { errors: { en } };

/** Params whose value names a word of a group (an action, a role), translated before substitution. */
const WORD_PARAMS: Record<string, 'doing' | 'role'> = { doing: 'doing', role: 'role', other: 'role' };

/** Replaces word params by their text; `word(path)` looks up e.g. "doing.create_campaigns". */
export function resolveWordParams(params: ErrorParams, word: (path: string) => string): ErrorParams {
  const out: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    const group = WORD_PARAMS[name];
    out[name] = group ? word(`${group}.${value}`) : value;
  }
  return out;
}

export function fillTemplate(template: string, params: ErrorParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : all,
  );
}

function englishWord(path: string): string {
  const [group, name] = path.split('.') as ['doing' | 'role', string];
  return (en[group] as Record<string, string>)[name] ?? name;
}

/** The English text of an error key: what the CLI prints and what `ApiError.message` holds. */
export function englishMessage(key: ErrorKey, params: ErrorParams = {}): string {
  return fillTemplate(en[key], resolveWordParams(params, englishWord));
}
