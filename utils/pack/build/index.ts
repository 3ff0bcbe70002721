import { text as words } from '../../i18n/translate';
import { bytesToBase64 } from '../../base64';
import { canonicalJson } from '../../canonical-json';
import type { ArtifactMeta, StoredCaptureView } from '../../evidence/record';
import type { CustodyEvent } from '../../custody';
import { IntegrityError } from '../../errors';
import { sha256Hex } from '../../hash';
import { siteFiles } from '../../sites';
import { packPaths, SHARED_FOLDER } from './shared-files';
import { packFormatFor } from '../custody-events';
import { writeZip, type ZipEntry } from '../zip/stream';
import { PACK_FILES, type PackCapture, type PackFileEntry, type PackManifest, type PackSelection } from '../types';

/**
 * Builds the evidence pack (docs/PACK-FORMAT.md). Pure: it takes the records,
 * a reader of artifact bytes, the custody events and a signer, and returns the
 * ZIP's bytes; the extension and the benchmark share it. Every artifact is
 * hashed again on its way in and must match the hash taken at capture: a pack
 * is never made of evidence that changed. After the captures come the files
 * their sites derive from them (each Telegram chat's `result.json`). Its
 * format is the oldest that has all it holds (`packFormatFor`): `dokaz-pack/3`
 * with a site's file, `dokaz-pack/2` when its events hold a `key-rotated`
 * event, `dokaz-pack/1` otherwise, byte for byte as before.
 */
export interface PackSource {
  captures: StoredCaptureView[];
  readArtifact(artifactId: string): Promise<Blob | Uint8Array>;
  /**
   * The included captures' events, every `key-rotated` event of the log, in `seq` order, and, last, the `exported`
   * event of this export, whose `details.format` is `packFormatFor` of them all and of the captures' site files
   * (`formatOfPack`).
   */
  custodyEvents: CustodyEvent[];
  exporter: { installId: string; keyFingerprint: string; publicKeyPem: string };
  /** DER ECDSA P-256 / SHA-256 signature of the bytes. Throws when it cannot sign: there is no unsigned pack. */
  sign(bytes: Uint8Array): Promise<Uint8Array>;
  selection: PackSelection;
  language: string;
  createdAt: string;
  toolVersion: string;
  renderReport(input: {
    manifest: Omit<PackManifest, 'files'>;
    custodyEvents: CustodyEvent[];
    images: Map<string, { mime: string; base64: string }>;
    blurImages: boolean;
    zipName?: string;
  }): string;
  /** Show the post screenshots blurred in report.html (the originals are in the pack unblurred). */
  blurImages: boolean;
  /** VERIFY.txt; `custodyEvents` are the pack's, for the commands that check its key hand-overs. */
  renderVerifyText(
    manifest: Pick<PackManifest, 'exporter' | 'createdAt' | 'format' | 'language'>,
    zipName: string,
    custodyEvents: readonly CustodyEvent[],
  ): string;
  zipName: string;
  onProgress?(done: number, total: number): void;
}

export class PackSigningError extends IntegrityError {
  override name = 'PackSigningError';
}

const STORED_TYPES = /^(image\/(?!svg)|video\/|audio\/|application\/(zip|gzip|x-7z|pdf))/;
const encoder = new TextEncoder();

