// OS notifications for briefs newly awaiting the acting person's department and
// for readiness alerts that concern them, and the unread count on the dock /
// taskbar badge where the platform has one. Clicking one opens its campaign.
import { app, Notification } from 'electron';
import type { InboxItem } from '../../shared/api.ts';
import type { ShellCommand } from '../../shared/bridge.ts';
import type { BoardAlert } from '../../shared/rules/alerts.ts';
import type { ShellText } from './i18n.ts';
import type { InboxSink } from './inbox-watcher.ts';
import { readinessNotice } from './readiness-notice.ts';
import type { AlertFacts, ReadinessSink } from './readiness-watcher.ts';

export interface NotifierOptions {
  /** Brings the main window to the front (creating it if needed). */
  focusWindow(): void;
  send(command: ShellCommand): void;
  text: ShellText;
}

export function createNotifier(options: NotifierOptions): InboxSink & ReadinessSink {
  const { t, locale } = options.text;
  // Held until clicked or closed: a collected notification loses its click handler.
  const live = new Set<Notification>();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  const show = (campaign: string, title: string, body: string) => {
    if (!Notification.isSupported()) return;
    const n = new Notification({ title, body });
    live.add(n);
    n.on('click', () => {
      live.delete(n);
      options.focusWindow();
      options.send(`open-campaign:${campaign}`);
    });
    n.on('close', () => live.delete(n));
    n.show();
  };

  return {
    waiting(item: InboxItem) {
      const title = { title: item.campaign.title };
      show(
        item.campaign.key,
        item.staleVersion ? t('inbox.briefChanged', title) : t('inbox.newBrief', title),
        t('inbox.body', { version: item.currentVersion, date: date.format(new Date(item.ackDeadline)) }),
      );
    },
    count(count: number) {
      // Linux only badges under Unity; elsewhere this is a harmless no-op returning false.
      app.setBadgeCount(count);
    },
    alert(alert: BoardAlert, facts: AlertFacts) {
      const { title, body } = readinessNotice(options.text, alert, facts);
      show(alert.campaign, title, body);
    },
  };
}
