import { canonicalJson } from '../canonical-json';
import type { CustodyEvent, NewCustodyEvent } from '../custody';
import type { ArtifactMeta, CaptureRecord, StoredCaptureView } from '../evidence/record';
import { IntegrityError, StoreError } from '../errors';
import { sha256Hex } from '../hash';
import { text } from '../i18n/translate';
import type { CaseWork } from './case-work';
import type { StoreCodec } from './codec';
import type { ArtifactRow, BlobRow, DokazDb } from './db';
import type { Store } from './types';

/**
 * A file several captures list, kept once (db.ts, `blobs`): the first capture that lists it gives its bytes, the
 * others only its id. Its hash is in each capture's record, as every file's.
 */
export interface SharedFile {
  blobId: string;
  bytes?: Blob;
}

/** An artifact's bytes as the store keeps them (its own, or its shared file's), or null when there are none. */
export async function artifactBytes(db: DokazDb, artifactId: string): Promise<Blob | Uint8Array<ArrayBuffer> | null> {
  const row = await db.artifacts.get(artifactId);
  if (!row) return null;
  if (row.data) return row.data;
  return row.blob ? ((await db.blobs.get(row.blob))?.data ?? null) : null;
}

/** What storing or deleting a capture writes: its rows, its files, its events and what it feeds in case work. */
const captureTables = (db: DokazDb) => [
  db.captures,
  db.artifacts,
  db.blobs,
  db.custody,
  db.searchDocs,
  db.chats,
  db.accounts,
  db.annotations,
  db.meta,
  db.messages,
];

export interface CaptureWritesContext {
  db: DokazDb;
  codec: StoreCodec;
  now: () => Date;
  serially<T>(write: () => Promise<T>): Promise<T>;
  installId(): Promise<string>;
  /** The next event of the log, chained and sealed (custody-writer.ts). */
  nextEvent(event: NewCustodyEvent): Promise<CustodyEvent>;
  putEvent(event: CustodyEvent): Promise<void>;
  caseWork: CaseWork;
  toView(record: unknown): Promise<StoredCaptureView>;
}

/**
 * A capture stored whole or not at all, and deleted with what it fed: the record, its files, its custody event and
 * its case work in one transaction each, in the writers' queue.
 */
export function createCaptureWrites(ctx: CaptureWritesContext): Pick<Store, 'saveCapture' | 'deleteCapture'> {
  const { db, codec, now, serially, installId, nextEvent, putEvent, caseWork, toView } = ctx;
  return {
    saveCapture(record, data) {
      return serially(async () => {
        for (const artifact of record.artifacts) {
          if (!data.has(artifact.id)) throw new StoreError(text('error.bytesMissing', { name: artifact.name }));
        }
        // A shared file not written with this capture must already be in the store: nothing may point at nothing.
        const shared = [...data.values()].filter((d): d is SharedFile => !(d instanceof Blob));
        const known = new Set(
          (await db.blobs.bulkGet(shared.filter((d) => !d.bytes).map((d) => d.blobId))).flatMap((r) =>
            r ? [r.id] : [],
          ),
        );
        const absent = record.artifacts.find((a) => {
          const d = data.get(a.id);
          return d && !(d instanceof Blob) && !d.bytes && !known.has(d.blobId);
        });
        if (absent) throw new StoreError(text('error.bytesMissing', { name: absent.name }));
        const recordSha256 = await sha256Hex(canonicalJson(record));
        const event = await nextEvent({
          type: 'captured',
          at: now().toISOString(),
          actor: record.actor,
          captureId: record.id,
          payloadSha256: recordSha256,
        });
        const work = await caseWork.prepareCapture(record, event);
        const sealedRecord = await codec.sealRecord(record);
        const newBlobs: BlobRow[] = [];
        const sealedArtifacts: ArtifactRow[] = await Promise.all(
          record.artifacts.map(async (artifact) => {
            const bytes = data.get(artifact.id)!;
            const row = { id: artifact.id, captureId: record.id, body: await codec.sealRecord(artifact) };
            if (bytes instanceof Blob) return { ...row, data: await codec.sealBytes(bytes) };
            if (bytes.bytes) newBlobs.push({ id: bytes.blobId, data: await codec.sealBytes(bytes.bytes) });
            return { ...row, data: null, blob: bytes.blobId };
          }),
        );
        try {
          await db.transaction('rw', captureTables(db), async () => {
            await db.captures.add({ id: record.id, order: event.seq, body: sealedRecord });
            await db.artifacts.bulkAdd(sealedArtifacts);
            // A shared file already written by another capture of the run stays as it is.
            for (const blob of newBlobs) if (!(await db.blobs.get(blob.id))) await db.blobs.add(blob);
            await putEvent(event);
            await caseWork.writeCapture(work, record.id);
          });
        } catch (error) {
          if (error instanceof IntegrityError) throw error;
          throw new StoreError(text('error.notSaved', { reason: messageOf(error) }), {
            cause: error,
          });
        }
        return { ...record, recordSha256 };
      });
    },

    deleteCapture(id, reason) {
      return serially(async () => {
        const row = await db.captures.get(id);
        if (!row) throw new StoreError(text('error.noCaptureToDelete', { id }));
        const view = await toView(row.body);
        const details = {
          reason,
          recordSha256: view.recordSha256,
          artifacts: view.artifacts.map((a: ArtifactMeta) => ({ name: a.name, kind: a.kind, sha256: a.sha256 })),
        };
        const event = await nextEvent({
          type: 'deleted',
          at: now().toISOString(),
          actor: await installId(),
          captureId: id,
          payloadSha256: await sha256Hex(canonicalJson(details)),
          details,
        });
        const forget = await caseWork.prepareForget(view, async (ids) => {
          const rows = await db.captures.bulkGet(ids);
          return Promise.all(
            rows.flatMap((other) => (other ? [codec.openRecord(other.body) as Promise<CaptureRecord>] : [])),
          );
        });
        await db.transaction('rw', captureTables(db), async () => {
          const shared = (await db.artifacts.where('captureId').equals(id).toArray()).flatMap((a) =>
            a.blob ? [a.blob] : [],
          );
          await db.artifacts.where('captureId').equals(id).delete();
          // A shared file goes with the last capture that lists it.
          for (const blob of new Set(shared)) {
            if ((await db.artifacts.where('blob').equals(blob).count()) === 0) await db.blobs.delete(blob);
          }
          await db.captures.delete(id);
          await putEvent(event);
          await caseWork.writeForget(forget);
        });
      });
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
