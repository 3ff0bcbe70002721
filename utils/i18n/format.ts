import type { Catalog } from './catalog';
import { INTL_LOCALES, type Locale } from './locales';

/**
 * Dates, times, numbers and sizes in a language. Intl does it where the
 * runtime has the language's data; where it has not, the catalog's
 * `formats` (month and weekday names, patterns, separators from CLDR) do it
 * the same way. Chrome's and Chromium's Intl carry data only for the
 * browser's own interface languages: Macedonian and Albanian dates come out
 * in English there, and Bosnian ones in CLDR's root form ("2026 M11 23"), so
 * each language is checked once against its catalog before Intl is trusted.
 */
export type DateStyle = 'short' | 'long' | 'minute' | 'day';

export interface Formats {
  number(value: number): string;
  /** A date and time in `timeZone` (the runtime's own when not given); an unknown zone falls back to UTC. */
  dateTime(iso: string, options?: { timeZone?: string; style?: DateStyle }): string;
  /** "1.4 MB", "1,4 MB", "512 B": decimal units, as file managers show them. */
  bytes(size: number): string;
}

type FormatTexts = Catalog['formats'];

const INTL_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { dateStyle: 'medium', timeStyle: 'short' },
  long: { dateStyle: 'full', timeStyle: 'long' },
  // dateStyle cannot be combined with hour and minute, so the full date is spelled out.
  minute: {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  day: { dateStyle: 'full' },
};

const cache = new Map<Locale, Formats>();

export function createFormats(
  locale: Locale,
  texts: FormatTexts,
  /** Tests set it false, to compare the catalog's way with a runtime that has every language. */
  useIntl = true,
): Formats {
  const cached = useIntl ? cache.get(locale) : undefined;
  if (cached) return cached;
  const intl = INTL_LOCALES[locale];
  const intlDates = useIntl && intlHasDates(intl, texts);
  const intlNumbers = useIntl && intlHasNumbers(intl, texts);
  const numberFormat = new Intl.NumberFormat(intl, { maximumFractionDigits: 3 });
  const number = (value: number) => (intlNumbers ? numberFormat.format(value) : ownNumber(value, texts));

  const formats: Formats = {
    number,
    dateTime(iso, { timeZone, style = 'long' } = {}) {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      const zone = knownZone(timeZone);
      if (intlDates) return new Intl.DateTimeFormat(intl, { ...INTL_STYLES[style], timeZone: zone }).format(date);
      return ownDateTime(date, zone, style, texts);
    },
    bytes(size) {
      if (!Number.isFinite(size) || size < 0) return '—';
      const step = Math.min(texts.units.length - 1, size < 1000 ? 0 : Math.floor(Math.log10(size) / 3));
      const value = size / 1000 ** step;
      const rounded = step === 0 ? value : Number(value.toFixed(value < 10 ? 1 : 0));
      return `${number(rounded)} ${texts.units[step]}`;
    },
  };
  if (useIntl) cache.set(locale, formats);
  return formats;
}

/** A time zone name this runtime knows, else undefined (the runtime's own zone) for none, or UTC for a bad one. */
function knownZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** Intl has the language when it names November and Monday as the catalog does. */
function intlHasDates(intl: string, texts: FormatTexts): boolean {
  const monday = new Date(Date.UTC(2026, 10, 23, 12));
  try {
    const parts = new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: 'UTC' }).formatToParts(monday);
    const part = (type: string) => parts.find((p) => p.type === type)?.value.toLowerCase();
    return part('month') === texts.months[10]!.toLowerCase() && part('weekday') === texts.weekdays[1]!.toLowerCase();
  } catch {
    return false;
  }
}

function intlHasNumbers(intl: string, texts: FormatTexts): boolean {
  try {
    return new Intl.NumberFormat(intl).format(-12345.5) === `${texts.minus}12${texts.group}345${texts.decimal}5`;
  } catch {
    return false;
  }
}

function ownNumber(value: number, texts: FormatTexts): string {
  const [whole = '', fraction = ''] = Math.abs(value).toFixed(3).split('.');
  const grouped = Math.abs(value) < texts.groupFrom ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, texts.group);
  const decimals = fraction.replace(/0+$/, '');
  return `${value < 0 ? texts.minus : ''}${grouped}${decimals ? `${texts.decimal}${decimals}` : ''}`;
}

/** The date's fields in the zone, by a format every runtime has (numeric, English); then the catalog's words. */
function ownDateTime(date: Date, timeZone: string | undefined, style: DateStyle, texts: FormatTexts): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  const fields: Record<string, string> = {
    weekday: texts.weekdays[weekday] ?? '',
    day: String(Number(get('day'))),
    month: texts.months[Number(get('month')) - 1] ?? '',
    monthNumber: String(Number(get('month'))),
    year: get('year'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    zone: get('timeZoneName'),
  };
  const fill = (pattern: string, values: Record<string, string>) =>
    pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const date_ = fill(style === 'short' ? texts.dateShort : texts.dateLong, fields);
  if (style === 'day') return date_;
  const time = fill(style === 'short' || style === 'minute' ? texts.timeShort : texts.timeLong, fields);
  const zone = style === 'short' ? '' : ` ${fields.zone}`;
  return fill(texts.dateTime, { date: date_, time: `${time}${zone}` });
}
