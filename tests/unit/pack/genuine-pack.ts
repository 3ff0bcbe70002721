import { canonicalJson } from '../../../utils/canonical-json';
import type { StoredCaptureView } from '../../../utils/evidence/record';
import { signRotation } from '../../../utils/crypto/key-rotation';
import { createSigningKeys, keyFingerprint, publicKeyPem, signDer } from '../../../utils/crypto/signing';
import { chainEvent, type CustodyEvent } from '../../../utils/custody';
import { sha256Hex } from '../../../utils/hash';
import { buildPackBytes } from '../../../utils/pack/build';
import { renderReport } from '../../../utils/report/report';
import { PACK_FORMAT } from '../../../utils/pack/types';
import { renderVerifyText } from '../../../utils/report/verify-instructions';
import { makeCapture } from '../../factories';

/**
 * A pack as Dokaz's own writer makes it (utils/pack/build/index.ts through JSZip's
 * streaming writer), with no store: the form the strict reader accepts, and
 * the genuine pack that the hostile ones are made from.
 */
export interface GenuinePackOptions {
  captures?: number;
  /** The texts of each capture's artifacts (a PNG each, stored); two by default. */
  artifacts?: string[];
  /** The post text of every record: Cyrillic by default, so the records are not ASCII. */
  postText?: string;
  /** The first capture's page snapshot, an MHTML file (deflated in the pack, as every text is). */
  snapshot?: string;
  /** The key that signs the pack: a new one by default. */
  keys?: CryptoKeyPair;
  /** Earlier keys, oldest first, each handing over to the next and the last to `keys` (`key-rotated` events). */
  earlierKeys?: CryptoKeyPair[];
}

export async function makeGenuinePack(options: GenuinePackOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const actor = crypto.randomUUID();
  const views: StoredCaptureView[] = [];
  const events: CustodyEvent[] = [];
  const artifacts = new Map<string, Blob>();
  for (let i = 0; i < (options.captures ?? 2); i++) {
    const { record, data } = await makeCapture(
      options.postText === undefined
        ? { actor }
        : { actor, post: { ...(await makeCapture()).record.post, text: options.postText } },
      options.artifacts ?? [`viewport ${i}`, `post ${i}`],
    );
    if (options.snapshot !== undefined && i === 0) {
      const blob = new Blob([options.snapshot], { type: 'multipart/related' });
      const id = crypto.randomUUID();
      data.set(id, blob);
      const sha256 = await sha256Hex(blob);
      record.artifacts.push({ id, kind: 'page-mhtml', name: 'page.mhtml', mime: blob.type, size: blob.size, sha256 });
    }
    await addCaptured(views, events, record, actor);
    for (const [id, blob] of data) artifacts.set(id, blob);
  }
  return signAndBuild(views, events, actor, async (id) => artifacts.get(id)!, options);
}

/** A capture as the store holds it (with its record's hash), and its "captured" event on the chain. */
export async function addCaptured(
  views: StoredCaptureView[],
  events: CustodyEvent[],
  record: Omit<StoredCaptureView, 'recordSha256'>,
  actor: string,
): Promise<void> {
  const recordSha256 = await sha256Hex(canonicalJson(record));
  views.push({ ...record, recordSha256 });
  events.push(
    await chainEvent(events.at(-1), {
      type: 'captured',
      at: record.capturedAt,
      actor,
      captureId: record.id,
      payloadSha256: recordSha256,
    }),
  );
}

/**
 * The captures' views and custody events, exported as Dokaz's writer makes a
 * pack: the exported event a second after the last capture (as a store writes
 * it, PACK-FORMAT "Custody event types"), the pack's time that event's, signed
 * with a new key (or `keys`). With earlier keys, their hand-overs are written
 * first, at the time of the last capture, and the pack is a dokaz-pack/2.
 */
export async function signAndBuild(
  views: StoredCaptureView[],
  events: CustodyEvent[],
  actor: string,
  readArtifact: (id: string) => Promise<Blob>,
  options: Pick<GenuinePackOptions, 'keys' | 'earlierKeys'> = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const keys = options.keys ?? (await createSigningKeys());
  const lastCapture = Math.max(...views.map((view) => Date.parse(view.capturedAt)));
  const earlier = options.earlierKeys ?? [];
  const chained = [...events];
  for (const [k, old] of earlier.entries()) {
    const details = { ...(await signRotation(actor, old, (earlier[k + 1] ?? keys).publicKey)) };
    chained.push(
      await chainEvent(chained.at(-1), {
        type: 'key-rotated',
        at: new Date(lastCapture).toISOString(),
        actor,
        captureId: null,
        payloadSha256: await sha256Hex(canonicalJson(details)),
        details,
      }),
    );
  }
  const exportedAt = new Date(lastCapture + 1000).toISOString();
  const selection = { all: true } as const;
  const format = earlier.length > 0 ? 'dokaz-pack/2' : PACK_FORMAT;
  const details = { format, captureIds: views.map((view) => view.id), selection };
  const exported = await chainEvent(chained.at(-1), {
    type: 'exported',
    at: exportedAt,
    actor,
    captureId: null,
    payloadSha256: await sha256Hex(canonicalJson(details)),
    details,
  });
  return (await buildPackBytes({
    captures: views,
    readArtifact,
    custodyEvents: [...chained, exported],
    exporter: {
      installId: actor,
      keyFingerprint: await keyFingerprint(keys.publicKey),
      publicKeyPem: await publicKeyPem(keys.publicKey),
    },
    sign: (bytes) => signDer(keys.privateKey, bytes as Uint8Array<ArrayBuffer>),
    selection,
    language: 'mk',
    createdAt: exportedAt,
    toolVersion: '0.1.0',
    renderReport,
    renderVerifyText,
    blurImages: true,
    zipName: 'dokaz-all-2026-11-23.zip',
  })) as Uint8Array<ArrayBuffer>;
}
