/**
 * Text as search compares it: lower case, Serbian and Macedonian Cyrillic
 * written in Latin letters, and Latin letters without their marks, so that
 * "Смоква" finds "Smokva", "Ђорђе" finds "Đorđe" and "Djordje", "Чачак" finds
 * "Čačak" and "cacak", and an Albanian "ë" finds "e". Both the query and the
 * text go through it; it never changes what is stored as evidence.
 *
 * The letters follow the official transliterations (Serbian Vuk Karadžić's
 * alphabet letter for letter; Macedonian ѓ gj, ќ kj, ѕ dz), then the marks
 * go: č ć → c, š → s, ž → z, đ → dj (as people type it without the letter).
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  ѓ: 'gj',
  е: 'e',
  ж: 'z',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  ќ: 'kj',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
  // Russian and Bulgarian letters that turn up in the same groups.
  й: 'j',
  ы: 'y',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  ъ: '',
  ь: '',
  щ: 'st',
  ё: 'e',
};

const LATIN: Record<string, string> = { đ: 'dj', ð: 'dj', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', ı: 'i' };

export function fold(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += CYRILLIC[char] ?? LATIN[char] ?? char;
  // NFD splits č into c + caron; the marks (U+0300–U+036F) go.
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The query's words, folded: a capture matches when its text holds every one of them. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/[\s,;]+/)
    .map((term) => term.replace(/^[@#"'«„“]+|["'»“”]+$/g, ''))
    .filter(Boolean);
}
