// A readiness alert as an OS notification's title and body, in the shell's language,
// with the flags written out as the board writes them (shared/i18n/flag-text.ts).
import type { Flag } from '../../shared/domain.ts';
import { flagSentence } from '../../shared/i18n/flag-text.ts';
import type { BoardAlert } from '../../shared/rules/alerts.ts';
import type { ShellText } from './i18n.ts';
import type { AlertFacts } from './readiness-watcher.ts';

export function readinessNotice(
  text: ShellText,
  alert: BoardAlert,
  facts: AlertFacts,
): { title: string; body: string } {
  const { t, format } = text;
  const sentence = (flag: Flag) =>
    flagSentence(t, flag, {
      metrics: facts.metrics,
      departmentName: facts.departmentName,
      personName: facts.personName,
      currentVersion: facts.currentVersion,
      start: facts.campaign.start,
      at: facts.at,
      format,
    });
  const sentences = (flags: readonly Flag[]) => withoutRepeats(flags).map(sentence).join('\n');
  switch (alert.kind) {
    case 'turned_not_ready':
      return {
        title: t('readiness.turnedNotReady', { title: alert.title }),
        body: t('readiness.launch', {
          date: format.dateTime(alert.start),
          relative: format.relative(alert.start, facts.at),
          reasons: sentences(facts.campaign.flags.filter((f) => f.severity === 'critical')),
        }),
      };
    case 'live_while_critical':
      return {
        title: t('readiness.liveWhileCritical', { title: alert.title }),
        body: sentences(alert.flags),
      };
    case 'metric_failing_live': {
      const flag = facts.campaign.flags.find((f) => f.code === 'metric_failing' && f.metric === alert.metric);
      const metric = facts.metrics.get(alert.metric)?.name ?? alert.metric;
      return {
        title: t('readiness.metricFailing', { metric }),
        body: t('readiness.metricFailingBody', {
          department: facts.departmentName(alert.department),
          detail: flag ? sentence(flag) : metric,
          title: alert.title,
        }),
      };
    }
  }
}

/**
 * One sentence per metric: on a live campaign a metric failing now also carries a
 * launched-while-failing flag with nearly the same numbers, and a notification is short.
 */
function withoutRepeats(flags: readonly Flag[]): Flag[] {
  const failingNow = new Set(flags.flatMap((f) => (f.code === 'metric_failing' ? [f.metric] : [])));
  return flags.filter((f) => f.code !== 'launched_while_failing' || !failingNow.has(f.metric));
}
