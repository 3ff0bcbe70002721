import { text, type Text } from '../i18n/translate';
import { canonicalJson } from '../canonical-json';
import type { ArtifactMeta, CaptureRecord, StoredCaptureView } from '../evidence/record';
import { chainEvent, verifyChain, type ChainVerdict, type CustodyEvent, type NewCustodyEvent } from '../custody';
import { IntegrityError, StoreError } from '../errors';
import { sha256Hex } from '../hash';
import type { StoreCodec } from './codec';
import { createOutbox, type Outbox } from './outbox';
import { custodyRowOf, eventOf, linkEvents, UNLINKED, type CustodyRow } from './custody-rows';
import { createCaseWork, type CaseWork } from './case-work';
import { createLock, memorySession, type KeySession } from './lock';
import { createKeyStore, type SigningKeys } from './signing-key';
import type { SigningKeyInfo } from '../crypto/signing';
import { openDb, type DokazDb } from './db';
import { LockedError } from './vault-codec';

/** How many events of the log's end are read at a time to find those written while locked. */
const TAIL_CHUNK = 100;

/**
 * The evidence store: captures, their artifacts, and the custody log.
 * Writers (the background only) go through one queue, so that the chain is
 * extended by one event at a time; every write is one IndexedDB transaction.
 */
export interface CaptureSummary {
  id: string;
  capturedAt: string;
  title: string;
  url: string;
  thumbnailArtifactId: string | null;
  warnings: number;
}

export interface Store extends Omit<
  CaseWork,
  'prepareCapture' | 'writeCapture' | 'prepareForget' | 'writeForget' | 'catalogueFor'
