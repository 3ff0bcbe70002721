import type { Catalog } from '../../catalog';

/**
 * How dates and numbers are written where the runtime's Intl lacks the language (utils/i18n/format.ts).
 * Serbian in Latin script, after CLDR (sr-Latn): "ponedeljak, 23. novembar 2026."
 */
export const formats: Catalog['formats'] = {
  months: [
    'januar',
    'februar',
    'mart',
    'april',
    'maj',
    'jun',
    'jul',
    'avgust',
    'septembar',
    'oktobar',
    'novembar',
    'decembar',
  ],
  weekdays: ['nedelja', 'ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota'],
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
