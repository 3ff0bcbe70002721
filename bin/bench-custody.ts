/**
 * The custody benchmark (npm run bench:custody): verifyPack, and the verdict
 * worded for a person, on packs whose custody.jsonl is made to cost the
 * verifier work: tens of thousands of lines that are not JSON, not events, or
 * events that break every rule, and as many good events. The goal (issue 14):
 * any pack of at most 10 MB, however hostile, refused or passed within 5 s and
 * 300 MB. Each pack is verified in a process of its own, so that its peak
 * memory is its own; each is signed by its exporter's key, so the verifier
 * goes past the signatures into every custody rule.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { canonicalJson } from '../utils/canonical-json';
import { chainEvent, type CustodyEvent, type NewCustodyEvent } from '../utils/custody';
import { createSigningKeys, keyFingerprint, publicKeyPem, signDer } from '../utils/crypto/signing';
import { sha256Hex } from '../utils/hash';
import { buildPackBytes } from '../utils/pack/build';
import { PACK_FILES, PACK_FORMAT, type PackManifest } from '../utils/pack/types';
import { formatVerdict, verifyPack } from '../utils/pack/verify';
import { makeCapture } from '../tests/factories';

const LINES = Number(process.env.BENCH_CUSTODY_LINES ?? 40_000);
const INSTALL = '11111111-1111-4111-8111-111111111111';
const encoder = new TextEncoder();

/** The hostile custody logs, each a function of a genuine pack's first events. */
const VARIANTS = {
  /** Like the pack of 13 KB that took 17 s: every line "x". */
  'not-json': async () => 'x\n'.repeat(LINES),
  /** Every line an empty object: nine schema problems a line. */
  'empty-objects': async () => '{}\n'.repeat(LINES),
  /**
   * Well-formed, chained events that break the rules: one capture captured again and again, by someone
   * else, each a second before the one ahead, of an unknown type every third line.
   */
  'bad-events': async (start: CustodyEvent[], captureId: string) => {
    const events = [...start.slice(0, -1)];
    for (let i = 0; i < LINES; i++) {
      const at = new Date(Date.UTC(2026, 10, 23, 12) - i * 1000).toISOString();
      const type = i % 3 === 0 ? 'forged' : 'captured';
      const event = { type, at, actor: 'someone else', captureId, payloadSha256: '0'.repeat(64) };
      events.push(await chainEvent(events.at(-1), event as NewCustodyEvent));
    }
    return events;
  },
  /** A genuine history: the capture annotated again and again, then exported. */
  'good-events': async (start: CustodyEvent[], captureId: string) => {
    const events = [...start.slice(0, -1)];
    for (let i = 0; i < LINES; i++) {
      const details = {
        fields: ['note'],
        beforeSha256: await sha256Hex(`${i}`),
        afterSha256: await sha256Hex(`${i + 1}`),
      };
      const at = new Date(Date.UTC(2026, 10, 23, 13) + i * 1000).toISOString();
      const event = { type: 'annotated', at, actor: INSTALL, captureId, details };
      events.push(
        await chainEvent(events.at(-1), {
          ...event,
          payloadSha256: await sha256Hex(canonicalJson(details)),
        } as NewCustodyEvent),
      );
    }
    return events;
  },
} satisfies Record<string, (start: CustodyEvent[], captureId: string) => Promise<string | CustodyEvent[]>>;
type Variant = keyof typeof VARIANTS;

/** A genuine pack of one capture, made by the extension's own builder, and what it was made of. */
async function genuine(keys: CryptoKeyPair) {
  const capturedAt = '2026-11-23T11:59:59.000Z';
  const { record, data } = await makeCapture({ id: crypto.randomUUID(), actor: INSTALL, capturedAt }, ['post']);
  const recordSha256 = await sha256Hex(canonicalJson(record));
  const captured = await chainEvent(undefined, {
    type: 'captured',
    at: '2026-11-23T12:00:00.000Z',
    actor: INSTALL,
    captureId: record.id,
    payloadSha256: recordSha256,
  });
  const details = { format: PACK_FORMAT, selection: { all: true }, captureIds: [record.id] };
  const exported = await chainEvent(captured, {
    type: 'exported',
    at: '2026-11-23T12:30:00.000Z',
    actor: INSTALL,
    captureId: null,
    payloadSha256: await sha256Hex(canonicalJson(details)),
    details,
  });
  const zip = await buildPackBytes({
    captures: [{ ...record, recordSha256 }],
    readArtifact: async (id) => data.get(id) as Blob,
    custodyEvents: [captured, exported],
    exporter: {
      installId: INSTALL,
      keyFingerprint: await keyFingerprint(keys.publicKey),
      publicKeyPem: await publicKeyPem(keys.publicKey),
    },
    sign: (bytes) => signDer(keys.privateKey, bytes as Uint8Array<ArrayBuffer>),
    selection: { all: true },
    language: 'en',
    createdAt: '2026-11-23T12:30:00.000Z',
    toolVersion: '0.1.0',
    renderReport: () => '<!doctype html><title>Dokaz</title>',
    blurImages: true,
    renderVerifyText: () => 'openssl dgst -sha256 -verify public-key.pem …\n',
    zipName: 'pack.zip',
  });
  return { zip, events: [captured, exported], captureId: record.id };
}

