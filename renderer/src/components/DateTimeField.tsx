import { lazy, Suspense, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import './datetime-field.css';
import { useTranslation } from 'react-i18next';
import {
  addDays,
  datePattern,
  dateShape,
  formatDate,
  formatTime,
  parseDate,
  parseTime,
} from './date-text.ts';
import { useFormat } from './format.ts';

const DatePopup = lazy(() => import('./DatePopup.tsx'));

/**
 * A date and a time written the way the app's language writes them (27.11.2026 and 09:00 in
 * Ukrainian, 11/27/2026 and 09:00 AM in US English), instead of the browser's date input,
 * which follows the operating system's language. `value` is a wall-clock "2026-11-27T09:00"
 * in the person's time zone, or "" while what is typed is not a date and time yet.
 * Arrow up/down move the date by a day and the time by a quarter of an hour; the calendar button
 * opens a month grid in the same language (Esc closes it, focus goes back to the button).
 */
export function DateTimeField({
  id,
  label,
  value,
  onChange,
  testId,
  invalid = false,
  describedBy,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation('common');
  const { locale } = useFormat();
  const [date, setDate] = useState(() => (value ? formatDate(value.slice(0, 10), locale) : ''));
  const [time, setTime] = useState(() => (value ? formatTime(value.slice(11, 16), locale) : ''));
  // The value and language last shown: a value from outside (not what this field reported)
  // or another language rewrites the text; what is being typed stays as typed.
  const [open, setOpen] = useState(false);
  const pickButton = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState({ value, locale });
  if (shown.value !== value || shown.locale !== locale) {
    setShown({ value, locale });
    if (value) {
      setDate(formatDate(value.slice(0, 10), locale));
      setTime(formatTime(value.slice(11, 16), locale));
    }
  }

  function report(nextDate: string, nextTime: string) {
    setDate(nextDate);
    setTime(nextTime);
    const d = parseDate(nextDate, locale);
    const hm = parseTime(nextTime, locale);
    const next = d && hm ? `${d}T${hm}` : '';
    setShown({ value: next, locale });
    if (next !== value) onChange(next);
  }

  function step(e: KeyboardEvent, which: 'date' | 'time') {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const d = parseDate(date, locale);
    const hm = parseTime(time, locale) ?? '09:00';
    if (!d) return;
    e.preventDefault();
    const sign = e.key === 'ArrowUp' ? 1 : -1;
    if (which === 'date') return report(formatDate(addDays(d, sign), locale), formatTime(hm, locale));
    const [h = 0, m = 0] = hm.split(':').map(Number);
    const minutes = h * 60 + m + sign * 15;
    const day = addDays(d, Math.floor(minutes / 1440));
    const within = ((minutes % 1440) + 1440) % 1440;
    const hhmm = `${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
    report(formatDate(day, locale), formatTime(hhmm, locale));
  }

  function closePopup(focusButton: boolean) {
    setOpen(false);
    if (focusButton) pickButton.current?.focus();
  }

  // A click or Tab away from the field and its calendar closes the calendar.
  function leave(e: FocusEvent<HTMLDivElement>) {
    if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
  }

  const datePat = datePattern(locale, {
    day: t('dateField.day'),
    month: t('dateField.month'),
    year: t('dateField.year'),
  });
  const timePat =
    `${t('dateField.hour')}:${t('dateField.minute')}` +
    (dateShape(locale).twelveHour ? ` ${dateShape(locale).dayPeriods.join('/')}` : '');
  const hintId = `${id}-hint`;
  const described = [hintId, describedBy].filter(Boolean).join(' ');
  return (
    <div className="datetime-field" onBlur={leave}>
      <label htmlFor={id}>{label}</label>
      <div className="datetime-inputs">
        <input
          id={id}
          className="datetime-date"
          inputMode="numeric"
          autoComplete="off"
          value={date}
          placeholder={datePat}
          onChange={(e) => report(e.target.value, time)}
          onKeyDown={(e) => step(e, 'date')}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          data-testid={testId}
        />
        <button
          ref={pickButton}
          type="button"
          className="datetime-pick"
          aria-label={t('dateField.pick', { field: label })}
          aria-expanded={open}
          aria-haspopup="dialog"
          onClick={() => setOpen((o) => !o)}
          data-testid={testId ? `${testId}-pick` : undefined}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
        <input
          id={`${id}-time`}
          className="datetime-time"
          autoComplete="off"
          value={time}
          placeholder={timePat}
          aria-label={t('dateField.time', { field: label })}
          onChange={(e) => report(date, e.target.value)}
          onKeyDown={(e) => step(e, 'time')}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          data-testid={testId ? `${testId}-time` : undefined}
        />
      </div>
      {open && (
        <div
          className="datetime-popup"
          role="dialog"
          aria-label={t('dateField.pick', { field: label })}
          onKeyDown={(e) => {
            // Esc closes the calendar only, not a dialog the field sits in.
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            closePopup(true);
          }}
        >
          <Suspense fallback={null}>
            <DatePopup
              locale={locale}
              selected={parseDate(date, locale)}
              onPick={(isoDate) => {
                report(formatDate(isoDate, locale), time || formatTime('09:00', locale));
                closePopup(true);
              }}
            />
          </Suspense>
        </div>
      )}
      <span id={hintId} className="muted small datetime-hint">
        {t('dateField.hint', { date: datePat, time: timePat })}
      </span>
    </div>
  );
}
