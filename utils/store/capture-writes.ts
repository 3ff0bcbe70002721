import { canonicalJson } from '../canonical-json';
import type { CustodyEvent, NewCustodyEvent } from '../custody';
import type { ArtifactMeta, CaptureRecord, StoredCaptureView } from '../evidence/record';
import { IntegrityError, StoreError } from '../errors';
import { sha256Hex } from '../hash';
import { text } from '../i18n/translate';
import type { CaseWork } from './case-work';
import type { StoreCodec } from './codec';
import type { DokazDb } from './db';
import type { Store } from './types';

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
        const sealedArtifacts = await Promise.all(
          record.artifacts.map(async (artifact) => ({
            id: artifact.id,
            captureId: record.id,
            body: await codec.sealRecord(artifact),
            data: await codec.sealBytes(data.get(artifact.id) as Blob),
          })),
        );
        try {
          const tables = [
            db.captures,
            db.artifacts,
            db.custody,
            db.searchDocs,
            db.chats,
            db.accounts,
            db.annotations,
            db.meta,
          ];
          await db.transaction('rw', tables, async () => {
            await db.captures.add({ id: record.id, order: event.seq, body: sealedRecord });
            await db.artifacts.bulkAdd(sealedArtifacts);
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
        const tables = [db.captures, db.artifacts, db.custody, db.searchDocs, db.chats, db.accounts, db.annotations];
        await db.transaction('rw', tables, async () => {
          await db.artifacts.where('captureId').equals(id).delete();
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
