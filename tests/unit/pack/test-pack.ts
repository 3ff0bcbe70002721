import JSZip from 'jszip';
import { canonicalBytes, canonicalJson } from '@/utils/canonical-json';
import type { CaptureRecord } from '@/utils/evidence/record';
import { chainEvent, type CustodyEvent, type NewCustodyEvent } from '@/utils/custody';
import { signRotation } from '@/utils/crypto/key-rotation';
import { createSigningKeys, keyFingerprint, publicKeyPem, signDer } from '@/utils/crypto/signing';
import { sha256Hex } from '@/utils/hash';
import { PACK_FILES, PACK_FORMAT, type ExportDetails, type PackFormat, type PackManifest } from '@/utils/pack/types';
import { PACK_FILE_ORDER } from '@/utils/pack/zip/order';
import { makeCapture } from '../../factories';

/**
 * A valid dokaz-pack/1, assembled here from docs/PACK-FORMAT.md alone (not by
 * utils/pack/build/index.ts), so that the verifier is tested against the spec.
 * The exporter's log holds events of another capture, which the pack leaves
 * out: its custody events have a gap, as real exports do. With earlier keys,
 * a dokaz-pack/2 whose log holds their hand-overs (`key-rotated` events).
 */
export type PackFiles = Map<string, Uint8Array<ArrayBuffer>>;

export interface TestPack {
  files: PackFiles;
  manifest: PackManifest;
  keys: CryptoKeyPair;
  records: CaptureRecord[];
  events: CustodyEvent[];
}

export interface TestPackOptions {
  captures?: number;
  /** Members every record has instead of the factory's (an older record's `schema`). */
  record?: Partial<CaptureRecord>;
  keys?: CryptoKeyPair;
  /** Changes the included custody events before they are written and signed (a faulty exporter). */
  editEvents?: (events: CustodyEvent[]) => CustodyEvent[] | Promise<CustodyEvent[]>;
  /** Changes the manifest before it is written and signed. */
  editManifest?: (manifest: PackManifest) => void;
  /** report.html's bytes, instead of a few. */
  report?: Uint8Array<ArrayBuffer>;
  /** The exporter's install id, the actor of its records and events: a random one by default. */
  installId?: string;
  /**
   * Earlier keys of the exporter, oldest first: each hands over to the next and the last to `keys`, by `key-rotated`
   * events signed with the real keys, written after the first capture's events (its capture and the other one).
   */
  earlierKeys?: CryptoKeyPair[];
  /** The format in manifest.json and the exported event: dokaz-pack/2 with earlier keys, dokaz-pack/1 without. */
  format?: PackFormat;
}

const encoder = new TextEncoder();
const NOT_IN_FILES: readonly string[] = [
  PACK_FILES.manifest,
  PACK_FILES.signature,
  PACK_FILES.sums,
  PACK_FILES.sumsSignature,
];
const NOT_IN_SUMS: readonly string[] = [PACK_FILES.sums, PACK_FILES.sumsSignature, PACK_FILES.signature];

