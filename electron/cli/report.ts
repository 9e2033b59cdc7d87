// `campaign-desk report acknowledgements|readiness|calendar`: the files people take out of
// the app, written to --output (or stdout), in the language of LANG where they are for people.
import fs from 'node:fs';
import type { ReportFile } from '../../shared/api.ts';

export type ReportKind = 'acknowledgements' | 'readiness' | 'calendar';
export const REPORT_KINDS: readonly ReportKind[] = ['acknowledgements', 'readiness', 'calendar'];

type Call = (method: string, input: unknown) => Promise<unknown>;

interface ReportOptions {
  campaign?: string;
  department?: string;
  at?: string;
  format?: string;
  output?: string;
}

/**
 * The locale of LANG/LC_ALL ("uk_UA.UTF-8" → "uk-UA"), English when unset or "C"; glibc's
 * script modifiers name Serbian's script ("sr_RS.UTF-8@cyrillic" → "sr-Cyrl-RS").
 */
export function localeOfEnv(env: NodeJS.ProcessEnv): string {
  const [locale = '', modifier = ''] = (env.LC_ALL || env.LANG || '').split('@');
  const script = { latin: 'Latn', cyrillic: 'Cyrl' }[modifier.toLowerCase()];
  const [language = '', ...rest] = (locale.split('.')[0] ?? '').split('_');
  const raw = [language, ...(script ? [script] : []), ...rest].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw) ? raw : 'en';
}

export class ReportUsageError extends Error {}

function formatOf(kind: ReportKind, format: string | undefined): 'csv' | 'xlsx' | 'json' {
  const allowed = kind === 'readiness' ? ['csv', 'xlsx', 'json'] : ['csv', 'xlsx'];
  if (format === undefined || !allowed.includes(format))
    throw new ReportUsageError(`report ${kind} needs --format ${allowed.join('|')}`);
  return format as 'csv' | 'xlsx' | 'json';
}

/** Runs one report and returns the bytes written and where. */
export async function runReport(
  kind: ReportKind,
  options: ReportOptions,
  call: Call,
  locale: string,
  write: (bytes: Buffer) => void,
): Promise<void> {
  let bytes: Buffer;
  if (kind === 'calendar') {
    const ics = (await call('reports.calendarIcs', {
      department: options.department,
      language: locale,
    })) as string;
    bytes = Buffer.from(ics, 'utf8');
  } else {
    const format = formatOf(kind, options.format);
    if (format === 'json') {
      bytes = Buffer.from(`${JSON.stringify(await call('readiness.report', { at: options.at }), null, 2)}\n`);
    } else {
      const file = (await call(
        kind === 'acknowledgements' ? 'reports.acknowledgements' : 'reports.readiness',
        kind === 'acknowledgements'
          ? { campaign: options.campaign, format, locale }
          : { at: options.at, format, locale },
      )) as ReportFile;
      bytes = Buffer.from(file.base64, 'base64');
    }
  }
  if (options.output) fs.writeFileSync(options.output, bytes);
  else write(bytes);
}
