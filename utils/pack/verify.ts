import { derToP1363 } from '../crypto/ecdsa-der';
import { importPublicKeyPem, keyFingerprint, verifyDer } from '../crypto/signing';
import { createCheckList, messageOf, type CheckList } from './check-list';
import { MANIFEST_MEMBERS } from './manifest-schema';
import { openPack, readText, type OpenedPack } from './pack-reader';
import { schemaProblems } from './schema';
import { PACK_FILES, type PackManifest, type PackVerdict } from './types';
import { checkCaptures } from './verify-captures';
import { checkCustody } from './verify-custody';

export { formatVerdict } from './verify-text';

/**
 * Verifies an evidence pack (docs/PACK-FORMAT.md, "Evidence pack"): the
 * signatures, every file against SHA256SUMS and manifest.json, the records,
 * the artifacts and the custody events. Pure (bytes in, a verdict out), so the
 * CLI and the extension's verify page share it. It never stops at the first
 * failure and never throws on a damaged pack: each problem is a failed check
 * that names its file.
 */
export async function verifyPack(zip: Uint8Array): Promise<PackVerdict> {
  const list = createCheckList();
  const pack = await openPack(zip, list);
  if (!pack) return { ok: false, format: null, keyFingerprint: null, captures: 0, checks: list.checks };
  const { manifest, format } = readManifest(pack, list);
  const key = await step('public-key.pem', list, () => checkPublicKey(pack, manifest, list));
  await step('signatures', list, () => checkSignatures(pack, key?.key ?? null, list));
  await step(PACK_FILES.sums, list, () => checkSums(pack, list));
  await step('files', list, () => checkInventory(pack, manifest, list));
  await step('captures', list, () => checkCaptures(pack, manifest, list));
  await step(PACK_FILES.custody, list, () => checkCustody(pack, manifest, list));
  return {
    ok: list.checks.every((check) => check.ok),
    format,
    keyFingerprint: key?.fingerprint ?? null,
    captures: manifest.captures?.length ?? 0,
    checks: list.checks,
  };
}

/** Runs one part of the verification; should a pack still make it throw, that part fails and the others run. */
async function step<T>(subject: string, list: CheckList, run: () => T | Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    list.fail('verifier', subject, `could not be checked to the end: ${messageOf(error)}`);
    return null;
  }
}

/** The four files that manifest.json's `files` leaves out. */
const SIGNING_FILES: readonly string[] = [
  PACK_FILES.manifest,
  PACK_FILES.signature,
  PACK_FILES.sums,
  PACK_FILES.sumsSignature,
];
/** The three files that SHA256SUMS leaves out. */
const NOT_IN_SUMS: readonly string[] = [PACK_FILES.sums, PACK_FILES.sumsSignature, PACK_FILES.signature];
const ALWAYS = [...SIGNING_FILES, PACK_FILES.publicKey, PACK_FILES.custody, PACK_FILES.report, PACK_FILES.verify];

/** The members of manifest.json that have their schema; the checks that need another one are reported as not run. */
function readManifest(pack: OpenedPack, list: CheckList): { manifest: Partial<PackManifest>; format: string | null } {
  const text = readText(pack, PACK_FILES.manifest, list, 'manifest-json');
  if (text === null) return { manifest: {}, format: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    list.fail('manifest-json', PACK_FILES.manifest, `is not JSON: ${messageOf(error)}`);
    return { manifest: {}, format: null };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    list.fail('manifest-json', PACK_FILES.manifest, 'is not a JSON object');
    return { manifest: {}, format: null };
  }
  list.pass('manifest-json', PACK_FILES.manifest, 'is UTF-8 JSON');
  const members = parsed as Record<string, unknown>;
  const usable: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(MANIFEST_MEMBERS)) {
    const before = problems.length;
    if (Object.hasOwn(members, key)) schemaProblems(members[key], schema, `$.${key}`, problems);
    else problems.push(`$ has no ${key}`);
    if (problems.length === before) usable[key] = members[key];
  }
  for (const key of Object.keys(members)) {
    if (!Object.hasOwn(MANIFEST_MEMBERS, key)) problems.push(`$.${key} is not a member of dokaz-pack/1`);
  }
  const seen = new Set<string>();
  for (const { path } of (usable.files as PackManifest['files'] | undefined) ?? []) {
    if (SIGNING_FILES.includes(path)) problems.push(`$.files lists ${path}, which it leaves out by design`);
    if (seen.has(path)) problems.push(`$.files lists ${path} twice`);
    seen.add(path);
  }
  const shown = problems.slice(0, 50);
  for (const problem of shown) list.fail('manifest-schema', PACK_FILES.manifest, problem);
  if (problems.length > shown.length) {
    list.fail('manifest-schema', PACK_FILES.manifest, `and ${problems.length - shown.length} more problems`);
  }
  if (problems.length === 0) list.pass('manifest-schema', PACK_FILES.manifest, 'has every member, each of its type');
  return { manifest: usable, format: typeof members.format === 'string' ? members.format : null };
}

