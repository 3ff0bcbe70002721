import { fillNote, QUOTED_PLACEHOLDER } from '../i18n/fill-note';
import { notes as ENGLISH } from '../i18n/locales/en/notes';
import type { Kit, Schema } from '../schema/kit';

/**
 * A note of a capture: what was not captured as asked, why a media item was not kept, what a site's extractor could
 * not read. Written as a key of the `notes` catalog and the values of its placeholders, so that a reader sees it in
 * her language from the key, never from English parsed back; the record keeps the English sentence beside it (its
 * `warnings`, a skipped item's `reason`), rendered from the same key, for the hash and for readers without Dokaz.
 *
 * A key's English template is part of the record format: records hold sentences made from it, and a verifier checks
 * each sentence against its note. A new wording is a new key (tests/unit/notes/note.test.ts pins them).
 */
export type NoteKey = keyof typeof ENGLISH;
export const NOTE_KEYS = Object.keys(ENGLISH) as NoteKey[];
export const isNoteKey = (value: string): value is NoteKey => Object.hasOwn(ENGLISH, value);

export interface QuotedNote {
  key: NoteKey;
  values: Record<string, string>;
}

export interface Note extends QuotedNote {
  /** The note that fills the `{problem}` placeholder, worded in the reader's language in turn. */
  problem?: QuotedNote;
}

/** A note; numbers are written as the code writes them (digits, no grouping), as the English sentence holds them. */
export function note(key: NoteKey, values: Record<string, string | number> = {}, problem?: QuotedNote): Note {
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) strings[name] = String(value);
  return problem ? { key, values: strings, problem } : { key, values: strings };
}

/** The note's English sentence: what the record's `warnings` (or a skipped item's `reason`) holds for it. */
export function noteInEnglish(found: Note): string {
  return fillNote(ENGLISH[found.key], found, (quoted) => noteInEnglish(quoted as QuotedNote));
}

/** The placeholders of a key's English template, each once. */
export function placeholdersOf(key: NoteKey): string[] {
  return [...new Set([...ENGLISH[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))];
}

/**
 * A note as its template has it: a value for each placeholder (empty where none was given) and none other, and a
 * quoted note only where the template quotes one (`{problem}`), which then fills it instead of a value. Dokaz's own
 * notes are so; a page's are made so before they are kept, and a verifier refuses a record's that are not.
 */
export function wellFormedNote(found: Note): Note {
  const quotes = placeholdersOf(found.key).includes(QUOTED_PLACEHOLDER) && found.problem !== undefined;
  const values: Record<string, string> = {};
  for (const name of placeholdersOf(found.key)) {
    if (quotes && name === QUOTED_PLACEHOLDER) continue;
    values[name] = Object.hasOwn(found.values, name) ? found.values[name]! : '';
  }
  if (!quotes) return { key: found.key, values };
  const { key, values: quotedValues } = wellFormedNote({ key: found.problem!.key, values: found.problem!.values });
  return { key: found.key, values, problem: { key, values: quotedValues } };
}

export function noteSchema(k: Kit) {
  const key = k.format('kind.noteKey', isNoteKey) as Schema<NoteKey>;
  const quoted = { key, values: k.map(k.text(10_000), 20) };
  return k.object({ ...quoted, problem: k.optional(k.object(quoted)) });
}

/** A site's post as its extractor draws it up: its notes; the English `warnings` are rendered from them. */
export type Drafted<P> = P extends unknown ? Omit<P, 'warnings' | 'notes'> & { notes: Note[] } : never;

/** A drafted post made whole: its `warnings` are its notes in English, in the same order. */
export function withWarnings<P extends { warnings: string[]; notes?: Note[] }>(post: Drafted<P>): P {
  return { ...post, warnings: post.notes.map(noteInEnglish) } as unknown as P;
}
