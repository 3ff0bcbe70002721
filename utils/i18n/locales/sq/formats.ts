import type { Catalog } from '../../catalog';

/**
 * How dates and numbers are written where the runtime's Intl lacks the language (utils/i18n/format.ts).
 * Albanian, after CLDR (sq): "e hënë, 23 nëntor 2026", with the 24-hour clock.
 */
export const formats: Catalog['formats'] = {
  months: [
    'janar',
    'shkurt',
    'mars',
    'prill',
    'maj',
    'qershor',
    'korrik',
    'gusht',
    'shtator',
    'tetor',
    'nëntor',
    'dhjetor',
  ],
  weekdays: ['e diel', 'e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë'],
  dateLong: '{weekday}, {day} {month} {year}',
  dateShort: '{day}.{monthNumber}.{year}',
  timeLong: '{hour}:{minute}:{second}',
  timeShort: '{hour}:{minute}',
  dateTime: '{date} në {time}',
  decimal: ',',
  group: ' ',
  minus: '-',
  /** The smallest number written with group separators (CLDR's minimum grouping digits). */
  groupFrom: 10000,
  units: ['B', 'kB', 'MB', 'GB', 'TB'],
};