export async function makeTestPack(options: TestPackOptions = {}): Promise<TestPack> {
  const keys = options.keys ?? (await createSigningKeys());
  const installId = options.installId ?? crypto.randomUUID();
  const files: PackFiles = new Map();
  const records: CaptureRecord[] = [];
  const log: CustodyEvent[] = [];
  // One event a second from noon; each capture began 0.8 s before its captured event, as a store writes them.
  const timeOf = (seq: number) => Date.UTC(2026, 10, 23, 12, 0, seq - 1);
  const append = async (event: Omit<NewCustodyEvent, 'at' | 'actor'>): Promise<CustodyEvent> => {
    const at = new Date(timeOf(log.length + 1)).toISOString();
    const chained = await chainEvent(log.at(-1), { at, actor: installId, ...event });
    log.push(chained);
    return chained;
  };

  for (let i = 0; i < (options.captures ?? 2); i++) {
    const started = timeOf(log.length + 1) - 800;
    const capturedAt = new Date(started).toISOString();
    const capturedAtLocal = new Date(started + 3_600_000).toISOString().replace('Z', '+01:00');
    const { record, data } = await makeCapture({ actor: installId, capturedAt, capturedAtLocal, ...options.record }, [
      `viewport ${i}`,
      `post ${i}`,
    ]);
    records.push(record);
    const recordSha256 = await sha256Hex(canonicalJson(record));
    await append({ type: 'captured', captureId: record.id, payloadSha256: recordSha256 });
    files.set(`captures/${record.id}/record.json`, canonicalBytes(record));
    for (const artifact of record.artifacts) {
      const blob = data.get(artifact.id) as Blob;
      files.set(`captures/${record.id}/${artifact.name}`, new Uint8Array(await blob.arrayBuffer()));
    }
    if (i === 0) {
      // A capture of another case, captured and deleted on the same computer: not in this pack.
      const other = crypto.randomUUID();
      await append({ type: 'captured', captureId: other, payloadSha256: await sha256Hex('other') });
      const details = { reason: 'test', recordSha256: await sha256Hex('other'), artifacts: [] };
      await append({
        type: 'deleted',
        captureId: other,
        payloadSha256: await sha256Hex(canonicalJson(details)),
        details,
      });
      const earlier = options.earlierKeys ?? [];
      for (const [k, old] of earlier.entries()) {
        const handOver = await signRotation(installId, old, (earlier[k + 1] ?? keys).publicKey);
        const rotated = { ...handOver };
        await append({
          type: 'key-rotated',
          captureId: null,
          payloadSha256: await sha256Hex(canonicalJson(rotated)),
          details: rotated,
        });
      }
    }
  }
  const selection = { all: true } as const;
  const format = options.format ?? (options.earlierKeys?.length ? 'dokaz-pack/2' : PACK_FORMAT);
  const details: ExportDetails = { format, captureIds: records.map((r) => r.id), selection };
  const exported = await append({
    type: 'exported',
    captureId: null,
    payloadSha256: await sha256Hex(canonicalJson(details)),
    details: { ...details },
  });
  const included = new Set(records.map((r) => r.id));
  const kept = log.filter((event) => event.captureId === null || included.has(event.captureId));
  const events = options.editEvents ? await options.editEvents(kept) : kept;
  files.set(PACK_FILES.custody, encoder.encode(events.map((event) => `${canonicalJson(event)}\n`).join('')));
  files.set(PACK_FILES.publicKey, encoder.encode(await publicKeyPem(keys.publicKey)));
  files.set(PACK_FILES.report, options.report ?? encoder.encode('<!doctype html><title>Dokaz</title><p>Report</p>'));
  files.set(PACK_FILES.verify, encoder.encode('openssl dgst -sha256 -verify public-key.pem …\n'));

  const manifest: PackManifest = {
    format,
    tool: { name: 'Dokaz', version: '0.1.0' },
    // The exporter takes the pack's time just before it writes the exported event.
    createdAt: exported.at,
    exporter: { installId, keyFingerprint: await keyFingerprint(keys.publicKey), keyAlgorithm: 'ECDSA P-256 SHA-256' },
    selection,
    language: 'mk',
    captures: await Promise.all(
      records.map(async (record) => ({
        id: record.id,
        recordSha256: await sha256Hex(canonicalJson(record)),
        record,
        files: Object.fromEntries(record.artifacts.map((a) => [a.id, `captures/${record.id}/${a.name}`])),
      })),
    ),
    custody: { path: PACK_FILES.custody, events: events.length, exportEventSeq: exported.seq, headHash: exported.hash },
    files: await fileEntries(files),
  };
  options.editManifest?.(manifest);
  // Not canonical on purpose: the signature covers the bytes, whatever their layout.
  files.set(PACK_FILES.manifest, encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`));
  await signPack(files, keys);
  return { files, manifest, keys, records, events };
}

async function fileEntries(files: PackFiles): Promise<PackManifest['files']> {
  const paths = [...files.keys()].filter((path) => !NOT_IN_FILES.includes(path)).sort();
  return Promise.all(
    paths.map(async (path) => {
      const bytes = files.get(path) as Uint8Array<ArrayBuffer>;
      return { path, size: bytes.length, sha256: await sha256Hex(bytes) };
    }),
  );
}

/** Writes SHA256SUMS and both signatures for the files as they are now (manifest.json included). */
export async function signPack(files: PackFiles, keys: CryptoKeyPair): Promise<void> {
  const paths = [...files.keys()].filter((path) => !NOT_IN_SUMS.includes(path)).sort();
  const lines = await Promise.all(
    paths.map(async (path) => `${await sha256Hex(files.get(path) as Uint8Array<ArrayBuffer>)}  ${path}\n`),
  );
  const sums = encoder.encode(lines.join(''));
  files.set(PACK_FILES.sums, sums);
  files.set(PACK_FILES.sumsSignature, await signDer(keys.privateKey, sums));
  files.set(
    PACK_FILES.signature,
    await signDer(keys.privateKey, files.get(PACK_FILES.manifest) as Uint8Array<ArrayBuffer>),
  );
}

/**
 * The ZIP as the spec writes it: text deflated, media and signatures stored,
 * in the form (or the legacy form) and the order of Dokaz's writer (utils/pack/zip/stream.ts), the
 * only ones the strict reader accepts: each capture's files together, its
 * record first, then any other file by path (a dokaz-pack/3's site files),
 * then the pack's own files in the writer's order (PACK_FILE_ORDER).
 */
export async function zipPack(files: PackFiles, { legacy = false } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const captures = [...new Set([...files.keys()].map((path) => /^captures\/([^/]+)\//.exec(path)?.[1]))];
  const rank = (path: string): [number, number, number] => {
    const capture = /^captures\/([^/]+)\/(.*)$/.exec(path);
    if (capture) return [0, captures.indexOf(capture[1]), capture[2] === 'record.json' ? 0 : 1];
    const last = PACK_FILE_ORDER.indexOf(path);
    return last >= 0 ? [2, last, 0] : [1, 0, 0];
  };
  // Between them, the files sites derive (dokaz-pack/3), by path.
  const order = (a: string, b: string) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (x[0] === 1 ? (a < b ? -1 : a > b ? 1 : 0) : 0);
  };
  for (const path of [...files.keys()].sort(order)) {
    const bytes = files.get(path)!;
    const deflate = /\.(json|jsonl|html|txt|pem|mhtml)$|^SHA256SUMS$/.test(path);
    zip.file(path, bytes, { compression: deflate ? 'DEFLATE' : 'STORE', date: new Date('2026-11-23T12:30:00Z') });
  }
  // Dokaz's writer writes no data descriptors; with `legacy`, the form of earlier packs, with them (flag bit 3).
  return zip.generateAsync({ type: 'uint8array', streamFiles: legacy, platform: 'UNIX' });
}

export function textOf(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}

export function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}
