import type { Catalog } from '../../catalog';

/**
 * How dates and numbers are written where the runtime's Intl lacks the language (utils/i18n/format.ts).
 * Bosnian, after CLDR (bs): "ponedjeljak, 23. novembar 2026."
 */
export const formats: Catalog['formats'] = {
  months: [
    'januar',
    'februar',
    'mart',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'septembar',
    'oktobar',
    'novembar',
    'decembar',
  ],
  weekdays: ['nedjelja', 'ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota'],
  dateLong: '{weekday}, {day}. {month} {year}.',
  dateShort: '{day}. {monthNumber}. {year}.',
  timeLong: '{hour}:{minute}:{second}',
  timeShort: '{hour}:{minute}',
  dateTime: '{date} u {time}',
  decimal: ',',
  group: '.',
  minus: '-',
  /** The smallest number written with group separators (CLDR's minimum grouping digits). */
  groupFrom: 1000,
  units: ['B', 'kB', 'MB', 'GB', 'TB'],
};
