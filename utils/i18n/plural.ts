/**
 * A message that depends on a count, by the language's plural category
 * (Intl.PluralRules): English has "one" and "other", Serbian, Croatian and
 * Bosnian "one", "few" and "other". `other` is always there.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Message = string | PluralMessage;

/** Marks a catalog entry as plural, so that the catalog's type says so. */
export const plural = (message: PluralMessage): PluralMessage => message;

export function isPlural(message: unknown): message is PluralMessage {
  return typeof message === 'object' && message !== null && typeof (message as PluralMessage).other === 'string';
}
