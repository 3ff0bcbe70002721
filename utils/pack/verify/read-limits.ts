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
  /** The most bytes manifest.json, custody.jsonl and SHA256SUMS, the files parsed whole, may hold together. */
  parsed: number;
  /** The most characters a line of custody.jsonl may hold, one event, but for one line: the export's. */
  custodyLine: number;
  /** The most characters the export's line may hold, which names every capture of the pack. */
  exportLine: number;
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

/**
 * The limits for a pack of `packBytes` bytes.
 *
 * The kept files are budgeted by what they cost once read (issue 14's
 * adversarial review: a 10 MB pack whose manifest.json inflated to 52 MB,
 * nearly all one string with one Cyrillic letter in it, peaked at 790–905 MB).
 * A file parsed whole (manifest.json, custody.jsonl, SHA256SUMS) costs five
 * times its bytes at its peak: its bytes, its text (two bytes a character
 * once one character is outside Latin-1) and the parsed values (as much
 * again); a record.json costs its bytes, once at a time: it is read again
 * when it is held against the manifest's record, without being decoded
 * (verify/captures.ts). So the files parsed whole have a budget of their own
 * inside that of all kept files.
 *
 * A pack of 10 MB may cost 300 MB, of which Node and the pack take 80 MB:
 * 30 MB parsed whole and 20 MB more of records fit (measured at 230–260 MB,
 * docs/BENCHMARKS.md), and a smaller pack gets as much. Beyond 10 MB the
 * budgets grow with the pack as much as a genuine pack needs. manifest.json holds every
 * capture's record in full, so it is about the size of all record.json files
 * together (a little more, being indented), and the kept files twice that. A
 * record is mostly its post's HTML, up to 2,000,000 characters; a chat's HTML
 * deflates 9 times, and each capture brings the page again as its MHTML
 * snapshot (deflated) and its screenshots (stored). A pack whose every
 * capture holds such a chat has a manifest of 2.3 times its own size and kept
 * files of 4.7 times (tests/unit/pack/html-heavy-pack.ts). So 30 MB or 3 P
 * parsed whole, 40 MB or 5 P kept, whichever is more. The 30 MB also hold
 * the custody log of a capture annotated 40,000 times (20 MB, in a pack of
 * 5 MB; bin/bench-custody.ts).
 *
 * A custody event is a line of a few hundred characters, but for one: the
 * export's, which names every capture of the pack twice at most (in
 * `captureIds` and its selection, 39 characters each), and a capture brings
 * at least its record.json, the record's copy in manifest.json and their ZIP
 * headers, some 1.5 KB deflated. The custody check costs some twenty times a
 * line's length, and hashes 512 events at once: one line of 50 MB took
 * 1.1 GB, and 28 MB of lines of 64 KB, 400 MB. So a line may hold 4 KB, and
 * one line 64 KB + P / 8.
 */
export function limitsFor(packBytes: number): ReadLimits {
  return {
    textFile: 64 * MB,
    kept: Math.max(40 * MB, 5 * packBytes),
    parsed: Math.max(30 * MB, 3 * packBytes),
    custodyLine: 4 * 1024,
    exportLine: 64 * 1024 + Math.floor(packBytes / 8),
    // An entry and WebCrypto's copy of it are in memory together, with fflate's buffers beside them.
    inflatedFile: 16 * MB + 4 * packBytes,
    inflated: 64 * MB + 16 * packBytes,
    inFlight: 64 * MB,
    // A genuine record is about one value in 10 bytes, and a capture brings a screenshot of 100 KB or more.
    jsonValues: 1_000_000 + Math.floor(packBytes / 64),
  };
}
