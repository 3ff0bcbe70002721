import { m, type CheckList } from './check-list';
import { hashWhileArriving } from './early-hashes';
import { createEntryReader, type PackFile, type Report } from './entry-reader';
import { inputOf, WEB_CRYPTO, type PackHasher, type PackInput } from './pack-input';
import { PACK_FILES } from '../types';
import { nameProblems } from '../zip/names';
import { limitsFor, type ReadLimits } from './read-limits';
import { readZip, ZipFormatError, type ZipEntry } from '../zip/reader';

export type { PackFile };

/**
 * A pack's ZIP, read once and within bounds (docs/PACK-FORMAT.md, "Reading a
 * pack: the strict rules"): every file's size and SHA-256, and the bytes of
 * the few small files the verifier reads (signing files, public key, custody
 * log, records); artifacts are hashed and let go. SHA256SUMS is read first,
 * and an entry it does not list is failed without being inflated. A damaged
 * entry is a failed check. The records' bytes are held up to 8 MB in all;
 * past that each is read again when it is held against the manifest, so
 * that they are never all in memory beside the parsed manifest. The kept
 * files' bytes are let go once the check that needed them is done: once they
 * are text (readText), manifest.json's once its signature is checked;
 * `bytes` reads a file from the ZIP again should a check ask.
 */
export interface OpenedPack {
  /** Every file by path (folders left out); null when its entry could not be read, or was not. */
  files: Map<string, PackFile | null>;
  /** The bytes of a file the reader kept; null, reported as missing, when the pack has no such file. */
  bytes(path: string, list: CheckList): Uint8Array<ArrayBuffer> | null;
  /** Reports a file as missing, once, unless the pack has it. */
  missing(path: string, list: CheckList): void;
  /** Lets a kept file's bytes go; `bytes` reads them from the ZIP again (and keeps them no more) if asked again. */
  release(path: string): void;
  /** The limits the pack was read within, which also bound what is parsed of it. */
  limits: ReadLimits;
}

/** The files SHA256SUMS leaves out by design; every other file must be listed in it to be read. */
const NOT_IN_SUMS: ReadonlySet<string> = new Set([PACK_FILES.sums, PACK_FILES.sumsSignature, PACK_FILES.signature]);
const SUMS_LINE = /^[0-9a-f]{64} {2}(.+)$/;
const PARALLEL_READS = 8;

/**
 * Reads the pack once all of it has arrived; while it arrives, the large
 * stored entries are hashed as their bytes come in (early-hashes.ts). A pack
 * that could not be read rejects, as reading the file would have.
 */
