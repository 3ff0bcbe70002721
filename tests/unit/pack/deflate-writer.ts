/**
 * A deflate writer (RFC 1951) that writes whatever Huffman codes it is given,
 * complete or not: the tests make with it the streams no honest compressor
 * writes, to hold the verifier's reading of them against zlib's.
 */
export class BitWriter {
  private readonly bits: number[] = [];

  /** `count` bits of `value`, least significant first: how deflate packs numbers. */
  put(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bits.push((value >> i) & 1);
  }

  /** A Huffman code, most significant bit first. */
  code([code, length]: readonly [number, number]): void {
    for (let i = length - 1; i >= 0; i--) this.bits.push((code >> i) & 1);
  }

  align(): void {
    while (this.bits.length % 8) this.bits.push(0);
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((bit, i) => (out[i >> 3]! |= bit << (i & 7)));
    return out;
  }
}

/** The canonical code of each symbol ([code, length]; undefined for a length of 0), as RFC 1951 3.2.2 gives it. */
export function canonicalCodes(lengths: readonly number[]): ([number, number] | undefined)[] {
  const count = new Array<number>(16).fill(0);
  for (const length of lengths) if (length) count[length]!++;
  const next = new Array<number>(16).fill(0);
  for (let length = 1, code = 0; length < 16; length++) {
    code = (code + (length > 1 ? count[length - 1]! : 0)) << 1;
    next[length] = code;
  }
  return lengths.map((length) => (length ? [next[length]!++, length] : undefined));
}

const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Stored blocks of `data` (64 KB at most each); the last is final if `final`. */
export function storedBlocks(w: BitWriter, data: Uint8Array, final: boolean): void {
  for (let at = 0; at === 0 || at < data.length; at += 0xffff) {
    const chunk = data.subarray(at, at + 0xffff);
    w.put(final && at + 0xffff >= data.length ? 1 : 0, 1);
    w.put(0, 2);
    w.align();
    w.put(chunk.length, 16);
    w.put(chunk.length ^ 0xffff, 16);
    for (const byte of chunk) w.put(byte, 8);
  }
}

/**
 * A dynamic block of literals only, with these code lengths for literals and
 * lengths (257 at least), distances and code lengths, each code length
 * sent on its own (no repeats). Throws if `data` has a byte the literal code
 * has no code for.
 */
export function dynamicBlock(
  w: BitWriter,
  data: Uint8Array,
  final: boolean,
  literal: readonly number[],
  distance: readonly number[],
  codeLength: readonly number[],
): void {
  w.put(final ? 1 : 0, 1);
  w.put(2, 2);
  w.put(literal.length - 257, 5);
  w.put(distance.length - 1, 5);
  let sent = 19;
  while (sent > 4 && !codeLength[CODE_LENGTH_ORDER[sent - 1]!]) sent--;
  w.put(sent - 4, 4);
  for (let i = 0; i < sent; i++) w.put(codeLength[CODE_LENGTH_ORDER[i]!] ?? 0, 3);
  const lengthCodes = canonicalCodes(codeLength);
  for (const length of [...literal, ...distance]) w.code(lengthCodes[length]!);
  const literalCodes = canonicalCodes(literal);
  for (const byte of data) w.code(literalCodes[byte]!);
  // A block with no code for its end is written all the same: the reader must refuse it.
  if (literalCodes[256]) w.code(literalCodes[256]);
}

/** The three incomplete codes zlib refuses and fflate reads, each in a block of its own. */
export type IncompleteCode = 'literal' | 'distance' | 'codeLength';

/**
 * `content` re-encoded as an attacker without the key could: its first part in
 * a stored block, the rest in a dynamic block whose `incomplete` code leaves
 * room unused. It inflates to `content` for fflate; zlib stops at the second
 * block. With `incomplete` undefined, the same blocks with complete codes.
 */
export function reencoded(content: Uint8Array, incomplete?: IncompleteCode): Uint8Array {
  const cut = content.length >> 1;
  const w = new BitWriter();
  storedBlocks(w, content.subarray(0, cut), false);
  // 255 codes of 8 bits and 2 of 9 fill the literal code; two codes of 1 bit fill the distance code.
  const complete = [...new Array<number>(255).fill(8), 9, 9];
  const codes: Record<IncompleteCode | 'none', [number[], number[], number[]]> = {
    none: [complete, [1, 1], lengthsOf({ 8: 1, 9: 2, 1: 2 })],
    // 257 codes of 9 bits: half the literal code's room unused.
    literal: [new Array<number>(257).fill(9), [1, 1], lengthsOf({ 9: 1, 1: 1 })],
    // One distance code of 2 bits: zlib allows an incomplete code only as a single code of 1 bit.
    distance: [complete, [2], lengthsOf({ 8: 1, 9: 2, 2: 2 })],
    // Three code-length codes of 2 bits: a quarter of the room unused.
    codeLength: [complete, [1, 1], lengthsOf({ 8: 2, 9: 2, 1: 2 })],
  };
  dynamicBlock(w, content.subarray(cut), true, ...codes[incomplete ?? 'none']);
  return w.bytes();
}

/** Code-length code lengths: `{symbol: length}`, every other symbol unused. */
function lengthsOf(lengths: Record<number, number>): number[] {
  const out = new Array<number>(19).fill(0);
  for (const [symbol, length] of Object.entries(lengths)) out[Number(symbol)] = length;
  return out;
}
