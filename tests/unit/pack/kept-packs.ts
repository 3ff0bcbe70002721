import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from '../../../utils/pack/zip/crc32';
import { limitsFor } from '../../../utils/pack/verify/read-limits';
import { bytes, descriptorOf, entryOf, fileEntry, text, writeZip, type RawEntry, type RawZip } from './hostile-zips';

/**
 * Hostile packs that fill the budgets of the files the verifier keeps and
 * reads (utils/pack/verify/read-limits.ts), as issue 14's adversarial review made
 * them: a 10 MB pack whose manifest.json inflates to all the budget allows,
 * nearly all one string with one Cyrillic letter at its end. Shared by the
 * tests and the hostile-pack benchmark (bin/bench-hostile.ts).
 */
export const TEN_MB = 10 * 1024 * 1024;

/** The files the reader keeps and reads, whose sizes the kept budget bounds together. */
const KEPT =
  /^(manifest\.json|manifest\.sig|SHA256SUMS|SHA256SUMS\.sig|public-key\.pem|custody\.jsonl|captures\/[^/]+\/record\.json)$/;
/** Those of them parsed whole, bound by a budget of their own. */
const PARSED = /^(manifest\.json|custody\.jsonl|SHA256SUMS)$/;

/** A file entry's content. */
export function inflated(entry: RawEntry): Uint8Array {
  return entry.central.method === 0 ? entry.data : inflateSync(entry.data, { out: new Uint8Array(entry.central.size) });
}

/** Replaces a file's content in place, keeping the form it is in. */
export function replace(entry: RawEntry, content: Uint8Array, deflated?: Uint8Array): void {
  entry.data = entry.central.method === 0 ? content : (deflated ?? deflateSync(content));
  setSizes(entry, crc32(content), content.length);
}

/**
 * Gives an entry the CRC-32 and size its headers say, with the size of its
 * data, where its form puts them: in a data descriptor after the data (flag
 * bit 3, the legacy form) or in the local header, as in the central directory.
 */
export function setSizes(entry: RawEntry, crc: number, size: number): void {
  const sizes = { crc, size, compressedSize: entry.data.length };
  Object.assign(entry.central, sizes);
  if (entry.central.flags & 8) entry.descriptor = descriptorOf(crc, entry.data.length, size);
  else Object.assign(entry.local, sizes);
}

/** Adds a stored entry so that the pack is `size` bytes less 200 at most: the limits grow with the pack's size. */
export function padTo(raw: RawZip, size: number): void {
  const room = size - writeZip(raw).length - 200;
  if (room > 0) raw.entries.push(fileEntry('captures/padding.bin', new Uint8Array(room), { store: true }));
}

/**
 * Replaces the kept file `name` with the content `make` gives for `room`
 * bytes: all that the budgets of a pack of `packSize` bytes leave it once the
 * other files are counted (or, with `budgets` given, those budgets). Pad the
 * pack to that size after, so that the budgets are the ones it was made for.
 */
export function fillKept(
  raw: RawZip,
  name: string,
  make: (room: number, old: Uint8Array) => Uint8Array,
  {
    packSize = TEN_MB,
    budgets = limitsFor(packSize),
  }: { packSize?: number; budgets?: { kept: number; parsed: number } } = {},
): void {
  const target = entryOf(raw, name);
  const sizeOf = (pattern: RegExp) =>
    raw.entries
      .filter((entry) => entry !== target && pattern.test(text(entry.central.name)))
      .reduce((sum, entry) => sum + entry.central.size, 0);
  const { textFile } = limitsFor(packSize);
  const { kept, parsed } = budgets;
  const room = Math.min(textFile, kept - sizeOf(KEPT), PARSED.test(name) ? parsed - sizeOf(PARSED) : Infinity);
  const content = make(room - 1024, inflated(target));
  replace(target, content, deflateSync(content, { level: 9 }));
}

/** A JSON text of exactly `room` UTF-8 bytes: `json` with the string `"@@"` in it made long enough, ending in `last`. */
export function longString(json: string, room: number, last: string): Uint8Array {
  const fill = room - bytes(json).length + 2 - bytes(last).length;
  return bytes(json.replace('"@@"', () => JSON.stringify('A'.repeat(fill) + last)));
}

/** The name of the pack's first record.json. */
export function firstRecord(raw: RawZip): string {
  return raw.entries.map((entry) => text(entry.central.name)).find((name) => name.endsWith('/record.json'))!;
}

/** manifest.json with its first capture's post's HTML given. */
export function manifestWith(old: Uint8Array, html: string): string {
  const manifest = JSON.parse(text(old)) as { captures: { record: { post: { html: string } } }[] };
  manifest.captures[0]!.record.post.html = html;
  return JSON.stringify(manifest);
}
