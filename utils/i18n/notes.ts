import type { Note, QuotedNote } from '../notes/note';
import type { Catalog } from './catalog';
import { CATALOGS } from './catalogs';
import type { Locale } from './locales';
import { fillNote } from './fill-note';
import { formatMessage } from './translate';

/**
 * A capture's notes (its warnings, why media was not kept, what an extractor
 * could not read) in the reader's language. Records from dokaz-capture/3 keep
 * each as a key and values (utils/notes/note.ts) beside its English
 * sentence: the key is what is shown. Older records have the English sentence
 * only: it is recognised against the English templates of the `notes` catalog
 * section and written again in the reader's language.
 * Pure: no browser API.
 */
export type NoteKey = keyof Catalog['notes'];

interface Pattern {
  key: NoteKey;
  regex: RegExp;
  /** The placeholder each capture group fills, in order. */
  names: string[];
  /** Characters of the template outside placeholders: the more, the more specific. */
  literal: number;
}

/** Placeholders whose value is itself a note (an extractor's layout problem), translated in turn. */
const NESTED = new Set(['problem']);

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(key: NoteKey, template: string): Pattern {
  const names: string[] = [];
  let source = '';
  let literal = 0;
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const before = template.slice(last, match.index);
    source += escapeRegex(before);
    literal += before.length;
    const name = match[1]!;
    const seen = names.indexOf(name);
    // A placeholder written twice must be the same text twice.
    if (seen >= 0) source += `\\${seen + 1}`;
    else {
      names.push(name);
      source += '([\\s\\S]*?)';
    }
    last = match.index + match[0].length;
  }
  const rest = template.slice(last);
  source += escapeRegex(rest);
  literal += rest.length;
  return { key, regex: new RegExp(`^${source}$`), names, literal };
}

let patterns: Pattern[] | null = null;

/** Every English template as a pattern, most specific first; built once, on first use. */
function allPatterns(): Pattern[] {
  patterns ??= (Object.entries(CATALOGS.en.notes) as [NoteKey, string][])
    .map(([key, template]) => compile(key, template))
    .sort((a, b) => b.literal - a.literal);
  return patterns;
}

/** The template a note was written from, and the values of its placeholders; null for a note no template makes. */
export function matchNote(note: string): { key: NoteKey; params: Record<string, string> } | null {
  for (const { key, regex, names } of allPatterns()) {
    const found = regex.exec(note);
    if (!found) continue;
    const params: Record<string, string> = {};
    names.forEach((name, index) => (params[name] = found[index + 1]!));
    return { key, params };
  }
  return null;
}

/**
 * A note in `locale`: the locale's template filled with the values the English
 * note holds. A note that matches no template comes back as it is, in English.
 */
export function noteText(note: string, locale: Locale): string {
  if (locale === 'en') return note;
  const found = matchNote(note);
  if (!found) return note;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(found.params)) {
    params[name] = NESTED.has(name) ? noteText(value, locale) : value;
  }
  return formatMessage(locale, CATALOGS[locale].notes[found.key], params);
}

/** A note kept as a key and values, in `locale`: the locale's template, the quoted note translated in turn. */
export function noteIn(found: Note | QuotedNote, locale: Locale): string {
  return fillNote(CATALOGS[locale].notes[found.key], found, (quoted) => noteIn(quoted as QuotedNote, locale));
}

/**
 * What to show for one of a record's sentences (a warning, a skipped item's reason): its note when the record keeps
 * one, else the sentence recognised as English.
 */
export function shownNote(sentence: string, found: Note | undefined, locale: Locale): string {
  return found ? noteIn(found, locale) : noteText(sentence, locale);
}

/** A record's (or a post's) warnings in `locale`, each by its note where the record keeps notes. */
export function shownNotes(warnings: readonly string[], notes: readonly Note[] | undefined, locale: Locale): string[] {
  return warnings.map((warning, i) => shownNote(warning, notes?.[i], locale));
}
