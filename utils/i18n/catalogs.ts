import type { Catalog } from './catalog';
import type { Locale } from './locales';
import { bs } from './locales/bs';
import { en } from './locales/en';
import { hr } from './locales/hr';
import { mk } from './locales/mk';
import { sq } from './locales/sq';
import { srCyrl } from './locales/sr-Cyrl';
import { srLatn } from './locales/sr-Latn';

/** Every locale's catalog. All are bundled: the background writes reports in any of them. */
export const CATALOGS: Record<Locale, Catalog> = {
  en,
  mk,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  hr,
  bs,
  sq,
};
