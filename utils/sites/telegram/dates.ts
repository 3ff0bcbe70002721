/**
 * Dates as Telegram's clients show them. A bubble often shows only "14:05";
 * the day comes from the date group above it ("Today", "Monday", "12 March").
 * These helpers turn what is shown into UTC, in the page's own time zone (the
 * one the clock in the bubble was drawn in), and say how precise it is.
 * Pure: `now` is given, and the time zone is the runtime's.
 */
export interface ClockTime {
  hours: number;
  minutes: number;
  seconds: number | null;
}

/** "14:05", "14:05:33", "2:05 PM", "2:05 pm" → a clock time; null when it is not one. */
export function parseClockTime(text: string): ClockTime | null {
  const match = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*$/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? null : Number(match[3]);
  const meridiem = match[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    // Web A writes the hour after midnight as "00:05 AM"; accept it beside the usual "12:05 AM".
    if (hours > 12 || (hours === 0 && meridiem === 'pm')) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || (seconds !== null && seconds > 59)) return null;
  return { hours, minutes, seconds };
}

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function localDay(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * The day a date group names, as English Telegram clients write it: "Today",
 * "Yesterday", a weekday within the last week, "March 12" / "12 March" (this
 * year, or the last one if that is in the future), or with a year. Null when
 * the text is none of these (another interface language, for instance).
 */
export function parseDateGroup(text: string, now: Date): CalendarDay | null {
  const t = text.trim().toLowerCase().replace(/,/g, '');
  if (t === 'today') return localDay(now);
  if (t === 'yesterday') return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const weekday = WEEKDAYS.indexOf(t);
  if (weekday >= 0) {
    const back = (now.getDay() - weekday + 7) % 7 || 7;
    return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back));
  }
  const parts = t.split(/\s+/);
  const monthIndex = parts.findIndex((p) => p.length >= 3 && MONTHS.some((m) => m.startsWith(p)));
  if (monthIndex < 0) return null;
  const month = MONTHS.findIndex((m) => m.startsWith(parts[monthIndex]!)) + 1;
  const numbers = parts.filter((_, i) => i !== monthIndex).map(Number);
  if (numbers.some((n) => !Number.isInteger(n)) || numbers.length < 1 || numbers.length > 2) return null;
  const day = numbers[0]!;
  let year = numbers[1] ?? now.getFullYear();
  if (numbers[1] === undefined && new Date(year, month - 1, day) > now) year -= 1;
  if (day < 1 || day > 31) return null;
  return { year, month, day };
}

/**
 * Whether a date group (or a date and time, "Nov 23, 14:05") names its day only relative to the moment it is read:
 * "Today", "Yesterday", a weekday, or a day and month without a year. Such a date records that moment.
 */
export function resolvedAgainstNow(text: string): boolean {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?\s*$/, '');
  if (t === 'today' || t === 'yesterday' || WEEKDAYS.includes(t)) return true;
  return !/\b\d{4}\b/.test(t);
}

/** The UTC ISO string of a local day and clock time, with the precision it has. */
export function localToIso(day: CalendarDay, time: ClockTime): { iso: string; precision: 'second' | 'minute' } {
  const date = new Date(day.year, day.month - 1, day.day, time.hours, time.minutes, time.seconds ?? 0);
  return { iso: date.toISOString(), precision: time.seconds === null ? 'minute' : 'second' };
}

/** A Unix timestamp in seconds (as Telegram's API gives dates) to UTC ISO. */
export function unixToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
