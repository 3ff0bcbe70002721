import { derToP1363 } from '../../crypto/ecdsa-der';
import { importPublicKeyPem, keyFingerprint, verifyDer } from '../../crypto/signing';
import { because, createCheckList, m, type CheckList } from './check-list';
import { WEB_CRYPTO, type PackHasher, type PackInput } from './pack-input';
import { openPack, readText, type OpenedPack } from './pack-reader';
import { confirmSigner, type TrustedKey } from './signer';
import { PACK_FILES, type PackManifest, type PackVerdict } from '../types';
import { checkCaptures } from './captures';
import { ALWAYS, NOT_IN_SUMS, readManifest, SIGNING_FILES } from './manifest';
import { checkCustody } from './custody';
import { checkSiteFiles } from './site-files';
import { knownFormat } from '../custody-events';

export { formatVerdict } from './text';

/**
 * Verifies an evidence pack (docs/PACK-FORMAT.md, "Evidence pack"): the
 * signatures, every file against SHA256SUMS and manifest.json, the records,
 * the artifacts and the custody events. Pure (bytes in, a verdict out), so the
 * CLI and the extension's verify page share it. It never stops at the first
 * failure and never throws on a damaged pack: each problem is a failed check
 * that names its file. It rejects only when the pack itself could not be read
 * (a PackInput whose bytes did not arrive).
 */
export async function verifyPack(zip: Uint8Array | PackInput, options: VerifyOptions = {}): Promise<PackVerdict> {
  return confirmSigner(await checkPack(zip, options), options.trustedKeys);
}

export interface VerifyOptions {
  /** The fingerprints the reader obtained apart from the pack; without them the signer is not confirmed. */
  trustedKeys?: readonly TrustedKey[];
  /** How the pack's files are hashed: WebCrypto unless the caller has better (pack-input.ts). */
  hasher?: PackHasher;
  /**
   * Collects garbage now, where the platform lets a program ask (the CLI:
   * V8's gc()). V8 collects when its heap has grown well past what is live,
   * and a manifest.json of 30 MB leaves 60 MB of text behind once parsed, and
   * its bytes once its signature is checked: the verifier asks then, for a
   * large manifest only.
   */
  collectGarbage?: () => void;
}

/** A manifest.json larger than this leaves enough garbage behind to ask for it to be collected. */
const LARGE_MANIFEST = 4 * 1024 * 1024;

async function checkPack(
  zip: Uint8Array | PackInput,
  { hasher = WEB_CRYPTO, collectGarbage }: VerifyOptions,
): Promise<Omit<PackVerdict, 'signer'>> {
  const list = createCheckList();
  const pack = await openPack(zip, list, hasher);
  if (!pack) return { ok: false, format: null, keyFingerprint: null, captures: 0, checks: list.checks };
  const collect = (pack.files.get(PACK_FILES.manifest)?.size ?? 0) > LARGE_MANIFEST ? collectGarbage : undefined;
  const { manifest, format } = readManifest(pack, list);
  collect?.();
  const key = await step('public-key.pem', list, () => checkPublicKey(pack, manifest, list));
  await step('signatures', list, () => checkSignatures(pack, key?.key ?? null, list));
  collect?.();
  await step(PACK_FILES.sums, list, () => checkSums(pack, list));
  await step('files', list, () => checkInventory(pack, manifest, list));
  await step('captures', list, () => checkCaptures(pack, manifest, knownFormat(format), list, hasher));
  await step('site-files', list, () => checkSiteFiles(pack, manifest, knownFormat(format), list, hasher));
  const handOvers = await step(PACK_FILES.custody, list, () => checkCustody(pack, manifest, list));
  // The hand-overs lead to manifest.json's key; they are the pack's key history when that is public-key.pem's.
  const keyHistory = handOvers && key && key.fingerprint === manifest.exporter?.keyFingerprint ? handOvers : null;
  return {
    ok: list.checks.every((check) => check.ok),
    format,
    keyFingerprint: key?.fingerprint ?? null,
    captures: manifest.captures?.length ?? 0,
    checks: list.checks,
    ...(keyHistory ? { keyHistory } : {}),
  };
}

