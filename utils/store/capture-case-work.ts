import type { CustodyEvent } from '../custody';
import type { CaptureRecord } from '../evidence/record';
import { applyPatch, emptyAnnotation } from '../case-work/annotations';
import { catalogueKeys, catalogueUpdates } from '../case-work/catalogue-updates';
import type { AccountEntry, Annotation, ChatEntry } from '../case-work/types';
import { PENDING, PENDING_CASE } from './lock';
import { LockedError } from './vault-codec';
import type { CaseWorkContext } from './case-work';
import type { CaseWorkRows } from './case-work-rows';
import type { AnnotationRow, CatalogueRow, MessageRow, SearchDocRow } from './db';
import { factsOfRecord, withoutVersion, withVersion, type MessageEntry } from '../case-work/message-versions';

/** What a capture adds to case work, sealed and ready for its transaction. */
export interface CaptureCaseWork {
  /** Null while Dokaz is locked: the catalogue cannot be read then; `catchUp` does it after the unlock. */
  searchDoc: SearchDocRow | null;
  chats: CatalogueRow[];
  accounts: CatalogueRow[];
  annotation: AnnotationRow | null;
  /** The `annotated` event that puts the capture in the active case, chained after its `captured` event. */
  event: CustodyEvent | null;
  /** A chat's message: its entry in the message index with this capture as a version (message-versions.ts). */
  message: MessageRow | null;
  /**
   * Captured while locked: the active case is sealed then, so the capture is put in the case active at the unlock
   * (catchUp), by an `annotated` event of that time.
   */
  caseAtUnlock: boolean;
}

/** What deleting a capture changes in case work. */
export interface ForgetWork {
  captureId: string;
  /** The message's entry without the capture; `gone` when it was its only version. */
  message: { row: MessageRow | null; gone: string | null };
  chats: CatalogueRow[];
  accounts: CatalogueRow[];
  goneChats: string[];
  goneAccounts: string[];
}

/**
 * Case work as captures come and go: what a new capture adds (its search doc, catalogue entries and place in the
 * active case, in the capture's own transaction), what the captures made while locked add at the unlock, and what
 * deleting a capture changes.
 */
