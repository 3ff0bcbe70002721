import { canonicalJson } from '../canonical-json';
import { noteInEnglish, wellFormedNote, type Note } from '../notes/note';
import type { SchemaProblem } from '../schema/problems';
import { CAPTURE_SCHEMAS, type CaptureRecord } from './record';

/**
 * What the record's version says beyond its schema, which is written once for every version (record.ts): the members
 * dokaz-capture/3 added are in every record of that version and in none of an earlier one, and each note reads as
 * the English sentence beside it, so that a reader in another language is never shown something else than the
 * record says. Pure; the verifier reports each problem in the reader's language.
 */
/** The version that brought notes, previousCaptureId and run: every later one has them too. */
const NOTES_SINCE = 'dokaz-capture/3';
const since = (record: CaptureRecord, version: (typeof CAPTURE_SCHEMAS)[number]) =>
  CAPTURE_SCHEMAS.indexOf(record.schema) >= CAPTURE_SCHEMAS.indexOf(version);

export function recordVersionProblems(record: CaptureRecord, path: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const keeps = since(record, NOTES_SINCE);
  const member = (owner: object, name: string, at: string) => {
    const has = Object.hasOwn(owner, name);
    if (keeps && !has) problems.push({ key: 'schema.missing', params: { path: at, member: name } });
    if (!keeps && has)
      problems.push({ key: 'schema.notInVersion', params: { path: `${at}.${name}`, version: record.schema } });
    return keeps && has;
  };
  if (member(record, 'notes', path)) sameSentences(record.warnings, record.notes!, `${path}.warnings`, problems);
  member(record, 'previousCaptureId', path);
  member(record, 'run', path);
  record.skipped.forEach((item, i) => {
    const at = `${path}.skipped[${i}]`;
    if (member(item, 'note', at)) sameSentences([item.reason], [item.note!], `${at}.reason`, problems, false);
  });
  const structured = record.post.structured;
  const at = `${path}.post.structured`;
  if (structured && member(structured, 'notes', at)) {
    sameSentences(structured.warnings, structured.notes!, `${at}.warnings`, problems);
  }
  return problems;
}

/** Each sentence is its note in English, one note for each. */
function sameSentences(
  sentences: readonly string[],
  notes: readonly Note[],
  path: string,
  problems: SchemaProblem[],
  indexed = true,
): void {
  const count = Math.max(sentences.length, notes.length);
  for (let i = 0; i < count; i++) {
    const note = notes[i];
    const at = indexed ? `${path}[${i}]` : path;
    const sentence = sentences[i];
    // As its template has it, and no more: a note carries nothing its sentence does not say.
    const wellFormed = note !== undefined && canonicalJson(wellFormedNote(note)) === canonicalJson(note);
    if (!wellFormed || sentence === undefined || noteInEnglish(note) !== sentence) {
      problems.push({ key: 'schema.noteMismatch', params: { path: at, key: note?.key ?? '—' } });
    }
  }
}
