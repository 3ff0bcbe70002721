import { Inflate } from 'fflate';

/**
 * Inflates one ZIP entry's deflate stream into exactly `size` bytes, and no
 * further: a deflate bomb is stopped after at most one step beyond `size`
 * (a step is 16 KB of input, at most about 16 MB of output), not after the
 * gigabytes it would make. The stream must end exactly at the end of its
 * input: bytes after it are where a streaming reader (one that does not read
 * the central directory) would look for the data descriptor and the next
 * entry, so they could hide an entry that only such a reader sees.
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

const STEP = 16 * 1024;

/**
 * fflate's streaming state, which it does not type: `s.f` is set once the
 * final block's header was read, `s.l` holds the current block's code table
 * until its end, `s.p` is the bit position in `p`, the input not yet used.
 */
interface InflateState {
  s: { f?: number; l?: unknown; p?: number };
  p: Uint8Array;
}

export function inflateExactly(data: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  const inflater = new Inflate((chunk) => {
    if (at + chunk.length > size) throw new InflateError('longer', `more than the ${size} bytes its headers give`);
    out.set(chunk, at);
    at += chunk.length;
  });
  const state = inflater as unknown as InflateState;
  const ended = () => Boolean(state.s.f) && !state.s.l;
  for (let from = 0; from < data.length || from === 0; from += STEP) {
    if (from > 0 && ended()) throw trailing(data.length - from);
    const last = from + STEP >= data.length;
    try {
      inflater.push(data.subarray(from, from + STEP), last);
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