export async function openPack(
  pack: Uint8Array | PackInput,
  list: CheckList,
  hasher: PackHasher = WEB_CRYPTO,
): Promise<OpenedPack | null> {
  const input = inputOf(pack);
  const early = hashWhileArriving(input, hasher);
  await input.arrived?.(0, input.bytes.length);
  // The last guesses are made at once now that every byte is in: then no entry is hashed twice.
  await early.guessed;
  const zipBytes = input.bytes;
  let entries: ZipEntry[];
  try {
    entries = readZip(zipBytes);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    list.fail('zip', 'pack', error.problem);
    return null;
  }
  const failures = list.failures();
  // The check list lists at most a hundred failures of a kind one by one, and counts the rest.
  const report: Report = (subject, message, values) => list.fail('zip', subject, message, values);
  const files = new Map<string, PackFile | null>();
  const readable: ZipEntry[] = [];
  const names = nameProblems(entries);
  const distinct = new Set(entries.map((entry) => entry.name)).size;
  if (distinct !== entries.length) {
    list.fail('zip', 'pack', m('zip.duplicateNames', { entries: entries.length, names: distinct }));
  }
  for (const [i, entry] of entries.entries()) {
    const problems = [...(names.get(i) ?? []), ...entry.problems];
    // A name outside Dokaz's alphabet is shown quoted, so that a control character or a space cannot hide.
    const quoted = problems.some((problem) => problem.key === 'zip.unsafePath' || problem.key === 'zip.nameForm');
    const subject = quoted ? JSON.stringify(entry.name) : entry.name;
    for (const problem of problems) report(subject, problem);
    if (entry.folder || files.has(entry.name)) continue;
    // Keeps the ZIP's order; filled in below. An entry in no form to be read stays null: it has failed already.
    files.set(entry.name, null);
    if (problems.length === 0) readable.push(entry);
  }

  const limits = limitsFor(zipBytes.length);
  const reader = createEntryReader(limits, report, hasher, early);
  const sums = readable.find((entry) => entry.name === PACK_FILES.sums);
  const listed = sums ? listedIn(await reader.read(sums, files), files.size) : null;
  const queue = readable.filter((entry) => entry !== sums).values();
  const worker = async () => {
    for (const entry of queue) {
      // Not inflated, not hashed: it fails as unlisted in SHA256SUMS (verify.ts), and its bytes could not change that.
      if (!listed || listed.has(entry.name) || NOT_IN_SUMS.has(entry.name)) await reader.read(entry, files);
    }
  };
  // Hashing runs off the main thread (WebCrypto): a few at once use every core.
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  if (list.failures() === failures) list.pass('zip', 'pack', m('zip.opens', { count: files.size }));

  const reported = new Set<string>();
  const missing = (path: string, checks: CheckList): void => {
    if (files.has(path) || reported.has(path)) return;
    reported.add(path);
    checks.fail('missing-file', path, m('file.missing'));
  };
  return {
    files,
    missing,
    limits,
    bytes(path, checks) {
      const file = files.get(path);
      if (file === undefined) missing(path, checks);
      if (!file) return null;
      // Read again, not kept again: the caller holds them as long as it needs them.
      return file.bytes ?? reader.reread(path);
    },
    release(path) {
      const file = files.get(path);
      if (file) delete file.bytes;
    },
  };
}

/** The paths SHA256SUMS lists; null when it could not be read (then every entry is read, within the limits). */
function listedIn(file: PackFile | null, files: number): Set<string> | null {
  if (!file?.bytes) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return null;
  }
  if (linesOver(text, files)) return null;
  const listed = new Set<string>();
  for (const line of text.split('\n')) {
    const path = SUMS_LINE.exec(line)?.[1];
    if (path !== undefined) listed.add(path);
  }
  return listed;
}

/**
 * A kept file as UTF-8 text; null, with a failed check of this id, when it is
 * missing, not UTF-8, or JSON of more values than the verifier parses.
 */
export function readText(pack: OpenedPack, path: string, list: CheckList, id: string): string | null {
  const bytes = pack.bytes(path, list);
  if (!bytes) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    list.fail(id, path, m('file.notUtf8'));
    return null;
  } finally {
    // manifest.json's bytes stay for its signature, checked after it is parsed (checkSignatures lets them go):
    // read again, they would be new memory while the garbage collector has yet to take the text.
    if (path !== PACK_FILES.manifest) pack.release(path);
  }
  if (path === PACK_FILES.sums) {
    // One line a file: more lines than the ZIP has files is no list of them, and splitting 25 million took 9 s.
    const files = pack.files.size;
    if (linesOver(text, files)) {
      list.fail(id, path, m('sums.tooManyLines', { count: files }));
      return null;
    }
  }
  if (JSON_FILES.has(path)) {
    const count = jsonValues(text);
    if (count > pack.limits.jsonValues) {
      list.fail(id, path, m('file.jsonValues', { count, limit: pack.limits.jsonValues }));
      return null;
    }
  }
  return text;
}

/**
 * A file of JSON lines (custody.jsonl) line by line, each line decoded from
 * the file's bytes only when it is reached: the file is never one string
 * (30 MB of log with one Cyrillic letter in it were 60 MB of text beside its
 * bytes, on the verify page too). The checks readText makes, in its order,
 * are made on the bytes: UTF-8 (decoded in pieces, nothing kept), a line
 * longer than an event can be (read-limits.ts; in UTF-16 code units, as a
 * string's length, counted from the bytes) and the JSON values (the
 * characters counted are ASCII: in UTF-8 a byte of their value is always
 * them). null, with a failed check of this id, when one of them fails.
 */
