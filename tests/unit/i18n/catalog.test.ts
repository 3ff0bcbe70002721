import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { INTL_LOCALES, LOCALES } from '@/utils/i18n/locales';
import { isPlural, type Message } from '@/utils/i18n/plural';

/** Every text of a catalog by its path ("ui.capture.url", "report.clients.web-k"). */
function leaves(node: unknown, path = ''): Map<string, Message> {
  const out = new Map<string, Message>();
  if (typeof node === 'string' || isPlural(node)) out.set(path, node as Message);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      for (const [p, m] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, m);
    }
  }
  return out;
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (message: Message) => (isPlural(message) ? Object.values(message) : [message]);
const english = leaves(CATALOGS.en);

/**
 * Words that are the same in every language: names, formats, algorithms.
 * A text left in English otherwise is a text someone forgot to translate.
 */
const UNTRANSLATED_OK =
  /\{\w+\}|Dokaz|Telegram|Web [KA]|t\.me|SHA-?256(SUMS)?|MHTML|HTML|URL|UTC|ZIP|JSON|ECDSA|P-256|DER|SPKI|PEM|[\w-]+\.(json|jsonl|pem|sig|txt|zip|png)|dokaz-pack\/1|macOS|Windows|Git Bash|PowerShell|openssl|Shqip|English|Alt|Shift|px|id|#|\b(Link|Format|Hash|hash|bot|OK|online|Status|video|audio|minute)\b/g;

describe('locale catalogs', () => {
  it('have seven languages, English first', () => {
    expect(LOCALES).toEqual(['en', 'mk', 'sr-Cyrl', 'sr-Latn', 'hr', 'bs', 'sq']);
    expect(english.size).toBeGreaterThan(300);
  });

  describe.each(LOCALES.filter((locale) => locale !== 'en'))('%s', (locale) => {
    const texts = leaves(CATALOGS[locale]);
    const categories = new Intl.PluralRules(INTL_LOCALES[locale]).resolvedOptions().pluralCategories;

    it('has every key English has, and no other', () => {
      expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('has the placeholders of English in every text and every plural form', () => {
      const wrong: string[] = [];
      // A plural form other than "other" may leave the count out ("Export this capture"), as English's "one" may.
      const withoutCount = (list: (string | undefined)[]) =>
        list.filter((name) => name !== 'count' && name !== 'n').join();
      for (const [path, message] of english) {
        const expected = placeholders(isPlural(message) ? message.other : message);
        const translated = texts.get(path) ?? '';
        const entries: [string, string][] = isPlural(translated) ? Object.entries(translated) : [['other', translated]];
        for (const [category, form] of entries) {
          const found = placeholders(form);
          const ok =
            category === 'other'
              ? found.join() === expected.join()
              : withoutCount(found) === withoutCount(expected) && found.every((name) => expected.includes(name));
          if (!ok) wrong.push(`${path}: "${form}"`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('gives each plural message exactly the forms the language has', () => {
      const wrong: string[] = [];
      for (const [path, message] of texts) {
        if (isPlural(english.get(path)) !== isPlural(message)) wrong.push(`${path}: plural in one language only`);
        else if (isPlural(message) && Object.keys(message).sort().join() !== [...categories].sort().join())
          wrong.push(`${path}: ${Object.keys(message).join(', ')}`);
      }
      expect(wrong).toEqual([]);
    });

    it('leaves nothing empty and nothing in English', () => {
      const wrong: string[] = [];
      for (const [path, message] of texts) {
        for (const form of forms(message)) {
          // A separator may be a space (Albanian groups digits with a no-break space); prose may not.
          if (form === '' || (!form.trim() && !path.startsWith('formats.'))) wrong.push(`${path}: empty`);
          const original = forms(english.get(path)!);
          const rest = form.replace(UNTRANSLATED_OK, '');
          if (original.includes(form) && /[A-Za-z]{3,}/.test(rest)) wrong.push(`${path}: "${form}"`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });
});
