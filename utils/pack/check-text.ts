import type { Locale } from '../i18n/locales';
import type { PackCheck } from './types';

/** A check's message in the reader's language. */
export function checkMessage(check: PackCheck, _locale: Locale): string {
  return check.message;
}