export function readLines(pack: OpenedPack, path: string, list: CheckList, id: string): Iterable<string> | null {
  const bytes = pack.bytes(path, list);
  if (!bytes) return null;
  pack.release(path);
  if (!isUtf8(bytes)) {
    list.fail(id, path, m('file.notUtf8'));
    return null;
  }
  // One event a line: a line longer than any event costs the custody check some twenty times its length.
  const long = longLine(bytes, pack.limits);
  if (long) {
    list.fail(id, `${path} line ${long.line}`, m('custody.lineTooLong', long.values));
    return null;
  }
  const count = jsonValues(bytes);
  if (count > pack.limits.jsonValues) {
    list.fail(id, path, m('file.jsonValues', { count, limit: pack.limits.jsonValues }));
    return null;
  }
  return {
    *[Symbol.iterator]() {
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      for (let start = 0; start < bytes.length;) {
        const end = bytes.indexOf(NEWLINE, start);
        const stop = end === -1 ? bytes.length : end;
        yield decoder.decode(bytes.subarray(start, stop));
        start = stop + 1;
      }
    },
  };
}

/** Whether `bytes` are UTF-8, decoded a piece at a time so that no text of them all is made. */
export function isUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const PIECE = 1 << 16;
  try {
    for (let at = 0; at < bytes.length; at += PIECE) {
      decoder.decode(bytes.subarray(at, at + PIECE), { stream: at + PIECE < bytes.length });
    }
    return true;
  } catch {
    return false;
  }
}

const NEWLINE = 0x0a;

/** The UTF-16 code units of UTF-8 bytes[start, stop): a character of four bytes is two, any other one. */
function utf16Length(bytes: Uint8Array, start: number, stop: number): number {
  let units = 0;
  for (let i = start; i < stop; i++) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}

/**
 * The first line of custody.jsonl longer than an event can be (read-limits.ts):
 * its number, its length and the limit; null if there is none.
 */
function longLine(
  bytes: Uint8Array,
  { custodyLine, exportLine }: ReadLimits,
): { line: number; values: { count: number; limit: number } } | null {
  let exported = false;
  for (let start = 0, line = 1; start < bytes.length; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end === -1 ? bytes.length : end;
    // A line of no more bytes than the limit has no more characters; only longer ones are counted.
    const length = stop - start > custodyLine ? utf16Length(bytes, start, stop) : stop - start;
    if (length > custodyLine) {
      // The first long line may be the export's; a second is no event Dokaz writes.
      const limit = exported ? custodyLine : exportLine;
      if (length > limit) return { line, values: { count: length, limit } };
      exported = true;
    }
    start = stop + 1;
  }
  return null;
}

/** Whether `text` has more than `max` lines; it stops counting there. */
function linesOver(text: string, max: number): boolean {
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > max) return true;
  }
  return lines > max;
}

/**
 * The files the verifier parses as JSON whole. JSON.parse takes about 30 bytes
 * of memory for each byte of "{}," (an object each): 20 MB of them took 590 MB
 * and 12 s. Their values are counted first, in one pass, and a file of more
 * than the limit is not parsed.
 */
const JSON_FILES: ReadonlySet<string> = new Set([PACK_FILES.manifest, PACK_FILES.custody]);
const [QUOTE, BACKSLASH, COMMA, COLON, BRACE, BRACKET] = ['"', '\\', ',', ':', '{', '['].map((c) => c.charCodeAt(0));

/**
 * An upper bound of the values and members JSON text (or its UTF-8 bytes)
 * holds: its commas, colons and openings outside strings, plus one.
 */
export function jsonValues(text: string | Uint8Array): number {
  const at = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i]!;
  let count = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === COMMA || c === COLON || c === BRACE || c === BRACKET) count++;
  }
  return count;
}
