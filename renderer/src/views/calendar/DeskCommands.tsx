import { useEffect } from 'react';
import type { ShellCommand } from '../../../../shared/bridge.ts';
import { navigate } from '../../state/route.ts';
import { hasRole, useMe } from '../../state/session.ts';
import { useCalendarState, type CalendarViewKind } from './calendar-state.ts';

// The same commands from the keyboard when no native menu catches them (e.g. in a browser).
const SHORTCUTS: Record<string, ShellCommand> = {
  n: 'new-campaign',
  t: 'go-today',
  f: 'find',
  '1': 'view-month',
  '2': 'view-week',
  '3': 'view-list',
};
const VIEW_COMMANDS: Partial<Record<ShellCommand, CalendarViewKind>> = {
  'view-month': 'month',
  'view-week': 'week',
  'view-list': 'list',
};
const GO_COMMANDS: Partial<Record<ShellCommand, string>> = {
  'go-calendar': 'calendar',
  'go-inbox': 'inbox',
  'go-readiness': 'readiness',
  'go-metrics': 'metrics',
  'go-settings': 'settings',
};

/**
 * Menu commands from the Electron shell, and the same keyboard shortcuts in the window:
 * Ctrl/Cmd+N new campaign, +T today, +1/2/3 month/week/list, +F find.
 */
export function DeskCommands() {
  const me = useMe();
  const canCreate = hasRole(me, 'marketing');
  useEffect(() => {
    /** Runs a command; false when it does not apply here. */
    const run = (command: ShellCommand): boolean => {
      const calendar = useCalendarState.getState();
      const view = VIEW_COMMANDS[command];
      const go = GO_COMMANDS[command];
      if (command === 'new-campaign') {
        if (!canCreate) return false;
        navigate('new');
      } else if (command === 'go-today') {
        navigate('calendar');
        calendar.goToday();
      } else if (view) {
        navigate('calendar');
        calendar.setView(view);
      } else if (go) {
        navigate(go);
      } else if (command === 'find') {
        const search = document.getElementById('global-search');
        search?.focus();
        if (search instanceof HTMLInputElement) search.select();
      } else if (command === 'print') {
        window.print();
      } else if (command.startsWith('open-campaign:')) {
        navigate(`campaign/${encodeURIComponent(command.slice('open-campaign:'.length))}`);
      }
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const command = SHORTCUTS[e.key.toLowerCase()];
      if (command && run(command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const stopCommands = window.campaignDesk?.onCommand((command) => run(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      stopCommands?.();
    };
  }, [canCreate]);
  return null;
}
