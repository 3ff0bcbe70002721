import type { en } from './locales/en';
import type { PluralMessage } from './plural';

/**
 * The shape of a locale's catalog: English's, with every text a string (or a
 * plural message where English has one). A locale missing a key, or with a
 * key English does not have, does not compile; tests/unit/i18n checks the
 * placeholders and plural forms as well.
 */
type Widen<T> = T extends string ? string : T extends PluralMessage ? PluralMessage : { [K in keyof T]: Widen<T[K]> };

export type Catalog = Widen<typeof en>;
export type UiKey = keyof Catalog['ui'];
export type ReportLabels = Catalog['report'];
export type PackTexts = Catalog['pack'];
export type CategoryKey = keyof Catalog['categories'];