/** Streams the pack's ZIP to `sink`, one entry at a time; rejects, and the pack is void, if anything fails. */
export async function buildPack(source: PackSource, sink: (chunk: Uint8Array) => void | Promise<void>): Promise<void> {
  const date = new Date(source.createdAt);
  const files: PackFileEntry[] = [];
  const hashed = async (path: string, data: Uint8Array<ArrayBuffer>) => {
    files.push({ path, size: data.byteLength, sha256: await sha256Hex(data) });
    return data;
  };
  const entries: ZipEntry[] = [];
  const packCaptures: PackCapture[] = [];
  const images = new Map<string, { mime: string; base64: string }>();

  const pathsOf = packPaths(source.captures);
  /** Each shared file, once: the capture and artifact it is read by, and the captures whose report shows it. */
  const shared = new Map<string, { view: StoredCaptureView; artifact: ArtifactMeta; shownBy: string[] }>();
  const artifactEntry = (path: string, view: StoredCaptureView, artifact: ArtifactMeta, shownBy: () => string[]) => ({
    path,
    compress: !STORED_TYPES.test(artifact.mime),
    content: async () => {
      const stored = await source.readArtifact(artifact.id);
      // A plain Uint8Array view, even of a Node Buffer: JSZip copies a Buffer byte by byte (its "nodebuffer" path).
      const bytes = (
        stored instanceof Uint8Array
          ? new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength)
          : new Uint8Array(await stored.arrayBuffer())
      ) as Uint8Array<ArrayBuffer>;
      await hashed(path, bytes);
      const entry = files.at(-1)!;
      if (entry.sha256 !== artifact.sha256 || entry.size !== artifact.size) {
        throw new IntegrityError(words('error.artifactChanged', { name: artifact.name, id: view.id }));
      }
      for (const id of shownBy()) images.set(id, { mime: artifact.mime, base64: bytesToBase64(bytes) });
      return bytes;
    },
  });

  for (const view of source.captures) {
    const { recordSha256, ...record } = view;
    const dir = `captures/${view.id}`;
    const paths = pathsOf.get(view.id)!;
    entries.push({
      path: `${dir}/record.json`,
      compress: true,
      content: async () => {
        const bytes = encoder.encode(canonicalJson(record));
        if ((await sha256Hex(bytes)) !== recordSha256) {
          throw new IntegrityError(words('error.recordChanged', { id: view.id }));
        }
        return hashed(`${dir}/record.json`, bytes);
      },
    });
    for (const artifact of view.artifacts) {
      const path = paths[artifact.id]!;
      const shows = artifact.kind === 'post-screenshot' ? [view.id] : [];
      if (path.startsWith(SHARED_FOLDER)) {
        const first = shared.get(path) ?? { view, artifact, shownBy: [] };
        first.shownBy.push(...shows);
        shared.set(path, first);
      } else entries.push(artifactEntry(path, view, artifact, () => shows));
    }
    packCaptures.push({ id: view.id, recordSha256, record, files: paths });
  }
  // After every capture, by path: the files several of them list, each once.
  for (const [path, { view, artifact, shownBy }] of [...shared].sort(([a], [b]) => compare(a, b))) {
    entries.push(artifactEntry(path, view, artifact, () => shownBy));
  }

  const derived = siteFiles(packCaptures);
  for (const file of derived) {
    entries.push({ path: file.path, compress: true, content: () => hashed(file.path, encoder.encode(file.text)) });
  }

  const exportEvent = source.custodyEvents.at(-1);
  if (exportEvent?.type !== 'exported') throw new IntegrityError(words('error.exportNoEvent'));
  const format = packFormatFor(source.custodyEvents, derived.length > 0 || shared.size > 0);
  // The exporter wrote the format into its event before it read the log; a log that needs another changed since.
  if (exportEvent.details?.format !== format) throw new IntegrityError(words('error.keyChanged'));
  // The log's last hand-over names the key that signs from then on: a pack signed by another would fail its check.
  const handOver = source.custodyEvents.findLast((event) => event.type === 'key-rotated');
  if (handOver && handOver.details?.to !== source.exporter.keyFingerprint) {
    throw new IntegrityError(words('error.keyChanged'));
  }
  const header: Omit<PackManifest, 'files'> = {
    format,
    tool: { name: 'Dokaz', version: source.toolVersion },
    createdAt: source.createdAt,
    exporter: {
      installId: source.exporter.installId,
      keyFingerprint: source.exporter.keyFingerprint,
      keyAlgorithm: 'ECDSA P-256 SHA-256',
    },
    selection: source.selection,
    language: source.language,
    captures: packCaptures,
    custody: {
      path: PACK_FILES.custody,
      events: source.custodyEvents.length,
      exportEventSeq: exportEvent.seq,
      headHash: exportEvent.hash,
    },
  };
  const text = (path: string, make: () => string): ZipEntry => ({
    path,
    compress: true,
    content: () => hashed(path, encoder.encode(make())),
  });
  entries.push(
    text(PACK_FILES.custody, () => source.custodyEvents.map((e) => canonicalJson(e) + '\n').join('')),
    text(PACK_FILES.publicKey, () => source.exporter.publicKeyPem),
    text(PACK_FILES.report, () =>
      source.renderReport({
        manifest: header,
        custodyEvents: source.custodyEvents,
        images,
        blurImages: source.blurImages,
        zipName: source.zipName,
      }),
    ),
    text(PACK_FILES.verify, () => source.renderVerifyText(header, source.zipName, source.custodyEvents)),
  );

  // The last four depend on every hash above; their turn comes after every other entry was made.
  let manifestBytes: Uint8Array<ArrayBuffer> | undefined;
  let sums: Uint8Array<ArrayBuffer> | undefined;
  entries.push(
    {
      path: PACK_FILES.manifest,
      compress: true,
      content: async () => {
        const manifest: PackManifest = { ...header, files: [...files].sort((a, b) => compare(a.path, b.path)) };
        manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2) + '\n');
        return manifestBytes;
      },
    },
    {
      path: PACK_FILES.sums,
      compress: true,
      content: async () => {
        const listed = [...files, { path: PACK_FILES.manifest, size: 0, sha256: await sha256Hex(manifestBytes!) }];
        sums = encoder.encode(
          listed
            .sort((a, b) => compare(a.path, b.path))
            .map((f) => `${f.sha256}  ${f.path}\n`)
            .join(''),
        );
        return sums;
      },
    },
    { path: PACK_FILES.signature, compress: false, content: () => signOrThrow(source, manifestBytes!) },
    { path: PACK_FILES.sumsSignature, compress: false, content: () => signOrThrow(source, sums!) },
  );
  await writeZip(entries, date, sink, source.onProgress && ((percent) => source.onProgress!(percent, 100)));
}

/**
 * The format a pack of these captures and events is in (`packFormatFor`): what the exporter writes into its
 * `exported` event before the pack is made, and buildPack then holds it to.
 */
export function formatOfPack(captures: readonly StoredCaptureView[], events: Iterable<{ type: string }>) {
  const paths = packPaths(captures);
  const derived = siteFiles(captures.map((view) => ({ id: view.id, record: view, files: paths.get(view.id)! })));
  const sharing = [...paths.values()].some((files) => Object.values(files).some((p) => p.startsWith(SHARED_FOLDER)));
  return packFormatFor(events, derived.length > 0 || sharing);
}

/** The whole pack in memory: for tests and small exports. */
export async function buildPackBytes(source: PackSource): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await buildPack(source, (chunk) => void chunks.push(chunk.slice()));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

async function signOrThrow(source: PackSource, bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const signature = await source.sign(bytes);
    if (!signature?.byteLength) throw new Error('the signature is empty');
    return signature;
  } catch (error) {
    throw new PackSigningError(words('error.notSigned'), { cause: error });
  }
}

/** Byte order of the UTF-8 paths, as `sort` in the C locale orders SHA256SUMS. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
