import type { ReadinessReport } from '../../shared/domain.ts';
import { flagSentence, formatters } from '../../shared/i18n/flag-text.ts';
import { createI18n, pickLanguage } from '../../shared/i18n/i18n.ts';
import { currentVersion } from '../../shared/rules/readiness.ts';
import type { Services } from '../services/services.ts';

const ICON = { critical: '✖', warning: '▲' } as const;

/** The readiness report as a human-readable table with each flag in words. */
export async function formatReadinessTable(
  report: ReadinessReport,
  services: Services,
  locale: string,
): Promise<string> {
  const language = pickLanguage([locale]);
  const i18n = await createI18n(language);
  const t = i18n.t.bind(i18n);
  const format = formatters(language);
  const { metrics, departments, people, versions } = await services.ctx.store.read(async (tx) => ({
    metrics: await tx.listMetrics(),
    departments: await tx.listDepartments(),
    people: await tx.listPeople(),
    versions: await Promise.all(
      report.campaigns.map(async (c) => {
        const campaign = await tx.getCampaign(c.key);
        return campaign ? (currentVersion(campaign, report.at) ?? null) : null;
      }),
    ),
  }));
  const metricMap = new Map(metrics.map((m) => [m.key, m]));
  const departmentName = (k: string) => departments.find((d) => d.key === k)?.name ?? k;
  const personName = (k: string) => people.find((p) => p.key === k)?.name ?? k;

  const count = format.number(report.campaigns.length, '');
  const lines = [t('cli:readinessAt', { at: format.dateTime(report.at), count }), ''];
  const rows = report.campaigns.map((c) => [
    c.title,
    t(`phase.${c.phase}`),
    c.readiness === 'ended' ? t('readiness.ended_failing') : t(`readiness.${c.readiness}`),
    format.dateTime(c.start),
  ]);
  const header = (['campaign', 'phase', 'readiness', 'start'] as const).map((k) => t(`cli:header.${k}`));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  lines.push(line(header), line(widths.map((w) => '─'.repeat(w))));
  report.campaigns.forEach((c, i) => {
    lines.push(line(rows[i] ?? []));
    for (const flag of c.flags) {
      const sentence = flagSentence(t, flag, {
        metrics: metricMap,
        departmentName,
        personName,
        currentVersion: versions[i] ?? null,
        start: c.start,
        at: report.at,
        format,
      });
      lines.push(`    ${ICON[flag.severity]} ${sentence}`);
    }
    if (c.decision) {
      const by = personName(c.decision.by);
      const decision = t(`decision.${c.decision.decision}`);
      lines.push(
        `    ◆ ${c.decision.expires ? t('decisionBy', { decision, by, expires: format.dateTime(c.decision.expires) }) : t('decisionByOpen', { decision, by })}: ${c.decision.note}`,
      );
    }
  });
  if (report.campaigns.length === 0) lines.push(t('cli:noCampaigns'));
  return lines.join('\n');
}
