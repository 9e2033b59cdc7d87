// What the calendar shows, kept while the person visits a campaign and comes back.
import { create } from 'zustand';

export type CalendarViewKind = 'month' | 'week' | 'list';
export type StatusFilter = 'active' | 'published' | 'draft' | 'cancelled' | 'all';

export interface CalendarFilters {
  channel: string;
  department: string;
  status: StatusFilter;
  /** Only campaigns that affect the acting person's department. */
  mine: boolean;
}

interface CalendarState {
  view: CalendarViewKind;
  /** The first day of the period last shown; undefined shows today. */
  date: Date | undefined;
  /** A request to jump to today, counted so the same request twice is seen twice. */
  todayRequests: number;
  filters: CalendarFilters;
  setView(view: CalendarViewKind): void;
  setDate(date: Date): void;
  goToday(): void;
  setFilters(change: Partial<CalendarFilters>): void;
}

export const FULLCALENDAR_VIEWS: Record<CalendarViewKind, string> = {
  month: 'dayGridMonth',
  week: 'dayGridWeek',
  list: 'listMonth',
};

export const useCalendarState = create<CalendarState>((set) => ({
  view: 'month',
  date: undefined,
  todayRequests: 0,
  filters: { channel: '', department: '', status: 'active', mine: false },
  setView: (view) => set({ view }),
  setDate: (date) => set({ date }),
  goToday: () => set((s) => ({ todayRequests: s.todayRequests + 1 })),
  setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
}));
