import { describe, expect, it } from 'vitest';
import { matchLocale } from '@/utils/i18n/locales';

/** The language of a browser's list or of a POSIX environment (LANG, LC_ALL: language_TERRITORY.codeset@modifier). */
describe('matchLocale', () => {
  it.each([
    ['sr_RS.UTF-8@latin', 'sr-Latn'],
    ['sr_RS@latin', 'sr-Latn'],
    ['sr_RS.UTF-8', 'sr-Cyrl'],
    ['sr_ME.UTF-8', 'sr-Latn'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr', 'sr-Cyrl'],
    ['mk_MK.UTF-8', 'mk'],
    ['bs_BA.UTF-8', 'bs'],
    ['sq_AL.UTF-8', 'sq'],
    ['hr-HR', 'hr'],
    ['C.UTF-8', 'en'],
    ['de_DE.UTF-8', 'en'],
  ])('%s → %s', (tag, locale) => {
    expect(matchLocale([tag])).toBe(locale);
  });

  it('takes the first tag it speaks', () => {
    expect(matchLocale([undefined, '', 'de-DE', 'sq-AL', 'mk'])).toBe('sq');
  });
});