async function checkPublicKey(
  pack: OpenedPack,
  manifest: Partial<PackManifest>,
  list: CheckList,
): Promise<{ key: CryptoKey; fingerprint: string } | null> {
  const pem = readText(pack, PACK_FILES.publicKey, list, 'public-key');
  if (pem === null) return null;
  let key: CryptoKey;
  try {
    key = await importPublicKeyPem(pem);
  } catch (error) {
    list.fail('public-key', PACK_FILES.publicKey, messageOf(error));
    return null;
  }
  const fingerprint = await keyFingerprint(key);
  list.pass('public-key', PACK_FILES.publicKey, 'is an ECDSA P-256 public key');
  const expected = manifest.exporter?.keyFingerprint;
  if (expected === undefined) {
    list.fail('not-checked', PACK_FILES.publicKey, "its fingerprint: manifest.json's exporter is not valid");
  } else if (expected === fingerprint) {
    list.pass('key-fingerprint', PACK_FILES.publicKey, `has the fingerprint manifest.json gives, ${fingerprint}`);
  } else {
    list.fail('key-fingerprint', PACK_FILES.publicKey, "is not the key manifest.json's exporter.keyFingerprint names", {
      expected,
      actual: fingerprint,
    });
  }
  return { key, fingerprint };
}

async function checkSignatures(pack: OpenedPack, key: CryptoKey | null, list: CheckList): Promise<void> {
  const pairs = [
    [PACK_FILES.signature, PACK_FILES.manifest],
    [PACK_FILES.sumsSignature, PACK_FILES.sums],
  ] as const;
  for (const [signaturePath, signedPath] of pairs) {
    const signature = pack.bytes(signaturePath, list);
    const signed = pack.bytes(signedPath, list);
    if (!signature || !signed || !key) {
      const why = !key
        ? `${PACK_FILES.publicKey} is not usable`
        : `${!signature ? signaturePath : signedPath} is missing`;
      list.fail('signature', signaturePath, `cannot be checked: ${why}`);
      continue;
    }
    try {
      derToP1363(signature);
    } catch (error) {
      list.fail('signature', signaturePath, messageOf(error));
      continue;
    }
    if (await verifyDer(key, signature, signed)) {
      list.pass('signature', signaturePath, `verifies ${signedPath} with ${PACK_FILES.publicKey}`);
    } else {
      list.fail(
        'signature',
        signaturePath,
        `does not verify ${signedPath} with ${PACK_FILES.publicKey}: one of them was changed after signing, or another key signed`,
      );
    }
  }
}

function checkSums(pack: OpenedPack, list: CheckList): void {
  const text = readText(pack, PACK_FILES.sums, list, 'sha256sums');
  if (text === null) return;
  const failures = list.failures();
  const listed = new Map<string, string>();
  if (!text.endsWith('\n')) list.fail('sha256sums', PACK_FILES.sums, 'does not end with a line break');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let previous = '';
  for (const [i, line] of lines.entries()) {
    const [, hash, path] = /^([0-9a-f]{64}) {2}(.+)$/.exec(line) ?? [];
    const where = `line ${i + 1}`;
    if (hash === undefined || path === undefined) {
      list.fail('sha256sums', PACK_FILES.sums, `${where} is not "<64 lowercase hex digits>  <path>"`);
    } else if (listed.has(path)) {
      list.fail('sha256sums', PACK_FILES.sums, `${where} lists ${path} a second time`);
    } else {
      // By UTF-16 code units, as canonical JSON sorts keys; for the ASCII paths of a pack that is `LC_ALL=C sort`.
      if (path < previous)
        list.fail('sha256sums', PACK_FILES.sums, `${where}: ${path} is out of order (sorted by path)`);
      if (NOT_IN_SUMS.includes(path))
        list.fail('sha256sums', PACK_FILES.sums, `${where} lists ${path}, which it leaves out`);
      listed.set(path, hash);
      previous = path;
    }
  }
  if (list.failures() === failures) {
    list.pass('sha256sums', PACK_FILES.sums, `is well-formed: ${listed.size} lines, sorted by path`);
  }
  for (const [path, hash] of listed) {
    const file = pack.files.get(path);
    if (file === undefined) list.fail('sha256sums', path, `is listed in ${PACK_FILES.sums} but is not in the pack`);
    else if (file === null) continue;
    else if (file.sha256 !== hash) {
      list.fail('sha256sums', path, `does not match its SHA-256 in ${PACK_FILES.sums}`, {
        expected: hash,
        actual: file.sha256,
      });
    } else list.pass('sha256sums', path, `matches ${PACK_FILES.sums}`);
  }
  for (const path of pack.files.keys()) {
    if (!listed.has(path) && !NOT_IN_SUMS.includes(path)) {
      list.fail('sha256sums', path, `is in the pack but not listed in ${PACK_FILES.sums}`);
    }
  }
}

/** manifest.json's `files` and the four signing files are the whole pack: none missing, none extra. */
function checkInventory(pack: OpenedPack, manifest: Partial<PackManifest>, list: CheckList): void {
  for (const path of ALWAYS) pack.missing(path, list);
  if (!manifest.files) {
    list.fail('not-checked', PACK_FILES.manifest, "missing and extra files: manifest.json's files are not valid");
    return;
  }
  const listed = new Set(manifest.files.map((entry) => entry.path));
  for (const entry of manifest.files) {
    const file = pack.files.get(entry.path);
    if (file === undefined) pack.missing(entry.path, list);
    else if (file === null) continue;
    else if (file.size !== entry.size) {
      list.fail('file-hash', entry.path, `is ${file.size} bytes; manifest.json says ${entry.size}`);
    } else if (file.sha256 !== entry.sha256) {
      list.fail('file-hash', entry.path, 'does not match its SHA-256 in manifest.json', {
        expected: entry.sha256,
        actual: file.sha256,
      });
    } else list.pass('file-hash', entry.path, 'has the size and SHA-256 manifest.json gives');
  }
  for (const path of pack.files.keys()) {
    if (!listed.has(path) && !SIGNING_FILES.includes(path)) {
      list.fail('extra-file', path, "is in the pack but not in manifest.json's files");
    }
  }
}
