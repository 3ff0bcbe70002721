/**
 * How dates and numbers are written where the runtime's Intl lacks the language (utils/i18n/format.ts).
 * English as written in Britain (en-GB), which every runtime has.
 */
export const formats = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  dateLong: '{weekday}, {day} {month} {year}',
  dateShort: '{day}/{monthNumber}/{year}',
  timeLong: '{hour}:{minute}:{second}',
  timeShort: '{hour}:{minute}',
  dateTime: '{date} at {time}',
  decimal: '.',
  group: ',',
  minus: '-',
  /** The smallest number written with group separators (CLDR's minimum grouping digits). */
  groupFrom: 1000,
  units: ['B', 'kB', 'MB', 'GB', 'TB'],
};
