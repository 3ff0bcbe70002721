import { Inflate, inflateSync } from 'fflate';

/**
 * Inflates one ZIP entry's deflate stream into exactly `size` bytes, and no
 * further: a deflate bomb is stopped at most about 2 MB beyond `size` (each
 * step is as much input as cannot make more), not after the gigabytes it
 * would make. The stream must end exactly at the end of its
 * input: bytes after it are where a streaming reader (one that does not read
 * the central directory) would look for the data descriptor and the next
 * entry, so they could hide an entry that only such a reader sees.
 */
export class InflateError extends Error {
  override name = 'InflateError';
  constructor(
    readonly reason: 'longer' | 'shorter' | 'trailing' | 'corrupt',
    message: string,
    /** How many bytes were inflated before it stopped: work done, even when it was in vain. */
    readonly inflated = 0,
  ) {
    super(message);
  }
}

const STEP = 2 * 1024;

/**
 * fflate's streaming state, which it does not type: `s.f` is set once the
 * final block's header was read, `s.l` holds the current block's code table
 * until its end, `s.p` is the bit position in `p`, the input not yet used.
 */
interface InflateState {
  s: { f?: number; l?: unknown; p?: number };
  p: Uint8Array;
}

/** Deflate makes at most about 1,032 bytes of one (258 bytes for a code of two bits). */
const MAX_RATIO = 1032;
const SLACK = 1024 * 1024;

export function inflateExactly(data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  // Where even the densest stream cannot run far past `size`, one pass into one buffer, without fflate's streaming
  // buffers: a genuine 50 MB bomb inflated in steps left 500 MB of them, freed but not given back to the system.
  return data.length * MAX_RATIO <= size + SLACK ? inflateWhole(data, size) : inflateInSteps(data, size);
}

function inflateWhole(data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  // One byte more than `size`, so that a longer output is told from one of that size.
  const out = new Uint8Array(size + 1);
  // Cut by its last byte, a stream that ends with the data is incomplete: if not, bytes follow its end.
  if (data.length >= 2) {
    let complete = true;
    try {
      inflateSync(data.subarray(0, data.length - 1), { out });
    } catch {
      complete = false;
    }
    if (complete) throw trailing(1);
  }
  let made: Uint8Array;
  try {
    made = inflateSync(data, { out });
  } catch (error) {
    throw new InflateError('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (made.length > size) throw new InflateError('longer', `more than the ${size} bytes its headers give`, made.length);
  if (made.length < size) throw new InflateError('shorter', `${made.length} bytes where its headers give ${size}`);
  return out.subarray(0, size);
}

function inflateInSteps(data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  const inflater = new Inflate((chunk) => {
    if (at + chunk.length > size) {
      throw new InflateError('longer', `more than the ${size} bytes its headers give`, at + chunk.length);
    }
    out.set(chunk, at);
    at += chunk.length;
  });
  const state = inflater as unknown as InflateState;
  const ended = () => Boolean(state.s.f) && !state.s.l;
  for (let from = 0, step = STEP; from < data.length || from === 0; from += step) {
    if (from > 0 && ended()) throw trailing(data.length - from);
    // As much input as cannot make more than 1 MB past `size` even at deflate's densest: few steps for a large
    // genuine file, 2 KB ones near its end and for a bomb that claims to be small.
    step = Math.max(STEP, Math.floor((size - at + SLACK) / MAX_RATIO));
    const last = from + step >= data.length;
    try {
      inflater.push(data.subarray(from, from + step), last);
    } catch (error) {
      if (error instanceof InflateError) throw error;
      throw new InflateError('corrupt', error instanceof Error ? error.message : String(error));
    }
    if (last) break;
  }
  // What the last step left unread: a byte whose first bits the stream used, then any whole bytes after it.
  const unread = state.p.length - ((state.s.p ?? 0) % 8 > 0 ? 1 : 0);
  if (!ended()) throw new InflateError('corrupt', 'the deflate stream does not end');
  if (unread > 0) throw trailing(unread);
  if (at !== size) throw new InflateError('shorter', `${at} bytes where its headers give ${size}`);
  return out;
}

function trailing(count: number): InflateError {
  return new InflateError('trailing', `${count} bytes follow the end of its deflate stream`);
}
