import type { ArtifactMeta } from '../capture/record';
import { canonicalJson } from '../canonical-json';
import { sha256Hex } from '../hash';
import { m, type CheckList } from './check-list';
import { readText, type OpenedPack } from './pack-reader';
import { PACK_FILES, type CheckMessage, type PackManifest } from './types';

/** Records hashed this many at once, ahead of their checks: one by one, each would wait for WebCrypto's thread. */
const AHEAD = 64;

/**
 * Each capture of manifest.json against its files: record.json is the
 * canonical JSON of the manifest's record and hashes to recordSha256, each
 * artifact is where the record names it with the size and SHA-256 taken at
 * capture, and nothing else lies in the captures/ folder.
 */
export async function checkCaptures(pack: OpenedPack, manifest: Partial<PackManifest>, list: CheckList): Promise<void> {
  if (!manifest.captures) {
    list.fail('not-checked', PACK_FILES.manifest, m('notChecked.captures'));
    return;
  }
  const seen = new Set<string>();
  const belonging = new Set<string>();
  let hashed: PromiseSettledResult<{ canonical: string; hash: string }>[] = [];
  for (const [i, { id, recordSha256, record, files }] of manifest.captures.entries()) {
    if (i % AHEAD === 0) hashed = await hashRecords(manifest.captures.slice(i, i + AHEAD));
    const subject = `captures/${id}`;
    let problems = 0;
    const problem = (message: CheckMessage, values?: { expected: string; actual: string }): void => {
      problems++;
      list.fail('capture', subject, message, values);
    };
    if (seen.has(id)) problem(m('capture.twice'));
    seen.add(id);
    if (record.id !== id) problem(m('capture.recordId', { id: record.id }));
    const outcome = hashed[i % AHEAD]!;
    if (outcome.status === 'rejected') throw outcome.reason;
    const { canonical, hash } = outcome.value;
    if (hash !== recordSha256) {
      problem(m('capture.recordHash'), {
        expected: recordSha256,
        actual: hash,
      });
    }
    const artifactIds = new Set(record.artifacts.map((artifact) => artifact.id));
    for (const artifactId of Object.keys(files)) {
      if (!artifactIds.has(artifactId)) problem(m('capture.unknownArtifact', { artifact: artifactId }));
    }
    const paths = new Set<string>();
    for (const artifact of record.artifacts) {
      const path = `${subject}/${artifact.name}`;
      const given = files[artifact.id];
      if (given === undefined) problem(m('capture.noArtifactPath', { name: artifact.name, expected: path }));
      else if (given !== path) problem(m('capture.artifactPath', { path: given, name: artifact.name, expected: path }));
      if (paths.has(path)) problem(m('capture.sameName', { name: artifact.name }));
      paths.add(path);
      belonging.add(path);
      checkArtifact(pack, path, artifact, list);
    }
    belonging.add(`${subject}/record.json`);
    if (problems === 0) list.pass('capture', subject, m('capture.ok'));
    checkRecordFile(pack, `${subject}/record.json`, canonical, recordSha256, list);
  }
  // A file manifest.json's `files` lists, in a capture's folder, that no capture has (unlisted ones are extra already).
  const listed = new Set(manifest.files?.map((entry) => entry.path));
  for (const path of pack.files.keys()) {
    if (path.startsWith('captures/') && !belonging.has(path) && listed.has(path)) {
      list.fail('extra-file', path, m('capture.strayFile'));
    }
  }
}

/** Each record's canonical JSON and SHA-256, in order; a record that cannot be serialized is its failure. */
function hashRecords(
  captures: PackManifest['captures'],
): Promise<PromiseSettledResult<{ canonical: string; hash: string }>[]> {
  return Promise.allSettled(
    captures.map(async ({ record }) => {
      const canonical = canonicalJson(record);
      return { canonical, hash: await sha256Hex(canonical) };
    }),
  );
}

function checkRecordFile(
  pack: OpenedPack,
  path: string,
  canonical: string,
  recordSha256: string,
  list: CheckList,
): void {
  const text = readText(pack, path, list, 'record');
  if (text === null) return;
  if (text === canonical) list.pass('record', path, m('record.ok'));
  else list.fail('record', path, m('record.notCanonical'));
  const hash = pack.files.get(path)?.sha256 ?? '';
  if (hash === recordSha256) list.pass('record-hash', path, m('record.hashOk'));
  else list.fail('record-hash', path, m('record.hashWrong'), { expected: recordSha256, actual: hash });
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
