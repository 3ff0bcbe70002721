import type { Catalog } from '../../catalog';

/**
 * How dates and numbers are written where the runtime's Intl lacks the language (utils/i18n/format.ts).
 * Croatian, after CLDR (hr), months in the genitive as dates write them: "ponedjeljak, 23. studenoga 2026."
 */
export const formats: Catalog['formats'] = {
  months: [
    'siječnja',
    'veljače',
    'ožujka',
    'travnja',
    'svibnja',
    'lipnja',
    'srpnja',
    'kolovoza',
    'rujna',
    'listopada',
    'studenoga',
    'prosinca',
  ],
  weekdays: ['nedjelja', 'ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota'],
  dateLong: '{weekday}, {day}. {month} {year}.',
  dateShort: '{day}. {monthNumber}. {year}.',
  timeLong: '{hour}:{minute}:{second}',
  timeShort: '{hour}:{minute}',
  dateTime: '{date} u {time}',
  decimal: ',',
  group: '.',
  minus: '−',
  /** The smallest number written with group separators (CLDR's minimum grouping digits). */
  groupFrom: 1000,
  units: ['B', 'kB', 'MB', 'GB', 'TB'],
};
