import { inflateSync } from 'fflate';
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
