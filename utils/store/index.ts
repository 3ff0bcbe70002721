import type { Text } from '../i18n/translate';
import { canonicalJson } from '../canonical-json';
import type { CaptureRecord, StoredCaptureView } from '../evidence/record';
import { verifyChain, type ChainVerdict } from '../custody';
import { sha256Hex } from '../hash';
import type { StoreCodec } from './codec';
import { createOutbox } from './outbox';
import { createCustodyWriter } from './custody-writer';
import type { Store } from './types';

export type { CaptureSummary, Store } from './types';
import { createCaseWork } from './case-work';
import { artifactBytes, createCaptureWrites } from './capture-writes';
import { createRunWrites } from './runs';
import { createLock, memorySession, type KeySession } from './lock';
import { createKeyStore } from './signing-key';
import { openDb, type DokazDb } from './db';

/**
 * The evidence store: captures, their artifacts, and the custody log.
 * Writers (the background only) go through one queue, so that the chain is
 * extended by one event at a time; every write is one IndexedDB transaction.
 */
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

  const { sealEvent, head, chain, nextEvent, putEvent, readLog, linkTail } = createCustodyWriter(db, codec);

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

  const runWrites = createRunWrites({ db, codec, now, serially, installId, nextEvent, putEvent, rowKey });

  const captureWrites = createCaptureWrites({
    db,
    codec,
    now,
    serially,
    installId,
    nextEvent,
    putEvent,
    caseWork,
    toView,
  });

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

    ...captureWrites,
    ...runWrites,

    async getCapture(id) {
      const row = await db.captures.get(id);
      return row ? toView(row.body) : null;
    },

    async getArtifactBytes(artifactId) {
      const data = await artifactBytes(db, artifactId);
      return data ? codec.openBytesRaw(data) : null;
    },

    async getArtifactData(artifactId) {
      const data = await artifactBytes(db, artifactId);
      return data ? codec.openBytes(data) : null;
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
