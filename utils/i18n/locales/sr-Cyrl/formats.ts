import type { Catalog } from '../../catalog';

/**
 * How dates and numbers are written where the runtime's Intl lacks the language (utils/i18n/format.ts).
 * Serbian in Cyrillic, after CLDR (sr-Cyrl): "понедељак, 23. новембар 2026."
 */
export const formats: Catalog['formats'] = {
  months: [
    'јануар',
    'фебруар',
    'март',
    'април',
    'мај',
    'јун',
    'јул',
    'август',
    'септембар',
    'октобар',
    'новембар',
    'децембар',
  ],
  weekdays: ['недеља', 'понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота'],
  dateLong: '{weekday}, {day}. {month} {year}.',
  dateShort: '{day}. {monthNumber}. {year}.',
  timeLong: '{hour}:{minute}:{second}',
  timeShort: '{hour}:{minute}',
  dateTime: '{date} у {time}',
  decimal: ',',
  group: '.',
  minus: '-',
  /** The smallest number written with group separators (CLDR's minimum grouping digits). */
  groupFrom: 1000,
  units: ['B', 'kB', 'MB', 'GB', 'TB'],
};
