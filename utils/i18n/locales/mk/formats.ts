import type { Catalog } from '../../catalog';

/**
 * How dates and numbers are written where the runtime's Intl lacks the language (utils/i18n/format.ts).
 * Macedonian, after CLDR (mk): "понеделник, 23 ноември 2026 г."
 */
export const formats: Catalog['formats'] = {
  months: [
    'јануари',
    'февруари',
    'март',
    'април',
    'мај',
    'јуни',
    'јули',
    'август',
    'септември',
    'октомври',
    'ноември',
    'декември',
  ],
  weekdays: ['недела', 'понеделник', 'вторник', 'среда', 'четврток', 'петок', 'сабота'],
  dateLong: '{weekday}, {day} {month} {year} г.',
  dateShort: '{day}.{monthNumber}.{year}',
  timeLong: '{hour}:{minute}:{second}',
  timeShort: '{hour}:{minute}',
  dateTime: '{date}, во {time}',
  decimal: ',',
  group: '.',
  minus: '-',
  /** The smallest number written with group separators (CLDR's minimum grouping digits). */
  groupFrom: 1000,
  units: ['B', 'kB', 'MB', 'GB', 'TB'],
};
