import { CATALOGS } from '../../i18n/catalogs';
import { INTL_LOCALES, type Locale } from '../../i18n/locales';
import { isPlural } from '../../i18n/plural';
import { formatMessage } from '../../i18n/translate';
import type { CheckMessage, CheckParam, PackCheck } from '../types';

/**
 * A check's message in the reader's language: its template (pack.messages)
 * filled in, a DokazError's text in that language, or, for a check that has
 * neither, its English message.
 */
export function checkMessage(check: PackCheck, locale: Locale): string {
  if (locale === 'en') return check.message;
  if (check.key && CATALOGS[locale].pack.messages[check.key] !== undefined) {
    return wordCheck({ key: check.key, params: check.params, text: check.text }, locale);
  }
  if (check.text) return formatMessage(locale, CATALOGS[locale].ui[check.text.key], check.text.params);
  return check.message;
}

/**
 * A check message in a language. `plain` words it as a check's `message` has
 * always been written (the verdict's JSON, tests and scripts read it): numbers
 * as bare digits ("1234"), values to choose from joined by " or ", and `{reason}`
 * as the error said it. Otherwise numbers and lists are written the
 * language's way, and a DokazError's text is said in the language.
 */
export function wordCheck({ key, params = {}, text }: CheckMessage, locale: Locale, plain = false): string {
  const catalog = CATALOGS[locale];
  const message = catalog.pack.messages[key];
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = fill(value, locale, plain);
  if (text && !plain) values.reason = formatMessage(locale, catalog.ui[text.key], text.params);
  if (!plain || !isPlural(message)) return formatMessage(locale, message, values);
  const form = new Intl.PluralRules(INTL_LOCALES[locale]).select(Number(params.count ?? 0));
  return formatMessage(locale, message[form] ?? message.other, values);
}

function fill(value: CheckParam, locale: Locale, plain: boolean): string | number {
  if (typeof value === 'number') return plain ? String(value) : value;
  if (typeof value === 'string') return value;
  if ('kind' in value) return formatMessage(locale, CATALOGS[locale].pack.messages[value.kind]);
  return plain
    ? value.or.join(' or ')
    : new Intl.ListFormat(INTL_LOCALES[locale], { type: 'disjunction' }).format(value.or);
}
