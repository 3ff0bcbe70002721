import { isPackPath } from '../../schema/formats';
import type { CheckMessage } from '../types';

/**
 * The names of a pack's entries, as unzip tools and file systems would take
 * them. Dokaz writes names of a small alphabet (UUIDs, "record.json",
 * "media-01.jpg", "SHA256SUMS"); any other name is refused, and so is any
 * pair of names that some common reader could map to one file: Windows and
 * macOS fold letter case, macOS and some unzip tools normalize Unicode,
 * Windows drops trailing dots and spaces and reads "\" as "/", 7-Zip and
 * Python rewrite ":" and drive letters. The fold below covers all of these,
 * even though the alphabet alone rules most of them out, so that a later,
 * wider alphabet cannot reopen them.
 */
const ALPHABET = /^[A-Za-z0-9._-]+$/;
/** Longer paths than Windows' 260 characters cannot be unpacked by its own tools. */
export const MAX_NAME_BYTES = 240;

export interface NamedEntry {
  name: string;
  folder: boolean;
}

/** Each entry's problems with its name, by the entry's index; entries with none are left out. */
export function nameProblems(entries: readonly NamedEntry[]): Map<number, CheckMessage[]> {
  const problems = new Map<number, CheckMessage[]>();
  const add = (i: number, problem: CheckMessage) => void problems.set(i, [...(problems.get(i) ?? []), problem]);
  const keys = entries.map(({ name }) => foldName(name));
  const first = new Map<string, number>();
  for (const [i, { name, folder }] of entries.entries()) {
    const path = folder ? name.slice(0, -1) : name;
    if (!isPackPath(path)) add(i, { key: 'zip.unsafePath' });
    else if (!isDokazName(path)) add(i, { key: 'zip.nameForm', params: { max: MAX_NAME_BYTES } });
    const key = keys[i]!;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    // The very same name is the pack's problem (zip.duplicateNames), not one of its entries'.
    else if (entries[earlier]!.name !== name)
      add(i, { key: 'zip.sameFile', params: { other: entries[earlier]!.name } });
  }
  // A file whose name is also a folder of another entry: sorted, the entries in a folder follow its name and "/".
  const sorted = keys.map((key, i) => [key, i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [i, { folder }] of entries.entries()) {
    if (folder) continue;
    const prefix = `${keys[i]}/`;
    const inside = sorted[lowerBound(sorted, prefix)];
    if (inside && inside[0].startsWith(prefix)) {
      add(i, { key: 'zip.fileIsFolder', params: { other: entries[inside[1]]!.name } });
    }
  }
  return problems;
}

function isDokazName(path: string): boolean {
  return (
    path.length <= MAX_NAME_BYTES &&
    path.split('/').every((segment) => ALPHABET.test(segment) && !segment.startsWith('.') && !segment.endsWith('.'))
  );
}

/**
 * The file a name comes to on the most forgiving reader: Unicode compatibility
 * form (NFKC, which also merges what NFC merges), characters file systems
 * ignore dropped, letter case folded both ways ("ß" and "SS", the Kelvin sign
 * and "k"), "\" as "/", trailing dots and spaces of every segment dropped, a
 * drive letter or anything up to a ":" dropped, no leading or trailing "/".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replaceAll('\\', '/')
    .replace(/^.*:/, '')
    .split('/')
    .map((segment) => segment.replace(/[. ]+$/, ''))
    .filter((segment) => segment !== '')
    .join('/');
}

function lowerBound(sorted: readonly (readonly [string, number])[], key: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]![0] < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