/** The pack with another custody.jsonl (ending in an `exported` event when one is given), signed again by its key. */
async function resigned(packZip: Uint8Array, custody: string, keys: CryptoKeyPair, exported?: CustodyEvent) {
  const files = unzipSync(packZip);
  const manifest = JSON.parse(new TextDecoder().decode(files[PACK_FILES.manifest])) as PackManifest;
  files[PACK_FILES.custody] = encoder.encode(custody);
  manifest.custody.events = custody.split('\n').length - 1;
  if (exported) Object.assign(manifest.custody, { exportEventSeq: exported.seq, headHash: exported.hash });
  for (const entry of manifest.files) {
    const bytes = files[entry.path] as Uint8Array<ArrayBuffer>;
    Object.assign(entry, { size: bytes.length, sha256: await sha256Hex(bytes) });
  }
  files[PACK_FILES.manifest] = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const listed = Object.keys(files)
    .filter((path) => !path.endsWith('/'))
    .filter((path) => ![PACK_FILES.sums, PACK_FILES.sumsSignature, PACK_FILES.signature].includes(path as never))
    .sort();
  const sums = encoder.encode(
    (
      await Promise.all(
        listed.map(async (path) => `${await sha256Hex(files[path] as Uint8Array<ArrayBuffer>)}  ${path}\n`),
      )
    ).join(''),
  );
  files[PACK_FILES.sums] = sums;
  files[PACK_FILES.sumsSignature] = await signDer(keys.privateKey, sums);
  files[PACK_FILES.signature] = await signDer(keys.privateKey, files[PACK_FILES.manifest] as Uint8Array<ArrayBuffer>);
  // In the one form the strict reader takes, Dokaz's own (utils/pack/zip/stream.ts): JSZip, streamed, Unix.
  const zip = new JSZip();
  for (const [path, bytes] of Object.entries(files)) {
    if (path.endsWith('/')) continue; // a folder: JSZip makes it again for the files in it
    const deflate = /\.(json|jsonl|html|txt|pem|mhtml)$|^SHA256SUMS$/.test(path);
    zip.file(path, bytes, { compression: deflate ? 'DEFLATE' : 'STORE', date: new Date('2026-11-23T12:30:00Z') });
  }
  return zip.generateAsync({ type: 'uint8array', streamFiles: true, platform: 'UNIX' });
}

async function hostilePack(variant: Variant): Promise<Uint8Array> {
  const keys = await createSigningKeys();
  const { zip, events, captureId } = await genuine(keys);
  const made = await VARIANTS[variant](events, captureId);
  if (typeof made === 'string') return resigned(zip, made, keys);
  const last = made.at(-1) as CustodyEvent;
  const details = { format: PACK_FORMAT, selection: { all: true }, captureIds: [captureId] };
  const exported = await chainEvent(last, {
    type: 'exported',
    at: new Date(Date.parse(last.at) + 1000).toISOString(),
    actor: INSTALL,
    captureId: null,
    payloadSha256: await sha256Hex(canonicalJson(details)),
    details,
  });
  return resigned(zip, [...made, exported].map((e) => `${canonicalJson(e)}\n`).join(''), keys, exported);
}

/** In a process of its own, as the CLI does it: the pack read from its file, verified, the verdict worded. */
async function measure(variant: Variant, path: string) {
  const start = performance.now();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const file = await readFile(path);
  const zip = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const verdict = await verifyPack(zip);
  const verifySeconds = (performance.now() - start) / 1000;
  const lines = formatVerdict(verdict);
  const totalSeconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    variant,
    lines: LINES,
    packKB: +(zip.length / 1024).toFixed(1),
    ok: verdict.ok,
    checks: verdict.checks.length,
    failed: verdict.checks.filter((check) => !check.ok).length,
    firstFailures: verdict.checks
      .filter((check) => !check.ok)
      .slice(0, 3)
      .map((check) => `${check.id} ${check.subject}: ${check.message}`),
    verdictLines: lines.length,
    verifySeconds: +verifySeconds.toFixed(2),
    withVerdictSeconds: +totalSeconds.toFixed(2),
    peakRssMB: +(peak / 1e6).toFixed(0),
  };
}

async function main(): Promise<void> {
  const only = process.env.BENCH_CUSTODY_VARIANT as Variant | undefined;
  const path = process.env.BENCH_CUSTODY_PACK;
  const out = process.env.BENCH_CUSTODY_OUT; // only writes the pack there, to look at it or profile its verification
  if (only && out) {
    await writeFile(out, await hostilePack(only));
    return;
  }
  if (only && path) {
    process.stdout.write(JSON.stringify(await measure(only, path)));
    return;
  }
  const run = promisify(execFile);
  const dir = await mkdtemp(join(tmpdir(), 'dokaz-bench-custody-'));
  const results = [];
  try {
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      if (only && variant !== only) continue;
      const packPath = join(dir, `${variant}.zip`);
      await writeFile(packPath, await hostilePack(variant));
      const { stdout } = await run('npx', ['jiti', 'bin/bench-custody.ts'], {
        env: { ...process.env, BENCH_CUSTODY_VARIANT: variant, BENCH_CUSTODY_PACK: packPath },
        maxBuffer: 1 << 20,
      });
      const result = JSON.parse(stdout) as Awaited<ReturnType<typeof measure>>;
      results.push(result);
      console.log(JSON.stringify(result));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const summary = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    node: process.version,
    goal: 'every pack ≤ 10 MB refused or passed within 5 s and 300 MB',
    met: results.every((r) => r.packKB <= 10 * 1024 && r.withVerdictSeconds <= 5 && r.peakRssMB <= 300),
    results,
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/custody.json', JSON.stringify(summary, null, 2));
  console.log(`goal (${summary.goal}): ${summary.met ? 'met' : 'MISSED'}`);
}

await main();
