import type { ArtifactMeta } from '../../evidence/record';
import { canonicalUtf8, isCanonicalOf } from './canonical-stream';
import { m, type CheckList } from './check-list';
import type { PackHasher } from './pack-input';
import { isUtf8, type OpenedPack } from './pack-reader';
import {
  PACK_FILES,
  PACK_FORMATS,
  SITE_FILES_SINCE,
  type CheckMessage,
  type PackFormat,
  type PackManifest,
} from '../types';
import { SHARED_FOLDER, sharedPath } from '../build/shared-files';

/**
 * Each capture of manifest.json against its files: record.json is the
 * canonical JSON of the manifest's record and hashes to recordSha256, each
 * artifact is where the record names it with the size and SHA-256 taken at
 * capture (in its capture's folder, or, in a dokaz-pack/3, once under shared/
 * when several captures list it), and nothing else lies in those folders.
 *
 * The manifest's record is held against record.json's bytes as it is written
 * out in canonical form, a piece at a time (canonical-stream.ts): when they
 * are the same, the record's hash is record.json's, which the pack reader
 * took already, and nothing is hashed again; only a record that differs from
 * its file is hashed apart. Neither the canonical text nor record.json's
 * text is ever made whole: a record of 50 MB of HTML cost 100 MB as text, as
 * much again as UTF-8 and WebCrypto's copy (issue 14).
 */
export async function checkCaptures(
  pack: OpenedPack,
  manifest: Partial<PackManifest>,
  format: PackFormat,
  list: CheckList,
  hasher: PackHasher,
): Promise<void> {
  if (!manifest.captures) {
    list.fail('not-checked', PACK_FILES.manifest, m('notChecked.captures'));
    return;
  }
  const listings: Listings = {
    seen: new Set<string>(),
    belonging: new Set<string>(),
    sharedBy: new Map<string, Set<string>>(),
    shares: PACK_FORMATS.indexOf(format) >= PACK_FORMATS.indexOf(SITE_FILES_SINCE),
  };
  const { belonging, sharedBy } = listings;
  for (let i = 0; i < manifest.captures.length; i += AHEAD) {
    const captures = manifest.captures.slice(i, i + AHEAD);
    const files = captures.map(({ id, record }) => readRecordFile(pack, recordPathOf(id), record, hasher, list));
    // The same bytes have the same hash: that of record.json, which the reader took.
    const hashes = await Promise.all(
      captures.map(({ record }, j) => {
        const file = files[j]!;
        return file.canonical ? file.sha256 : (file.canonicalSha256 ?? canonicalSha256(record, hasher));
      }),
    );
    for (const [j, capture] of captures.entries()) {
      checkCapture(pack, capture, hashes[j]!, files[j]!, listings, list);
    }
  }
  // A file manifest.json's `files` lists, in a capture's folder, that no capture has (unlisted ones are extra already);
  // a shared file no capture lists, or only one (whose file is in its own folder: the writer never shares it).
  const listed = new Set(manifest.files?.map((entry) => entry.path));
  for (const path of pack.files.keys()) {
    if (!listed.has(path)) continue;
    if (path.startsWith('captures/') && !belonging.has(path)) list.fail('extra-file', path, m('capture.strayFile'));
    if (!path.startsWith(SHARED_FOLDER)) continue;
    if (!listings.shares) list.fail('extra-file', path, m('siteFile.notInFormat', { format }));
    else if ((sharedBy.get(path)?.size ?? 0) < 2) list.fail('extra-file', path, m('capture.sharedOnce'));
  }
}

/** Records held against their files this many at once: hashed one by one, each would wait for WebCrypto's thread. */
const AHEAD = 64;

const recordPathOf = (id: string) => `captures/${id}/record.json`;

type Capture = PackManifest['captures'][number];

/** What the captures' checks gather: ids seen, the files in capture folders they own, who lists each shared file. */
interface Listings {
  seen: Set<string>;
  belonging: Set<string>;
  sharedBy: Map<string, Set<string>>;
  /** Whether the pack's format lays files out under shared/ (dokaz-pack/3). */
  shares: boolean;
}

