// The month grid behind a date field's calendar button (react-day-picker, in the app's language
// and its first day of the week). Loaded on first use, so views without it stay light.
import { DayPicker } from 'react-day-picker';
import { enGB, enUS, ru, sr, srLatn, sv, uk } from 'react-day-picker/locale';
import 'react-day-picker/style.css';

/** The day-picker locale for an Intl tag (en-GB, sr-Latn, sr-Cyrl…). */
function localeFor(tag: string) {
  const [language = '', ...rest] = tag.split('-');
  if (language === 'sr') return rest.includes('Cyrl') ? sr : srLatn;
  if (language === 'en') return rest.includes('US') || rest.length === 0 ? enUS : enGB;
  return { uk, ru, sv }[language] ?? enUS;
}

const toDate = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};
const toIso = (day: Date) =>
  `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;

export default function DatePopup({
  locale,
  selected,
  onPick,
}: {
  locale: string;
  /** "2026-11-27", or undefined when the field holds no date yet. */
  selected: string | undefined;
  onPick: (isoDate: string) => void;
}) {
  const day = selected ? toDate(selected) : undefined;
  return (
    <DayPicker
      mode="single"
      locale={localeFor(locale)}
      selected={day}
      defaultMonth={day}
      onSelect={(picked) => picked && onPick(toIso(picked))}
      autoFocus
    />
  );
}
