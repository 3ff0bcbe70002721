import type { Catalog, UiKey } from './catalog';
import { CATALOGS } from './catalogs';
import { createFormats } from './format';
import { INTL_LOCALES, type Locale } from './locales';
import { isPlural, type Message } from './plural';

export type Params = Readonly<Record<string, string | number>>;

/** A text to show later, in whatever language the reader has then: errors carry one. */
export interface Text {
  key: UiKey;
  params?: Params;
}

export const text = (key: UiKey, params?: Params): Text => (params ? { key, params } : { key });

/**
 * Fills a message: a plural message picks its form by `params.count`;
 * numbers are written the language's way ("1.234" in Serbian, "1,234" in
 * English); an unknown placeholder stays visible rather than vanishing.
 */
export function formatMessage(
  locale: Locale,
  message: Message,
  params: Params = {},
  /** Placeholders to leave in place, for the caller to fill with something other than text. */
  keep: ReadonlySet<string> = NONE,
): string {
  const intl = INTL_LOCALES[locale];
  let template: string;
  if (isPlural(message)) {
    const count = typeof params.count === 'number' ? params.count : 0;
    template = message[new Intl.PluralRules(intl).select(count)] ?? message.other;
  } else template = message;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || keep.has(name)) return whole;
    return typeof value === 'number' ? createFormats(locale, CATALOGS[locale].formats).number(value) : value;
  });
}

const NONE: ReadonlySet<string> = new Set();
export interface Translator {
  locale: Locale;
  /** The tag for Intl and for `lang` attributes. */
  intl: string;
  catalog: Catalog;
  t(key: UiKey, params?: Params): string;
  /** A Text (an error's, say) in this language. */
  say(text: Text): string;
  number(value: number): string;
  /** A readable date and time, in the reader's time zone or in `timeZone` when given and known. */
  dateTime(iso: string, options?: { timeZone?: string; long?: boolean }): string;
  /** "1.4 MB", "1,4 MB": decimal units, as file managers show them. */
  bytes(size: number): string;
  /** "1,400,233 bytes": the exact number, which is what a hash is checked against. */
  exactBytes(size: number): string;
}

export function createTranslator(locale: Locale): Translator {
  const catalog = CATALOGS[locale];
  const formats = createFormats(locale, catalog.formats);
  const t = (key: UiKey, params?: Params) => formatMessage(locale, catalog.ui[key], params);
  return {
    locale,
    intl: INTL_LOCALES[locale],
    catalog,
    t,
    say: (text) => t(text.key, text.params),
    number: formats.number,
    dateTime: (iso, options = {}) =>
      formats.dateTime(iso, { timeZone: options.timeZone, style: options.long ? 'long' : 'short' }),
    bytes: formats.bytes,
    exactBytes: (size) => t('size.bytes', { count: size }),
  };
}
