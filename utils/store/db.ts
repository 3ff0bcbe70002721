import Dexie, { type EntityTable } from 'dexie';
import type { StoredCustody } from './custody-rows';
import { migrateToCaseWork } from './migrations/002-case-work';
import { numberCases } from './migrations/003-case-order';
import { dropTimesAndLinks } from './migrations/004-timeless-indexes';

/**
 * The one schema of the store. Every `version()` stays here forever; a later
 * version adds a numbered migration beside it with a test on data of the older one.
 *
 * Records and artifact bytes are kept in `body` and `data` as the codec sealed
 * them (see codec.ts): the only plain fields are the ones the indexes need.
 */
export interface CaptureRow {
  id: string;
  /** The `seq` of the custody event that stored it: the order of storing, which says no time (version 4). */
  order: number;
  body: unknown;
}

export interface ArtifactRow {
  id: string;
  captureId: string;
  body: unknown;
  /** The file as the codec keeps it: a Blob, or sealed bytes; null when it is a shared file's (`blob`). */
  data: Blob | Uint8Array<ArrayBuffer> | null;
  /**
   * The shared file that holds its bytes (version 5): a file several captures list (a run's viewport screenshot and
   * page snapshot, the same photo) is kept once, in `blobs`; absent when the row holds its own.
   */
  blob?: string;
}

/** A file several captures list, kept once (version 5); deleted with the last artifact that lists it. */
export interface BlobRow {
  /** Random: a file's hash is not in the clear. */
  id: string;
  data: Blob | Uint8Array<ArrayBuffer>;
}

/**
 * A chat's message as documented (version 5): the captures that are its versions, and the runs that no longer found
 * it. Keyed, like the catalogue, by its key's HMAC while a passphrase is set; `chat` is its chat's, for a run's
 * reading of one chat. The body is sealed.
 */
export interface MessageRow {
  key: string;
  chat: string;
  body: unknown;
}

/** A run through a chat (version 5): its settings, progress and counts, sealed. */
export interface RunRow {
  id: string;
  body: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Case work (version 2): sealed like records; only what an index needs is plain (ids, order; no time since 4). */
export interface CaseRow {
  id: string;
  /** Its place in the order the cases were made, from 1 (version 3). */
  seq: number;
  body: unknown;
}

/** Its case is in the sealed body only (version 4): which capture belongs to which case is not in the clear. */
export interface AnnotationRow {
  captureId: string;
  body: unknown;
}

export interface SearchDocRow {
  captureId: string;
  /** Its capture's `order`. */
  order: number;
  body: unknown;
}

export interface CatalogueRow {
  key: string;
  body: unknown;
}

export type DokazDb = Dexie & {
  captures: EntityTable<CaptureRow, 'id'>;
  artifacts: EntityTable<ArtifactRow, 'id'>;
  custody: EntityTable<StoredCustody, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
  cases: EntityTable<CaseRow, 'id'>;
  annotations: EntityTable<AnnotationRow, 'captureId'>;
  searchDocs: EntityTable<SearchDocRow, 'captureId'>;
  chats: EntityTable<CatalogueRow, 'key'>;
  accounts: EntityTable<CatalogueRow, 'key'>;
  blobs: EntityTable<BlobRow, 'id'>;
  messages: EntityTable<MessageRow, 'key'>;
  runs: EntityTable<RunRow, 'id'>;
};

export const DB_NAME = 'dokaz';

export function openDb(name = DB_NAME): DokazDb {
  const db = new Dexie(name) as DokazDb;
  db.version(1).stores({
    captures: 'id, capturedAt',
    artifacts: 'id, captureId',
    custody: 'seq, captureId',
    meta: 'key',
  });
  // 2: case work. Search docs and the catalogue are made from the captures already stored (002-case-work.ts).
  db.version(2)
    .stores({
      cases: 'id, createdAt',
      annotations: 'captureId, caseId',
      searchDocs: 'captureId, capturedAt',
      chats: 'key',
      accounts: 'key',
    })
    .upgrade((tx) => migrateToCaseWork(tx));
  // 3: cases are listed in the order they were made, even when made within one millisecond (003-case-order.ts).
  db.version(3)
    .stores({ cases: 'id, createdAt, seq' })
    .upgrade((tx) => numberCases(tx));
  // 4: no capture time, case time or case link in the clear; order by the custody seq (004-timeless-indexes.ts).
  db.version(4)
    .stores({
      captures: 'id, order',
      searchDocs: 'captureId, order',
      cases: 'id, seq',
      annotations: 'captureId',
    })
    .upgrade((tx) => dropTimesAndLinks(tx));
  // 5: runs through a chat (monitor mode): files shared by captures, a chat's messages and their versions, the runs.
  // The message index is made from the captures already stored at the first run (utils/store/message-index.ts).
  db.version(5).stores({
    artifacts: 'id, captureId, blob',
    blobs: 'id',
    messages: 'key, chat',
    runs: 'id',
  });
  return db;
}
