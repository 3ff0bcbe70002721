import type { CaptureRecord, StoredCaptureView } from '../evidence/record';
import type { ChainVerdict, CustodyEvent } from '../custody';
import type { SigningKeyInfo } from '../crypto/signing';
import type { Outbox } from './outbox';
import type { CaseWork } from './case-work';
import type { SigningKeys } from './signing-key';
import type { DokazDb } from './db';
import type { SharedFile } from './capture-writes';
import type { RunWrites } from './runs';

export interface CaptureSummary {
  id: string;
  capturedAt: string;
  title: string;
  url: string;
  thumbnailArtifactId: string | null;
  warnings: number;
}

export interface Store
  extends
    Omit<CaseWork, 'prepareCapture' | 'writeCapture' | 'prepareForget' | 'writeForget' | 'catalogueFor'>,
    RunWrites {
  /** The database itself: the store's own modules and the tests reach it; nothing else does (tests/unit/architecture.test.ts). */
  db: DokazDb;
  /** Deletes the whole database (the wipe); this store stays closed, and a new one makes it afresh. */
  destroy(): Promise<void>;
  /** The lock (the victim-safety issue): see utils/store/lock.ts. */
  isLocked(): Promise<boolean>;
  hasPassphrase(): Promise<boolean>;
  /** Sets (or, unlocked, changes) the passphrase; the recovery code of a new one, shown once, or null. */
  setPassphrase(passphrase: string): Promise<string | null>;
  removePassphrase(): Promise<void>;
  /** Locks, and sweeps the export outbox (utils/store/outbox.ts). */
  lock(): Promise<void>;
  /** Rejects with WrongPassphraseError, changing nothing, when the passphrase is wrong. */
  unlock(passphrase: string): Promise<void>;
  unlockWithRecoveryCode(code: string): Promise<void>;
  /** At the background's start: sweeps the export outbox; unlocked, finishes what waited for the data key. */
  resume(): Promise<void>;
  /** Where an export leaves its pack for the page to download, sealed like every file. */
  outbox: Outbox;
  installId(): Promise<string>;
  /** Stored whole or not at all; a file shared with other captures is given as a SharedFile (capture-writes.ts). */
  saveCapture(record: CaptureRecord, data: ReadonlyMap<string, Blob | SharedFile>): Promise<StoredCaptureView>;
  getCapture(id: string): Promise<StoredCaptureView | null>;
  getArtifactData(artifactId: string): Promise<Blob | null>;
  /** A file's bytes for an export: a Blob as stored, or the opened bytes of a sealed one. */
  getArtifactBytes(artifactId: string): Promise<Blob | Uint8Array<ArrayBuffer> | null>;
  listCaptures(options?: { limit?: number; offset?: number }): Promise<CaptureSummary[]>;
  countCaptures(): Promise<number>;
  /** Every capture's id, oldest first. */
  captureIds(): Promise<string[]>;
  /** Which of these captures exist. */
  existingCaptureIds(ids: readonly string[]): Promise<Set<string>>;
  deleteCapture(id: string, reason: string): Promise<void>;
  /**
   * Appends an `exported` event, but only once `build` (given the prepared event) has succeeded: an export that
   * fails leaves no trace in the log, and a pack always carries the event that records it. The signing key is read
   * in the writers' queue with the event (`details` and `build` are given it): a hand-over of the key written just
   * before cannot leave a pack signed by one key and logging another.
   */
  recordExport<T>(
    captureIds: string[],
    details: (keys: SigningKeys) => Record<string, unknown>,
    build: (event: CustodyEvent, keys: SigningKeys) => Promise<T>,
  ): Promise<T>;
  custodyLog(): Promise<CustodyEvent[]>;
  verifyCustody(): Promise<ChainVerdict>;
  /**
   * The signing key, made on first use (utils/store/signing-key.ts). With a passphrase set, a key still in the
   * plain form is first replaced by a wrapped one, the hand-over written into the custody log. LockedError while locked.
   */
  signingKeys(): Promise<SigningKeys>;
  /** What the key card shows of the signing key; null before there is one. LockedError while locked. */
  signingKeyInfo(): Promise<SigningKeyInfo | null>;
}
