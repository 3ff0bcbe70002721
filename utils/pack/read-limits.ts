/**
 * How much work the pack reader does at most, for a pack of a given size
 * (docs/PACK-FORMAT.md, "Reading a pack: the strict rules"). A deflated
 * entry's declared size is the attacker's own figure, and deflate makes up
 * to about a thousand bytes of a byte: without limits a 1 MB pack of deflate
 * bombs took 21 s and 1.8 GB. The limits grow with the pack, so that the
 * largest genuine packs stay well within them, while a small hostile pack gets
 * little: a 10 MB pack is read within 5 s and 300 MB (docs/BENCHMARKS.md).
 */
export interface ReadLimits {
  /** The most bytes one file the verifier keeps and reads as text (manifest, SHA256SUMS, custody, records) may hold. */
  textFile: number;
  /** The most bytes all those files may hold together. */
  kept: number;
  /** The most bytes one other deflated entry (an MHTML snapshot, the report) may inflate to. */
  inflatedFile: number;
  /** The most bytes all deflated entries may inflate to together. */
  inflated: number;
  /** The most bytes being read and hashed at once (an entry larger than this is read alone). */
  inFlight: number;
  /** The most values (and object members) manifest.json or custody.jsonl may hold, each, to be parsed. */
  jsonValues: number;
}

const MB = 1024 * 1024;

export function limitsFor(packBytes: number): ReadLimits {
  return {
    textFile: 64 * MB,
    kept: 32 * MB + 2 * packBytes,
    // An entry and WebCrypto's copy of it are in memory together, with fflate's buffers beside them.
    inflatedFile: 16 * MB + 4 * packBytes,
    inflated: 64 * MB + 16 * packBytes,
    inFlight: 64 * MB,
    // A genuine record is about one value in 10 bytes, and a capture brings a screenshot of 100 KB or more.
    jsonValues: 1_000_000 + Math.floor(packBytes / 64),
  };
}
