/**
 * Walks a raw deflate stream (RFC 1951) without making its output: how many
 * bytes it inflates to and where it ends. The walk costs the stream's input,
 * not its output: a deflate bomb's gigabytes are counted, not made, and the
 * walk stops as soon as they pass `limit`. The pack reader walks an entry
 * before fflate inflates it into a buffer of exactly the size found, so no
 * byte is inflated in vain and no buffer grows.
 */
export class DeflateWalkError extends Error {
  override name = 'DeflateWalkError';
  constructor(
    readonly reason: 'longer' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

export interface DeflateWalk {
  /** The bytes the stream inflates to. */
  size: number;
  /** The offset of the first byte after the stream (its last byte may hold padding bits). */
  end: number;
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A decoding table: for each `bits`-bit value read (least significant bit first), symbol << 4 | code length; 0 for none. */
interface Table {
  entries: Int32Array;
  bits: number;
}

/**
 * The decoding table of a canonical Huffman code given by its code lengths.
 * A code must be one zlib's inflate would build (inftrees.c), or unzip,
 * Python, Java and bsdtar fail on a stream the verifier (and fflate, which
 * decodes any code) reads: no length may have more codes than it has room
 * for (over-subscribed), and no code may leave room unused (incomplete),
 * except the one zlib allows a literal/length or distance code: a single code
 * of one bit. A code-length code must be complete. A code of no codes at all
 * is built, and refused only where a symbol is read from it, as zlib does.
 */
function table(lengths: ArrayLike<number>, codeLengthCode = false): Table {
  let bits = 0;
  const count = new Int32Array(16);
  for (let i = 0; i < lengths.length; i++) {
    count[lengths[i]!]!++;
    bits = Math.max(bits, lengths[i]!);
  }
  count[0] = 0;
  const next = new Int32Array(16);
  // The codes of each length still free once the shorter ones are given out, as zlib counts them.
  let left = 1;
  for (let length = 1, code = 0; length <= 15; length++) {
    code = (code + count[length - 1]!) << 1;
    next[length] = code;
    left = (left << 1) - count[length]!;
    // More codes of this length than it has room for: no prefix code, and readers would differ on it.
    if (left < 0) throw corrupt('an over-subscribed Huffman code');
  }
  if (left > 0 && bits > 0 && (codeLengthCode || bits !== 1)) throw corrupt('an incomplete Huffman code');
  const entries = new Int32Array(1 << bits);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol]!;
    if (length === 0) continue;
    const code = next[length]!++;
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed |= ((code >> i) & 1) << (length - 1 - i);
    for (let at = reversed; at < entries.length; at += 1 << length) entries[at] = (symbol << 4) | length;
  }
  return { entries, bits };
}

let fixed: { literals: Table; distances: Table } | undefined;
function fixedTables(): { literals: Table; distances: Table } {
  if (fixed) return fixed;
  const literals = new Uint8Array(288);
  literals.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  // 32 distance codes, as zlib builds them: codes 30 and 31 make the code complete and mean nothing when read.
  fixed = { literals: table(literals), distances: table(new Uint8Array(32).fill(5)) };
  return fixed;
}

function corrupt(what: string): DeflateWalkError {
  return new DeflateWalkError('corrupt', `its deflate stream is damaged: ${what}`);
}

export function walkDeflate(data: Uint8Array, limit: number): DeflateWalk {
  const total = data.length * 8;
  let position = 0;
  // The next 25 bits or more, least significant first; bytes past the end read as zeros.
  const peek = (): number => {
    const at = position >>> 3;
    return (
      ((data[at] ?? 0) | ((data[at + 1] ?? 0) << 8) | ((data[at + 2] ?? 0) << 16) | ((data[at + 3] ?? 0) << 24)) >>>
      (position & 7)
    );
  };
  const bits = (count: number): number => {
    if (position + count > total) throw corrupt('it ends too soon');
    const value = peek() & ((1 << count) - 1);
    position += count;
    return value;
  };
  const decode = ({ entries, bits: width }: Table): number => {
    const entry = entries[peek() & ((1 << width) - 1)]!;
    const length = entry & 15;
    // A code must be one, and fit in what is left of the data.
    if (entry === 0 || position + length > total) throw corrupt('a code that means nothing');
    position += length;
    return entry >> 4;
  };

  let size = 0;
  for (let final = 0; !final;) {
    final = bits(1);
    const type = bits(2);
    if (type === 0) {
      position = (position + 7) & ~7;
      const length = bits(16);
      if ((length ^ bits(16)) !== 0xffff) throw corrupt('a stored block whose length is not confirmed');
      if (position + length * 8 > total) throw corrupt('it ends too soon');
      position += length * 8;
      size += length;
      if (size > limit) throw new DeflateWalkError('longer', `more than the ${limit} bytes its headers give`);
      continue;
    }
    if (type === 3) throw corrupt('a block of an unknown type');
    let literals: Table;
    let distances: Table;
    if (type === 1) ({ literals, distances } = fixedTables());
    else {
      const literalCount = bits(5) + 257;
      const distanceCount = bits(5) + 1;
      const lengthCount = bits(4) + 4;
      if (literalCount > 286 || distanceCount > 30) throw corrupt('too many codes');
      const codeLengths = new Uint8Array(19);
      for (let i = 0; i < lengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = bits(3);
      const lengthTable = table(codeLengths, true);
      const lengths = new Uint8Array(literalCount + distanceCount);
      for (let i = 0; i < lengths.length;) {
        const symbol = decode(lengthTable);
        if (symbol < 16) lengths[i++] = symbol;
        else {
          if (symbol === 16 && i === 0) throw corrupt('a repeat with nothing before it');
          const [value, repeat] =
            symbol === 16 ? [lengths[i - 1]!, 3 + bits(2)] : symbol === 17 ? [0, 3 + bits(3)] : [0, 11 + bits(7)];
          if (i + repeat > lengths.length) throw corrupt('code lengths past their count');
          lengths.fill(value, i, i + repeat);
          i += repeat;
        }
      }
      if (lengths[256] === 0) throw corrupt('no code for the end of the block');
      literals = table(lengths.subarray(0, literalCount));
      distances = table(lengths.subarray(literalCount));
    }
    // The loop every symbol goes through, written out: no call, no object, for about 100 MB of input a second.
    const [literalEntries, literalMask] = [literals.entries, (1 << literals.bits) - 1];
    const [distanceEntries, distanceMask] = [distances.entries, (1 << distances.bits) - 1];
    for (;;) {
      let at = position >>> 3;
      let entry =
        literalEntries[
          ((data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (data[at + 3]! << 24)) >>> (position & 7)) &
            literalMask
        ]!;
      if (entry === 0 || position + (entry & 15) > total) throw corrupt('a code that means nothing');
      position += entry & 15;
      const symbol = entry >> 4;
      if (symbol < 256) size++;
      else if (symbol === 256) break;
      else {
        const index = symbol - 257;
        if (index >= 29) throw corrupt('a length code that means nothing');
        const length = LENGTH_BASE[index]! + bits(LENGTH_EXTRA[index]!);
        at = position >>> 3;
        entry =
          distanceEntries[
            ((data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (data[at + 3]! << 24)) >>> (position & 7)) &
              distanceMask
          ]!;
        if (entry === 0 || position + (entry & 15) > total) throw corrupt('a code that means nothing');
        position += entry & 15;
        const code = entry >> 4;
        if (code >= 30) throw corrupt('a distance code that means nothing');
        if (DISTANCE_BASE[code]! + bits(DISTANCE_EXTRA[code]!) > size)
          throw corrupt('a distance back before the start');
        size += length;
        if (size > limit) throw new DeflateWalkError('longer', `more than the ${limit} bytes its headers give`);
      }
    }
    if (size > limit) throw new DeflateWalkError('longer', `more than the ${limit} bytes its headers give`);
  }
  return { size, end: (position + 7) >>> 3 };
}