export function createCaptureCaseWork(ctx: CaseWorkContext, rows: CaseWorkRows) {
  const { db, codec, now, rowKey } = ctx;
  const {
    readList,
    catalogueRow,
    open,
    readAnnotation,
    annotationRow,
    searchDocRow,
    readActiveCase,
    annotatedEvent,
    catalogueFor,
  } = rows;
  /** The message index's row for a capture of a chat's message, with the capture as a version; null otherwise. */
  async function messageRow(record: CaptureRecord): Promise<MessageRow | null> {
    const facts = await factsOfRecord(record);
    if (!facts) return null;
    const key = await rowKey(facts.key);
    const stored = await db.messages.get(key);
    const entry = withVersion(stored ? await open<MessageEntry>(stored.body) : undefined, facts, record);
    return { key, chat: await rowKey(facts.chatKey), body: await codec.sealRecord(entry) };
  }

  return {
    /** Case work for a new capture, prepared before its transaction; `captured` is its chained event. */
    async prepareCapture(record: CaptureRecord, captured: CustodyEvent): Promise<CaptureCaseWork> {
      let updates: ReturnType<typeof catalogueUpdates> | null = null;
      // Captured while locked, or while the catalogue is re-keyed: indexed after (catchUp), and its rows then
      // re-sealed under the data key (lock.ts), a capture with no Telegram facts too. Dokaz may lock at any moment
      // (auto-lock, a quick exit): what cannot be read then waits, and the capture is stored all the same.
      let caseAtUnlock = await ctx.isLocked();
      let activeCase: string | null = null;
      if (!caseAtUnlock) {
        let caseRead = false;
        try {
          activeCase = await readActiveCase();
          caseRead = true;
          updates = await catalogueFor(record);
        } catch (error) {
          if (!(error instanceof LockedError)) throw error;
          // Locked before the active case could be read: the capture goes into the case active at the unlock.
          caseAtUnlock = !caseRead;
        }
      }

      let annotation: Annotation | null = null;
      let event: CustodyEvent | null = null;
      if (activeCase) {
        const before = emptyAnnotation(record.id, captured.at);
        annotation = applyPatch(before, { caseId: activeCase }, captured.at);
        event = await annotatedEvent(captured, before, annotation);
      }
      return {
        searchDoc: updates ? await searchDocRow(record, annotation, captured.seq) : null,
        chats: updates?.chat ? [await catalogueRow(updates.chat)] : [],
        accounts: updates ? await Promise.all(updates.accounts.map(catalogueRow)) : [],
        annotation: annotation ? await annotationRow(annotation) : null,
        event,
        caseAtUnlock,
        message: updates ? await messageRow(record) : null,
      };
    },

    /**
     * After an unlock: the search docs and catalogue of the captures made
     * while locked, and their place in the case active now, each by an
     * `annotated` event of this time.
     */
    async catchUp(): Promise<void> {
      for (;;) {
        const done = await ctx.serially(async () => {
          const [pending, inCase] = await Promise.all([readList(PENDING), readList(PENDING_CASE)]);
          const id = pending[0];
          if (id === undefined) return true;
          const row = await db.captures.get(id);
          const lists = async () => {
            await db.meta.put({ key: PENDING, value: pending.slice(1) });
            if (inCase.includes(id)) await db.meta.put({ key: PENDING_CASE, value: inCase.filter((i) => i !== id) });
          };
          if (!row) {
            await db.transaction('rw', db.meta, lists);
            return false;
          }
          const record = await open<CaptureRecord>(row.body);
          const [updates, stored, activeCase] = await Promise.all([
            catalogueFor(record),
            readAnnotation(id),
            inCase.includes(id) ? readActiveCase() : null,
          ]);
          let annotation = stored;
          let event: CustodyEvent | null = null;
          if (activeCase && !stored?.caseId) {
            const at = now().toISOString();
            const before = stored ?? emptyAnnotation(id, at);
            annotation = applyPatch(before, { caseId: activeCase }, at);
            event = await annotatedEvent(await ctx.head(), before, annotation);
          }
          const [doc, chats, accounts, annotated, message] = await Promise.all([
            searchDocRow(record, annotation, row.order),
            Promise.all(updates.chat ? [catalogueRow(updates.chat)] : []),
            Promise.all(updates.accounts.map(catalogueRow)),
            event && annotation ? annotationRow(annotation) : null,
            messageRow(record),
          ]);
          const tables = [db.searchDocs, db.chats, db.accounts, db.meta, db.annotations, db.custody, db.messages];
          await db.transaction('rw', tables, async () => {
            await db.searchDocs.put(doc);
            if (message) await db.messages.put(message);
            if (chats.length) await db.chats.bulkPut(chats);
            if (accounts.length) await db.accounts.bulkPut(accounts);
            if (annotated && event) {
              await db.annotations.put(annotated);
              await ctx.putEvent(event);
            }
            await lists();
          });
          return false;
        });
        if (done) return;
      }
    },

    /** Writes what prepareCapture made; inside the capture's transaction (which must include these tables). */
    async writeCapture(work: CaptureCaseWork, captureId: string): Promise<void> {
      if (work.searchDoc) await db.searchDocs.put(work.searchDoc);
      else await db.meta.put({ key: PENDING, value: [...(await readList(PENDING)), captureId] });
      if (work.caseAtUnlock)
        await db.meta.put({ key: PENDING_CASE, value: [...(await readList(PENDING_CASE)), captureId] });
      if (work.chats.length) await db.chats.bulkPut(work.chats);
      if (work.accounts.length) await db.accounts.bulkPut(work.accounts);
      if (work.annotation) await db.annotations.put(work.annotation);
      if (work.event) await ctx.putEvent(work.event);
      if (work.message) await db.messages.put(work.message);
    },

    /**
     * What deleting a capture changes in case work, prepared before the
     * deletion's transaction: the catalogue entries it fed, made again from
     * the captures they still have (hand-set status and note kept), or gone.
     */
    async prepareForget(record: CaptureRecord, load: (ids: string[]) => Promise<CaptureRecord[]>): Promise<ForgetWork> {
      const keys = catalogueKeys(record);
      const work: ForgetWork = {
        captureId: record.id,
        message: { row: null, gone: null },
        chats: [],
        accounts: [],
        goneChats: [],
        goneAccounts: [],
      };
      const facts = await factsOfRecord(record);
      const messageKey = facts ? await rowKey(facts.key) : null;
      const stored = messageKey ? await db.messages.get(messageKey) : undefined;
      if (stored) {
        const rest = withoutVersion(await open<MessageEntry>(stored.body), record.id);
        if (rest) work.message.row = { ...stored, body: await codec.sealRecord(rest) };
        else work.message.gone = stored.key;
      }
      const remake = async <T extends ChatEntry | AccountEntry>(
        row: CatalogueRow | undefined,
        pick: (updates: ReturnType<typeof catalogueUpdates>, key: string) => T | null | undefined,
        seed: (key: string, current: T | undefined) => [ChatEntry | undefined, AccountEntry | undefined],
      ): Promise<{ key: string; entry: T | null } | null> => {
        if (!row) return null;
        const old = await open<T>(row.body);
        const others = (await load(old.captureIds.filter((id) => id !== record.id))).sort((a, b) =>
          a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : 0,
        );
        let current: T | undefined;
        for (const other of others) {
          const [chat, account] = seed(old.key, current);
          current =
            pick(
              catalogueUpdates(
                other,
                () => chat,
                () => account,
              ),
              old.key,
            ) ?? current;
        }
        return { key: row.key, entry: current ? { ...current, status: old.status, note: old.note } : null };
      };
      const chat = await remake<ChatEntry>(
        keys.chat ? await db.chats.get(await rowKey(keys.chat)) : undefined,
        (updates) => updates.chat,
        (_key, current) => [current, undefined],
      );
      if (chat?.entry) work.chats.push({ key: chat.key, body: await codec.sealRecord(chat.entry) });
      else if (chat) work.goneChats.push(chat.key);
      for (const row of await db.accounts.bulkGet(await Promise.all(keys.accounts.map(rowKey)))) {
        const account = await remake<AccountEntry>(
          row,
          (updates, key) => updates.accounts.find((a) => a.key === key),
          (_key, current) => [undefined, current],
        );
        if (account?.entry) work.accounts.push({ key: account.key, body: await codec.sealRecord(account.entry) });
        else if (account) work.goneAccounts.push(account.key);
      }
      return work;
    },

    /** Applies prepareForget's work; inside the deletion's transaction. */
    async writeForget(work: ForgetWork): Promise<void> {
      await db.searchDocs.delete(work.captureId);
      if (work.message.row) await db.messages.put(work.message.row);
      if (work.message.gone) await db.messages.delete(work.message.gone);
      await db.annotations.delete(work.captureId);
      if (work.chats.length) await db.chats.bulkPut(work.chats);
      if (work.accounts.length) await db.accounts.bulkPut(work.accounts);
      if (work.goneChats.length) await db.chats.bulkDelete(work.goneChats);
      if (work.goneAccounts.length) await db.accounts.bulkDelete(work.goneAccounts);
    },
  };
}
