import { CanonicalJsonError } from '../../canonical-json';

/**
 * canonicalJson (utils/canonical-json.ts) written out in pieces, as UTF-8,
 * without the whole text ever being one string. The verifier holds a
 * manifest's record against record.json's bytes and, when they differ,
 * hashes the record's canonical form: made whole, a record of 50 MB of HTML
 * with one Cyrillic letter in it was a 100 MB string, then its UTF-8 bytes,
 * then WebCrypto's copy of those, beside the manifest itself (issue 14, a
 * 10 MB pack peaking at 790–905 MB). In pieces it costs a buffer of 64 KB.
 * The tests hold the pieces, joined, to canonicalJson on every kind of value.
 */

/** The longest piece of a string written at once, in UTF-16 code units. */
const STRING_PIECE = 16_384;
/** The chunks of UTF-8 lent, in bytes. */
const CHUNK = 64 * 1024;
/** Pieces shorter than this, in code units, are gathered before they are encoded. */
const SHORT = 512;

/** Calls `write` with pieces of canonicalJson(value), in order; throws a CanonicalJsonError where it would. */
export function writeCanonical(value: unknown, write: (text: string) => void): void {
  serialize(value, '$', write);
}

function serialize(value: unknown, path: string, write: (text: string) => void): void {
  if (value === null) return write('null');
  switch (typeof value) {
    case 'boolean':
      return write(JSON.stringify(value));
    case 'string':
      return writeString(value, write);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path} is ${value}, which JSON cannot hold`);
      return write(JSON.stringify(value));
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${path} is a ${typeof value}, which JSON cannot hold`);
  }
  if (Array.isArray(value)) {
    write('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) write(',');
      // As canonicalJson's map and join: a hole is nothing, an undefined item null (JSON.parse makes neither).
      if (!(i in value)) continue;
      const item: unknown = value[i];
      serialize(item === undefined ? null : item, `${path}[${i}]`, write);
    }
    return write(']');
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CanonicalJsonError(`${path} is not a plain object`);
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  write('{');
  for (const [i, [key, item]] of entries.entries()) {
    if (i > 0) write(',');
    writeString(key, write);
    write(':');
    serialize(item, `${path}.${key}`, write);
  }
  write('}');
}

/**
 * JSON.stringify(text), a piece at a time. A piece never ends between the two
 * halves of a surrogate pair: JSON.stringify would write a lone half as an
 * escape, where the whole string keeps the pair as it is.
 */
function writeString(text: string, write: (text: string) => void): void {
  if (text.length <= STRING_PIECE) return write(JSON.stringify(text));
  write('"');
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + STRING_PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    write(JSON.stringify(text.slice(start, end)).slice(1, -1));
    start = end;
  }
  write('"');
}

/**
 * canonicalJson(value) as UTF-8, handed to `take` in chunks of 64 KB at most
 * that are only lent: each is overwritten once `take` returns. Pieces are
 * encoded where they go, without being joined first: a record of 50 MB is
 * then some 100 MB of short-lived strings, not twice that.
 */
export function canonicalChunks(value: unknown, take: (chunk: Uint8Array) => void): void {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(CHUNK);
  let at = 0;
  // Punctuation and short values are gathered first: one call to the encoder for each would cost more than they do.
  let short = '';
  const flush = () => {
    if (at > 0) take(buffer.subarray(0, at));
    at = 0;
  };
  const encode = (text: string) => {
    // Three bytes of UTF-8 at most for a UTF-16 code unit.
    if (at + 3 * text.length > buffer.length) flush();
    if (3 * text.length <= buffer.length) {
      at += encoder.encodeInto(text, buffer.subarray(at)).written;
      return;
    }
    // A piece longer than the buffer (a string of escapes): encodeInto stops where it is full, never inside a character.
    for (let done = 0; done < text.length;) {
      const { read, written } = encoder.encodeInto(done === 0 ? text : text.slice(done), buffer);
      done += read;
      take(buffer.subarray(0, written));
    }
  };
  writeCanonical(value, (text) => {
    if (text.length < SHORT) {
      short += text;
      if (short.length < SHORT) return;
      text = short;
    } else if (short) encode(short);
    short = '';
    encode(text);
  });
  if (short) encode(short);
  flush();
}

/**
 * Whether `bytes` are exactly the UTF-8 of canonicalJson(value); neither is
 * made whole. `also` is lent every chunk of the canonical form, to the end:
 * to hash it in the same pass.
 */
export function isCanonicalOf(bytes: Uint8Array, value: unknown, also?: (chunk: Uint8Array) => void): boolean {
  let at = 0;
  let same = true;
  canonicalChunks(value, (chunk) => {
    also?.(chunk);
    if (!same) return;
    if (at + chunk.length > bytes.length) {
      same = false;
      return;
    }
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] !== bytes[at + i]) {
        same = false;
        return;
      }
    }
    at += chunk.length;
  });
  return same && at === bytes.length;
}

/** canonicalJson(value) as UTF-8 in one buffer of exactly its size: for a hasher that takes its input whole. */
export function canonicalUtf8(value: unknown): Uint8Array<ArrayBuffer> {
  let size = 0;
  canonicalChunks(value, (chunk) => (size += chunk.length));
  const out = new Uint8Array(size);
  let at = 0;
  canonicalChunks(value, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}
