// OS notifications for briefs newly awaiting the acting person's department, and
// the unread count on the dock / taskbar badge where the platform has one.
import { app, Notification } from 'electron';
import type { InboxItem } from '../../shared/api.ts';
import type { ShellCommand } from '../../shared/bridge.ts';
import type { InboxSink } from './inbox-watcher.ts';

export interface NotifierOptions {
  /** Brings the main window to the front (creating it if needed). */
  focusWindow(): void;
  send(command: ShellCommand): void;
  locale: string;
}

export function createNotifier(options: NotifierOptions): InboxSink {
  // Held until clicked or closed: a collected notification loses its click handler.
  const live = new Set<Notification>();
  const date = new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium' });

  return {
    waiting(item: InboxItem) {
      if (!Notification.isSupported()) return;
      const n = new Notification({
        title: item.staleVersion
          ? `Brief changed: ${item.campaign.title}`
          : `New brief to acknowledge: ${item.campaign.title}`,
        body: `Version ${item.currentVersion} — please acknowledge by ${date.format(new Date(item.ackDeadline))}.`,
      });
      live.add(n);
      n.on('click', () => {
        live.delete(n);
        options.focusWindow();
        options.send(`open-campaign:${item.campaign.key}`);
      });
      n.on('close', () => live.delete(n));
      n.show();
    },
    count(count: number) {
      // Linux only badges under Unity; elsewhere this is a harmless no-op returning false.
      app.setBadgeCount(count);
    },
  };
}
