import { Inflate, inflateSync } from 'fflate';
import { DeflateWalkError, walkDeflate } from './deflate-walk';

/**
 * Inflates one ZIP entry's deflate stream into exactly `size` bytes. The
 * stream is walked first (deflate-walk.ts), which costs its input, not its
 * output: a deflate bomb that claims a small size is refused when its count
 * passes that size, before a byte is made, and no byte is ever inflated in
 * vain. The stream must also end exactly at the end of its input: bytes after
 * it are where a streaming reader (one that does not read the central
 * directory) would look for the data descriptor and the next entry, so they
 * could hide an entry that only such a reader sees. Only then does fflate
 * inflate it, in one pass into one buffer of the size found.
 */
export class InflateError extends Error {
  override name = 'InflateError';
  constructor(
    readonly reason: 'longer' | 'shorter' | 'trailing' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

export function inflateExactly(data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  walkExactly(data, size);
  // One byte more than `size`: should fflate read the stream otherwise than the walk did, the extra byte tells.
  const out = new Uint8Array(size + 1);
  let made: Uint8Array;
  try {
    made = inflateSync(data, { out });
  } catch (error) {
    throw new InflateError('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (made.length !== size) throw new InflateError('corrupt', `${made.length} bytes where the walk found ${size}`);
  return out.subarray(0, size);
}

/** The input given to fflate at a time when inflating in parts: deflate makes at most about a thousand bytes of one. */
const PART_INPUT = 512;

/**
 * Inflates one entry's deflate stream as inflateExactly does (walked first,
 * the same refusals), but hands the bytes on in parts (at most about 4 MB each)
 * as they are made, and never holds them whole: for files that are only
 * hashed, so that a file inflating to tens of megabytes costs no more memory
 * than a part.
 */
export function inflateInParts(data: Uint8Array, size: number, onPart: (part: Uint8Array) => void): void {
  walkExactly(data, size);
  let made = 0;
  const inflater = new Inflate((part) => {
    made += part.length;
    if (made > size) throw new InflateError('corrupt', `more than the ${size} bytes the walk found`);
    if (part.length > 0) onPart(part);
  });
  try {
    for (let at = 0; at < data.length; at += PART_INPUT) {
      inflater.push(data.subarray(at, at + PART_INPUT), at + PART_INPUT >= data.length);
    }
  } catch (error) {
    if (error instanceof InflateError) throw error;
    throw new InflateError('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (made !== size) throw new InflateError('corrupt', `${made} bytes where the walk found ${size}`);
}

/** Walks the stream (deflate-walk.ts): it must make exactly `size` bytes and end where its input ends. */
function walkExactly(data: Uint8Array, size: number): void {
  let end: number;
  let found: number;
  try {
    ({ end, size: found } = walkDeflate(data, size));
  } catch (error) {
    if (!(error instanceof DeflateWalkError)) throw error;
    throw new InflateError(error.reason, error.message);
  }
  if (end < data.length) throw new InflateError('trailing', `${data.length - end} bytes follow its deflate stream`);
  if (found < size) throw new InflateError('shorter', `${found} bytes where its headers give ${size}`);
}