> {
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
  saveCapture(record: CaptureRecord, data: ReadonlyMap<string, Blob>): Promise<StoredCaptureView>;
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

export function createStore(
  options: {
    db?: DokazDb;
    codec?: StoreCodec;
    now?: () => Date;
    /** Where the unlocked data key is kept: the browser's session storage in the extension (utils/store/lock.ts). */
    session?: KeySession;
  } = {},
): Store {
  const db = options.db ?? openDb();
  const lock = createLock(db, options.session ?? memorySession(), { beforeForget: () => signingKey.unwrap() });
  const codec = options.codec ?? lock.codec;
  // A codec given in place of the lock's (tests, plain stores) keeps the signing key plain.
  const signingKey = createKeyStore(db, codec, options.codec ? async () => 'plain' : lock.keyMode);
  const now = options.now ?? (() => new Date());
  const outbox = createOutbox(db, codec, options.codec ? async () => false : lock.isLocked);
  let writes: Promise<unknown> = Promise.resolve();

  /** Runs writers one after another; a failed write does not block the next. */
  function serially<T>(write: () => Promise<T>): Promise<T> {
    const result = writes.then(write, write);
    writes = result.catch(() => undefined);
    return result;
  }

  /** The passphrase's changes, one after another: each re-seals in many turns of the writers' queue. */
  let passphraseWork: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const result = passphraseWork.then(work, work);
    passphraseWork = result.catch(() => undefined);
    return result;
  }

  let knownInstallId: Promise<string> | undefined;
  function installId(): Promise<string> {
    knownInstallId ??= readInstallId().catch((error: unknown) => {
      knownInstallId = undefined;
      throw error;
    });
    return knownInstallId;
  }

  async function readInstallId(): Promise<string> {
    const row = await db.meta.get('installId');
    if (typeof row?.value === 'string') return row.value;
    // add() fails if another context raced us; then theirs wins.
    await db.meta.add({ key: 'installId', value: crypto.randomUUID() }).catch(() => undefined);
    return String((await db.meta.get('installId'))?.value);
  }

  /** Each event prepared for the log, sealed as it will be kept (custody-rows.ts): WebCrypto would end a transaction. */
  const prepared = new WeakMap<CustodyEvent, CustodyRow>();
  async function sealEvent(event: CustodyEvent): Promise<CustodyEvent> {
    prepared.set(event, await custodyRowOf(event, codec));
    return event;
  }

  /**
   * The last event's place and hash, to chain the next one to; in the writers' queue. Locked, its hash cannot be
   * read: the next event is then written unlinked (custody-rows.ts). Unlocked, an unlinked tail from the locked time
   * is linked first.
   */
  async function head(): Promise<Pick<CustodyEvent, 'seq' | 'hash'> | undefined> {
    const last = await db.custody.orderBy('seq').last();
    if (!last) return undefined;
    let event: CustodyEvent;
    try {
      event = await eventOf(last, codec);
    } catch (error) {
      if (error instanceof LockedError) return { seq: last.seq, hash: UNLINKED };
      throw error;
    }
    if (event.hash !== UNLINKED) return event;
    return (await linkTail()) ?? event;
  }

  /** The event after `previous`: chained to it, or unlinked after an unlinked one. */
  async function chain(previous: Pick<CustodyEvent, 'seq' | 'hash'> | undefined, event: NewCustodyEvent) {
    if (previous?.hash !== UNLINKED) return chainEvent(previous, event);
    return { ...event, seq: previous.seq + 1, prevHash: UNLINKED, hash: UNLINKED };
  }

  /**
   * Keeps the hashes of the events written while locked (the unlinked tail of the log), computed as they would
   * have been; unlocked, in the writers' queue. The new head, or undefined when there was nothing to link.
   */
  async function linkTail(): Promise<CustodyEvent | undefined> {
    const tail: CustodyEvent[] = [];
    let base: CustodyEvent | undefined;
    for (let offset = 0; base === undefined; offset += TAIL_CHUNK) {
      const rows = await db.custody.orderBy('seq').reverse().offset(offset).limit(TAIL_CHUNK).toArray();
      for (const row of rows) {
        const event = await eventOf(row, codec);
        if (event.hash !== UNLINKED) {
          base = event;
          break;
        }
        tail.unshift(event);
      }
      if (rows.length < TAIL_CHUNK) break;
    }
    if (tail.length === 0) return undefined;
    const linked = (await linkEvents(base ? [base, ...tail] : tail)).slice(base ? 1 : 0);
    const rows = await Promise.all(linked.map((event) => custodyRowOf(event, codec)));
    await db.transaction('rw', db.custody, () => db.custody.bulkPut(rows));
    return linked.at(-1);
  }

  /** Prepares the next event outside the transaction (WebCrypto would end it), then checks in it that the head is unchanged. */
  async function nextEvent(event: NewCustodyEvent): Promise<CustodyEvent> {
    return sealEvent(await chain(await head(), event));
  }

  async function putEvent(event: CustodyEvent): Promise<void> {
    const row = prepared.get(event);
    if (!row) throw new Error(`custody event #${event.seq} was not prepared (sealEvent) before its transaction`);
    const head = await db.custody.orderBy('seq').last();
    if ((head?.seq ?? 0) !== event.seq - 1) {
      throw new IntegrityError(text('error.custodyRace', { seq: event.seq }));
    }
    await db.custody.add(row);
  }

  /**
   * With a passphrase set and Dokaz unlocked, a signing key in the plain form (made before the passphrase, on disk in
   * the profile) is replaced by a wrapped one; the old key signs the hand-over, kept as a `key-rotated` event written
   * with the new key in one transaction.
   */
  function rotateSigningKey(): Promise<void> {
    return serially(async () => {
      if (!(await signingKey.needsRotation())) return;
      const at = now().toISOString();
      const actor = await installId();
      const prepared = await signingKey.prepareRotation(actor, at);
      if (!prepared) return;
      const { details } = prepared;
      const event = await nextEvent({
        type: 'key-rotated',
        at,
        actor,
        captureId: null,
        payloadSha256: await sha256Hex(canonicalJson(details)),
        details: { ...details },
      });
      await db.transaction('rw', db.meta, db.custody, async () => {
        await signingKey.commitRotation(prepared);
        await putEvent(event);
      });
    });
  }

  /** After an unlock or a restart: a rotation cut short is done now; one that fails is tried again at the next export. */
  const rotateIfDue = () => rotateSigningKey().catch(() => undefined);

  /** The whole log, the hashes of events written while locked computed if they are not kept yet. */
  const readLog = async (): Promise<CustodyEvent[]> =>
    linkEvents(await Promise.all((await db.custody.orderBy('seq').toArray()).map((row) => eventOf(row, codec))));

  // A codec given in place of the lock's (tests, plain stores) keeps catalogue rows under their own keys.
  const rowKey = options.codec ? async (key: string) => key : lock.rowKey;
  const isLocked = options.codec ? async () => false : lock.isLocked;
  const caseWork = createCaseWork({
    db,
    codec,
    now,
    serially,
    installId,
    head,
    chain,
    putEvent,
    sealEvent,
    rowKey,
    isLocked,
  });

  async function toView(record: unknown): Promise<StoredCaptureView> {
    const opened = (await codec.openRecord(record)) as CaptureRecord;
    return { ...opened, recordSha256: await sha256Hex(canonicalJson(opened)) };
  }

  const {
    prepareCapture: _p,
    writeCapture: _w,
    prepareForget: _f,
    writeForget: _g,
    catalogueFor: _c,
    ...caseWorkApi
  } = caseWork;
  return {
    ...caseWorkApi,
    db,
    installId,
    isLocked: lock.isLocked,
    hasPassphrase: lock.hasPassphrase,
    // Captures made while the rows were re-sealed wait for their case work (lock.ts, rowKey): done after.
    // One change of the passphrase at a time (two settings tabs): the second one then changes it, rather than make a
    // second vault whose data key would seal half the rows.
    setPassphrase: (passphrase) =>
      oneAtATime(async () => {
        const recoveryCode = await lock.setPassphrase(passphrase, serially);
        await caseWork.catchUp();
        // The recovery code is shown once whatever happens next: a rotation that fails is tried again at the next export.
        await rotateIfDue();
        return recoveryCode;
      }),
    removePassphrase: () =>
      oneAtATime(async () => {
        await lock.removePassphrase(serially);
        await caseWork.catchUp();
      }),
    outbox,
    async lock() {
      await lock.lock();
      await outbox.sweep();
    },
    async unlock(passphrase) {
      await lock.unlock(passphrase, serially);
      await serially(linkTail);
      await caseWork.catchUp();
      await rotateIfDue();
    },
    async unlockWithRecoveryCode(code) {
      await lock.unlock(code, serially, { recoveryCode: true });
      await serially(linkTail);
      await caseWork.catchUp();
      await rotateIfDue();
    },
    /** After a restart: finishes a re-sealing and the case work of captures made while locked, if unlocked. */
    async resume() {
      // A sweep that fails does not keep the unlocked store from finishing its work; the next lock sweeps again.
      await outbox.sweep().catch(() => undefined);
      // A store of an earlier version kept the active case in the clear: sealed now, locked or not.
      await lock.sealPlainMeta(serially);
      if (await lock.isLocked()) return;
      await lock.finish(serially);
      await serially(linkTail);
      await caseWork.catchUp();
      await rotateIfDue();
    },

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

    async getCapture(id) {
      const row = await db.captures.get(id);
      return row ? toView(row.body) : null;
    },

    async getArtifactBytes(artifactId) {
      const row = await db.artifacts.get(artifactId);
      return row ? codec.openBytesRaw(row.data) : null;
    },

    async getArtifactData(artifactId) {
      const row = await db.artifacts.get(artifactId);
      return row ? codec.openBytes(row.data) : null;
    },

    async listCaptures({ limit = 100, offset = 0 } = {}) {
      const rows = await db.captures.orderBy('order').reverse().offset(offset).limit(limit).toArray();
      return Promise.all(
        rows.map(async (row) => {
          const record = (await codec.openRecord(row.body)) as CaptureRecord;
          const thumb =
            record.artifacts.find((a) => a.kind === 'post-screenshot') ??
            record.artifacts.find((a) => a.kind === 'viewport-screenshot');
          return {
            id: record.id,
            capturedAt: record.capturedAt,
            title: record.page.title,
            url: record.page.url,
            thumbnailArtifactId: thumb?.id ?? null,
            warnings: record.warnings.length + record.skipped.length,
          };
        }),
      );
    },

    countCaptures: () => db.captures.count(),
    captureIds: async () => (await db.captures.orderBy('order').primaryKeys()) as string[],
    existingCaptureIds: async (ids) => new Set((await db.captures.where(':id').anyOf(ids).primaryKeys()) as string[]),
    destroy: () => db.delete(),

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

    recordExport(captureIds, details, build) {
      return serially(async () => {
        const keys = await signingKey.loadOrCreate();
        const kept = { ...details(keys), captureIds };
        const event = await nextEvent({
          type: 'exported',
          at: now().toISOString(),
          actor: await installId(),
          captureId: null,
          payloadSha256: await sha256Hex(canonicalJson(kept)),
          details: kept,
        });
        const result = await build(event, keys);
        await db.transaction('rw', db.custody, () => putEvent(event));
        return result;
      });
    },

    custodyLog: readLog,

    async signingKeys() {
      await rotateSigningKey();
      // Made in the writers' queue: a first key made as a passphrase is set is made wrapped, or handed over after.
      const keys = await serially(() => signingKey.loadOrCreate());
      if (!(await signingKey.needsRotation())) return keys;
      await rotateSigningKey();
      return serially(() => signingKey.loadOrCreate());
    },

    signingKeyInfo: () => signingKey.info(readLog),

    /** The chain itself, and every stored capture against the hash its `captured` event holds. */
    async verifyCustody() {
      const events = await readLog();
      const chain = await verifyChain(events);
      if (!chain.intact) return chain;
      const rows = new Map((await db.captures.toArray()).map((row) => [row.id, row]));
      const broken = (brokenAt: number, reason: string, problem: Text): ChainVerdict => ({
        intact: false,
        length: events.length,
        brokenAt,
        reason,
        problem,
      });
      for (const event of events) {
        const row = event.type === 'captured' && event.captureId !== null ? rows.get(event.captureId) : undefined;
        if (!row) continue;
        rows.delete(row.id);
        if ((await toView(row.body)).recordSha256 !== event.payloadSha256) {
          return broken(event.seq, `event #${event.seq}: capture ${row.id} was changed after it was recorded`, {
            key: 'custody.problem.changed',
            params: { id: row.id },
          });
        }
      }
      const [orphan] = rows.keys();
      if (orphan !== undefined) {
        return broken(events.length + 1, `capture ${orphan} is in the store but not in the custody log`, {
          key: 'custody.problem.orphan',
          params: { id: orphan },
        });
      }
      return chain;
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
