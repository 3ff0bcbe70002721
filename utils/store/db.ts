import Dexie, { type EntityTable } from 'dexie';
import type { CustodyEvent } from '../custody';

/**
 * The one schema of the store. Every `version()` stays here forever; a later
 * version adds a numbered migration beside it with a test on data of the older one.
 *
 * Records and artifact bytes are kept in `body` and `data` as the codec sealed
 * them (see codec.ts): the only plain fields are the ones the indexes need.
 */
export interface CaptureRow {
  id: string;
  capturedAt: string;
  body: unknown;
}

export interface ArtifactRow {
  id: string;
  captureId: string;
  body: unknown;
  data: Blob;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type DokazDb = Dexie & {
  captures: EntityTable<CaptureRow, 'id'>;
  artifacts: EntityTable<ArtifactRow, 'id'>;
  custody: EntityTable<CustodyEvent, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
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
  return db;
}