/** Runs one part of the verification; should a pack still make it throw, that part fails and the others run. */
async function step<T>(subject: string, list: CheckList, run: () => T | Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    list.fail('verifier', subject, because('verifier.unfinished', error));
    return null;
  }
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
    list.fail('public-key', PACK_FILES.publicKey, because('error', error));
    return null;
  }
  const fingerprint = await keyFingerprint(key);
  list.pass('public-key', PACK_FILES.publicKey, m('key.ok'));
  const expected = manifest.exporter?.keyFingerprint;
  if (expected === undefined) {
    list.fail('not-checked', PACK_FILES.publicKey, m('notChecked.fingerprint'));
  } else if (expected === fingerprint) {
    list.pass('key-fingerprint', PACK_FILES.publicKey, m('key.fingerprintOk', { fingerprint }));
  } else {
    list.fail('key-fingerprint', PACK_FILES.publicKey, m('key.fingerprintWrong'), {
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
        ? m('signature.noKey', { file: PACK_FILES.publicKey })
        : m('signature.missing', { file: !signature ? signaturePath : signedPath });
      list.fail('signature', signaturePath, why);
      continue;
    }
    try {
      derToP1363(signature);
    } catch (error) {
      list.fail('signature', signaturePath, because('error', error));
      continue;
    }
    if (await verifyDer(key, signature, signed)) {
      list.pass('signature', signaturePath, m('signature.ok', { file: signedPath, key: PACK_FILES.publicKey }));
    } else {
      list.fail('signature', signaturePath, m('signature.bad', { file: signedPath, key: PACK_FILES.publicKey }));
    }
  }
  // No check reads manifest.json's bytes after this one.
  pack.release(PACK_FILES.manifest);
}

function checkSums(pack: OpenedPack, list: CheckList): void {
  const text = readText(pack, PACK_FILES.sums, list, 'sha256sums');
  if (text === null) return;
  const failures = list.failures();
  const listed = new Map<string, string>();
  if (!text.endsWith('\n')) list.fail('sha256sums', PACK_FILES.sums, m('sums.noFinalBreak'));
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let previous = '';
  for (const [i, row] of lines.entries()) {
    const [, hash, path] = /^([0-9a-f]{64}) {2}(.+)$/.exec(row) ?? [];
    const line = String(i + 1); // a line's number, not a count: no digit grouping
    if (hash === undefined || path === undefined) {
      list.fail('sha256sums', PACK_FILES.sums, m('sums.badLine', { line }));
    } else if (listed.has(path)) {
      list.fail('sha256sums', PACK_FILES.sums, m('sums.twice', { line, path }));
    } else {
      // By UTF-16 code units, as canonical JSON sorts keys; for the ASCII paths of a pack that is `LC_ALL=C sort`.
      if (path < previous) list.fail('sha256sums', PACK_FILES.sums, m('sums.order', { line, path }));
      if (NOT_IN_SUMS.includes(path)) list.fail('sha256sums', PACK_FILES.sums, m('sums.leftOut', { line, path }));
      listed.set(path, hash);
      previous = path;
    }
  }
  if (list.failures() === failures) {
    list.pass('sha256sums', PACK_FILES.sums, m('sums.ok', { count: listed.size }));
  }
  for (const [path, hash] of listed) {
    const file = pack.files.get(path);
    if (file === undefined) list.fail('sha256sums', path, m('sums.notInPack', { sums: PACK_FILES.sums }));
    else if (file === null) continue;
    else if (file.sha256 !== hash) {
      list.fail('sha256sums', path, m('sums.mismatch', { sums: PACK_FILES.sums }), {
        expected: hash,
        actual: file.sha256,
      });
    } else list.pass('sha256sums', path, m('sums.match', { sums: PACK_FILES.sums }));
  }
  for (const path of pack.files.keys()) {
    if (!listed.has(path) && !NOT_IN_SUMS.includes(path)) {
      list.fail('sha256sums', path, m('sums.unlisted', { sums: PACK_FILES.sums }));
    }
  }
}

/** manifest.json's `files` and the four signing files are the whole pack: none missing, none extra. */
function checkInventory(pack: OpenedPack, manifest: Partial<PackManifest>, list: CheckList): void {
  for (const path of ALWAYS) pack.missing(path, list);
  if (!manifest.files) {
    list.fail('not-checked', PACK_FILES.manifest, m('notChecked.files'));
    return;
  }
  const listed = new Set(manifest.files.map((entry) => entry.path));
  for (const entry of manifest.files) {
    const file = pack.files.get(entry.path);
    if (file === undefined) pack.missing(entry.path, list);
    else if (file === null) continue;
    else if (file.size !== entry.size) {
      list.fail('file-hash', entry.path, m('files.size', { count: file.size, expected: entry.size }));
    } else if (file.sha256 !== entry.sha256) {
      list.fail('file-hash', entry.path, m('files.mismatch'), {
        expected: entry.sha256,
        actual: file.sha256,
      });
    } else list.pass('file-hash', entry.path, m('files.ok'));
  }
  for (const path of pack.files.keys()) {
    if (!listed.has(path) && !SIGNING_FILES.includes(path)) {
      list.fail('extra-file', path, m('files.extra'));
    }
  }
}