function checkCapture(
  pack: OpenedPack,
  { id, recordSha256, record, files }: Capture,
  hash: string,
  file: RecordFile,
  { seen, belonging, sharedBy, shares }: Listings,
  list: CheckList,
): void {
  const subject = `captures/${id}`;
  let problems = 0;
  const problem = (message: CheckMessage, values?: { expected: string; actual: string }): void => {
    problems++;
    list.fail('capture', subject, message, values);
  };
  if (seen.has(id)) problem(m('capture.twice'));
  seen.add(id);
  if (record.id !== id) problem(m('capture.recordId', { id: record.id }));
  if (hash !== recordSha256) problem(m('capture.recordHash'), { expected: recordSha256, actual: hash });
  const artifactIds = new Set(record.artifacts.map((artifact) => artifact.id));
  for (const artifactId of Object.keys(files)) {
    if (!artifactIds.has(artifactId)) problem(m('capture.unknownArtifact', { artifact: artifactId }));
  }
  const paths = new Set<string>();
  for (const artifact of record.artifacts) {
    const own = `${subject}/${artifact.name}`;
    const given = files[artifact.id];
    // dokaz-pack/3: bytes several captures of runs list may lie once under shared/, by their SHA-256 (shared-files.ts).
    const path = shares && record.run && given === sharedPath(artifact) ? given : own;
    if (given === undefined) problem(m('capture.noArtifactPath', { name: artifact.name, expected: own }));
    else if (given !== path) problem(m('capture.artifactPath', { path: given, name: artifact.name, expected: own }));
    if (paths.has(own)) problem(m('capture.sameName', { name: artifact.name }));
    paths.add(own);
    if (path === own) belonging.add(path);
    else if (!sharedBy.get(path)?.add(id)) sharedBy.set(path, new Set([id]));
    checkArtifact(pack, path, artifact, list);
  }
  const recordPath = recordPathOf(id);
  belonging.add(recordPath);
  if (problems === 0) list.pass('capture', subject, m('capture.ok'));
  reportRecordFile(pack, recordPath, file, recordSha256, list);
}

/** What record.json is: absent, unreadable, not UTF-8, or whether it is its record's canonical JSON. */
type RecordFile =
  | { canonical: true; sha256: string }
  | {
      canonical: false;
      state: 'missing' | 'unread' | 'notUtf8' | 'other';
      /** The record's own hash, where it was taken in the same pass. */
      canonicalSha256?: string;
    };

/**
 * record.json held against the manifest's record, read again from the ZIP
 * and let go after. Where the hasher takes parts, the record's canonical form
 * is hashed in the same pass, for when the two differ. Nothing is reported yet.
 */
function readRecordFile(
  pack: OpenedPack,
  path: string,
  record: Capture['record'],
  hasher: PackHasher,
  list: CheckList,
): RecordFile {
  const file = pack.files.get(path);
  if (file === undefined) return { canonical: false, state: 'missing' };
  if (file === null) return { canonical: false, state: 'unread' };
  // A file the pack has and could read: its bytes are read again, and nothing is reported.
  const bytes = pack.bytes(path, list)!;
  pack.release(path);
  const incremental = hasher.incremental?.();
  if (isCanonicalOf(bytes, record, incremental && ((chunk) => incremental.update(chunk)))) {
    return { canonical: true, sha256: file.sha256 };
  }
  return { canonical: false, state: isUtf8(bytes) ? 'other' : 'notUtf8', canonicalSha256: incremental?.hex() };
}

/** The checks of record.json, in the order and words they always had. */
function reportRecordFile(
  pack: OpenedPack,
  path: string,
  file: RecordFile,
  recordSha256: string,
  list: CheckList,
): void {
  if (!file.canonical) {
    if (file.state === 'missing') pack.missing(path, list);
    if (file.state === 'missing' || file.state === 'unread') return;
    if (file.state === 'notUtf8') {
      list.fail('record', path, m('file.notUtf8'));
      return;
    }
    list.fail('record', path, m('record.notCanonical'));
  } else list.pass('record', path, m('record.ok'));
  const hash = pack.files.get(path)?.sha256 ?? '';
  if (hash === recordSha256) list.pass('record-hash', path, m('record.hashOk'));
  else list.fail('record-hash', path, m('record.hashWrong'), { expected: recordSha256, actual: hash });
}

/** The SHA-256 of a record's canonical JSON, made once as UTF-8: for a hasher that takes its input whole. */
function canonicalSha256(record: unknown, hasher: PackHasher): Promise<string> {
  return hasher.sha256(canonicalUtf8(record));
}

function checkArtifact(pack: OpenedPack, path: string, artifact: ArtifactMeta, list: CheckList): void {
  const file = pack.files.get(path);
  if (file === undefined) pack.missing(path, list);
  if (!file) return;
  if (file.size === artifact.size && file.sha256 === artifact.sha256) {
    list.pass('artifact', path, m('artifact.ok'));
  } else {
    list.fail('artifact', path, m('artifact.wrong'), {
      expected: `${artifact.size} bytes, ${artifact.sha256}`,
      actual: `${file.size} bytes, ${file.sha256}`,
    });
  }
}
