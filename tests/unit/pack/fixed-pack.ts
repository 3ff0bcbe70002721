import { canonicalJson } from '@/utils/canonical-json';
import type { CaptureRecord, StoredCaptureView } from '@/utils/evidence/record';
import { chainEvent, type CustodyEvent } from '@/utils/custody';
import { sha256Hex } from '@/utils/hash';
import type { PackSource } from '@/utils/pack/build';
import { PACK_FORMAT } from '@/utils/pack/types';
import { makeCapture } from '../../factories';

/**
 * A pack source with nothing random in it (ids, times, the "signature", the
 * report), so that the bytes build/index.ts writes for it can be compared with
 * those it wrote before a change: a pack's form is what recipients' tools
 * read. JSZip dates the folder entries it adds with the clock: freeze it.
 */
const ACTOR = '5f0c3e7a-9b1d-4c2e-8f6a-1d2b3c4d5e6f';

export async function fixedPackSource(): Promise<PackSource> {
  let n = 0;
  const fixedId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const views: StoredCaptureView[] = [];
  const blobs = new Map<string, Blob>();
  const events: CustodyEvent[] = [];
  for (let i = 0; i < 2; i++) {
    // Records as Dokaz wrote them when the bytes the writer is held to were taken: a later record version is the
    // record's change, not the writer's.
    const { record: made, data } = await makeCapture({ actor: ACTOR, schema: 'dokaz-capture/1' }, [
      `viewport ${i}`,
      `post ${i}`,
    ]);
    const artifacts = made.artifacts.map((artifact) => ({ ...artifact, id: fixedId() }));
    made.artifacts.forEach((artifact, k) => blobs.set(artifacts[k]!.id, data.get(artifact.id)!));
    const record: CaptureRecord = { ...made, id: fixedId(), artifacts };
    const recordSha256 = await sha256Hex(canonicalJson(record));
    views.push({ ...record, recordSha256 });
    events.push(
      await chainEvent(events.at(-1), {
        type: 'captured',
        at: `2026-11-23T12:34:5${7 + i}.000Z`,
        actor: ACTOR,
        captureId: record.id,
        payloadSha256: recordSha256,
      }),
    );
  }
  const selection = { all: true } as const;
  const details = { format: PACK_FORMAT, captureIds: views.map((view) => view.id), selection };
  const exportedAt = '2026-11-23T12:35:00.000Z';
  const exported = await chainEvent(events.at(-1), {
    type: 'exported',
    at: exportedAt,
    actor: ACTOR,
    captureId: null,
    payloadSha256: await sha256Hex(canonicalJson(details)),
    details,
  });
  return {
    captures: views,
    readArtifact: async (id) => blobs.get(id)!,
    custodyEvents: [...events, exported],
    exporter: {
      installId: ACTOR,
      keyFingerprint: 'ab'.repeat(32),
      publicKeyPem: '-----BEGIN PUBLIC KEY-----\nfixed\n-----END PUBLIC KEY-----\n',
    },
    sign: async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
    selection,
    language: 'en',
    createdAt: exportedAt,
    toolVersion: '0.1.0',
    renderReport: ({ manifest, custodyEvents }) => `report ${manifest.format} ${custodyEvents.length}\n`,
    renderVerifyText: (manifest, zipName) => `verify ${manifest.format} ${zipName}\n`,
    blurImages: true,
    zipName: 'dokaz-all-2026-11-23.zip',
  };
}
