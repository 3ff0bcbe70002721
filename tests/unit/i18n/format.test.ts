// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { createFormats } from '@/utils/i18n/format';
import { INTL_LOCALES, LOCALES } from '@/utils/i18n/locales';

/**
 * Node has every language's data (full ICU); Chrome has only its interface
 * languages, and writes Macedonian and Albanian dates in English. The
 * catalog's own way must then write exactly what full ICU writes.
 */
describe.each(LOCALES)('dates and numbers in %s without Intl', (locale) => {
  const own = createFormats(locale, CATALOGS[locale].formats, false);
  const intl = INTL_LOCALES[locale];

  it('names every month and weekday as CLDR does', () => {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 15, 28]) {
        const date = new Date(Date.UTC(2026, month, day, 12));
        const expected = new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
        expect(own.dateTime(date.toISOString(), { timeZone: 'UTC', style: 'day' })).toBe(expected);
      }
    }
  });

  it('groups digits and writes decimals as CLDR does', () => {
    for (const value of [0, 7, 999, 1000, 47_449, 1_234_567.5, -3.25]) {
      expect(own.number(value)).toBe(new Intl.NumberFormat(intl).format(value));
    }
  });

  it('writes a time in the given zone, on the 24-hour clock, with the zone', () => {
    const text = own.dateTime('2026-11-23T15:04:05.000Z', { timeZone: 'Europe/Skopje', style: 'long' });
    expect(text).toContain('16:04:05');
    expect(text).toContain(CATALOGS[locale].formats.months[10]);
    expect(text).toMatch(/GMT\+1|CET/);
    expect(own.dateTime('2026-11-23T15:04:05.000Z', { timeZone: 'Not/AZone', style: 'long' })).toContain('15:04:05');
  });

  it('writes sizes in decimal units', () => {
    expect(own.bytes(512)).toBe(`${own.number(512)} B`);
    expect(own.bytes(1_400_233)).toBe(`${own.number(1.4)} MB`);
    expect(own.bytes(47_449)).toBe(`${own.number(47)} kB`);
  });
});
