import { PACK_FILES } from '../types';

/**
 * The order Dokaz's writer puts a pack's entries in (build/index.ts, the same since
 * the first pack): "captures/"; each capture's folder, its record.json and its
 * artifacts, one capture after another; then (dokaz-pack/3) the files several
 * captures share ("shared/", by path) and the files sites derive from the
 * captures, each after its folders, by path; then the files below, in this
 * order.
 * A reader that streams the ZIP writes entries to disk in the ZIP's order, a
 * later one over an earlier one of the same name: with every file of the
 * pack's own after all the captures, none can be overwritten by a file that
 * a capture's media hide from the strict reader but not from that reader
 * (false-descriptor.ts). Any other order is refused. Names of no place in
 * it (outside Dokaz's alphabet, a file directly in captures/, …) are left to
 * the checks that refuse them.
 */
export const PACK_FILE_ORDER: readonly string[] = [
  PACK_FILES.custody,
  PACK_FILES.publicKey,
  PACK_FILES.report,
  PACK_FILES.verify,
  PACK_FILES.manifest,
  PACK_FILES.sums,
  PACK_FILES.signature,
  PACK_FILES.sumsSignature,
];
const CAPTURE_ENTRY = /^captures\/([A-Za-z0-9._-]+)\/([^/]*)$/;
/** The folder of files several captures share, or one of them (dokaz-pack/3). */
const SHARED_ENTRY = /^shared\/(?:[^/]+)?$/;
/** A site's folder ("telegram/"), a chat's in it, or a file there: what a site derives for the pack. */
const SITE_ENTRY = /^(?!captures\/|shared\/)[a-z]+\/(?:[A-Za-z0-9._-]+\/(?:[^/]+)?)?$/;

interface Place {
  /**
   * 0 "captures/", 1 a capture's entry, 2 a shared file's, 3 a site's entry, then 4, 5, … the files of
   * PACK_FILE_ORDER.
   */
  stage: number;
  name: string;
  capture?: string;
  /** In a capture: 0 its folder, 1 its record.json, 2 an artifact. */
  part?: number;
}

function placeOf(name: string): Place | undefined {
  if (name === 'captures/') return { stage: 0, name };
  const match = CAPTURE_ENTRY.exec(name);
  if (match) {
    return { stage: 1, name, capture: match[1], part: match[2] === '' ? 0 : match[2] === 'record.json' ? 1 : 2 };
  }
  if (SHARED_ENTRY.test(name)) return { stage: 2, name };
  if (SITE_ENTRY.test(name)) return { stage: 3, name };
  const last = PACK_FILE_ORDER.indexOf(name);
  return last >= 0 ? { stage: 4 + last, name } : undefined;
}

/** Whether an entry at `place` may not follow one at `latest`, once the captures in `done` are behind. */
function tooLate(place: Place, latest: Place, done: ReadonlySet<string>): boolean {
  if (place.stage !== latest.stage) return place.stage < latest.stage;
  // The same file twice is zip.duplicateNames, not a matter of order.
  // Shared files and a site's entries come by path: a folder is a prefix of its entries' names, which sort after it.
  if (place.stage === 2 || place.stage === 3) return place.name < latest.name;
  if (place.stage !== 1) return false;
  return place.capture === latest.capture ? place.part! < latest.part! : done.has(place.capture!);
}

/**
 * The first entry out of the writer's order (its index) and the name of the
 * entry it comes after; undefined if there is none. Only the first is named:
 * one entry moved puts every entry after it out of place, and naming each
 * would hide which.
 */
export function outOfOrder(names: readonly string[]): { index: number; after: string } | undefined {
  const done = new Set<string>();
  let latest: Place | undefined;
  for (const [index, name] of names.entries()) {
    const place = placeOf(name);
    if (!place) continue;
    if (latest && tooLate(place, latest, done)) return { index, after: latest.name };
    if (latest?.capture !== undefined && place.capture !== latest.capture) done.add(latest.capture);
    latest = place;
  }
  return undefined;
}
