import type { CustodyEvent, NewCustodyEvent } from '../custody';
import { canonicalJson } from '../canonical-json';
import type { CaptureRecord } from '../evidence/record';
import { annotatedDetails, applyPatch, changedFields, emptyAnnotation } from '../case-work/annotations';
import { catalogueKeys, catalogueUpdates } from '../case-work/catalogue-updates';
import { buildSearchDoc, searchCaptures } from '../case-work/search';
import type {
  AccountEntry,
  Annotation,
  AnnotationPatch,
  Case,
  CaseInput,
  Catalogue,
  ChatEntry,
  SearchDoc,
  SearchFilters,
} from '../case-work/types';
import { CASE_STATUSES } from '../case-work/types';
import { DokazError, StoreError } from '../errors';
import { ACTIVE_CASE, PENDING, PENDING_CASE } from './lock';
import { LockedError } from './vault-codec';
import { sha256Hex } from '../hash';
import { text } from '../i18n/translate';
import type { StoreCodec } from './codec';
import type { AnnotationRow, CatalogueRow, DokazDb, SearchDocRow } from './db';

/**
 * The store's case work: cases, annotations, search docs and the catalogue.
 * Writes go through the store's one writer queue; an annotation and its
 * custody event are one transaction, and a capture's search doc, catalogue
 * entries and first annotation are written in the capture's own transaction
 * (`prepareCapture` reads and seals before it, as WebCrypto would end it).
 */
export interface CaseWorkContext {
  db: DokazDb;
  codec: StoreCodec;
  now: () => Date;
  serially<T>(write: () => Promise<T>): Promise<T>;
  installId(): Promise<string>;
  /** The last event's place and hash (the writers' queue only): what the next event is chained to. */
  head(): Promise<Pick<CustodyEvent, 'seq' | 'hash'> | undefined>;
  /** The event after `previous`, chained to it (or, while locked, unlinked: utils/store/custody-rows.ts). */
  chain(previous: Pick<CustodyEvent, 'seq' | 'hash'> | undefined, event: NewCustodyEvent): Promise<CustodyEvent>;
  /** Adds an event to the log; must run inside a transaction that includes `custody`. */
  putEvent(event: CustodyEvent): Promise<void>;
  /** Seals an event as the log keeps it, before the transaction that puts it (putEvent refuses one not sealed so). */
  sealEvent(event: CustodyEvent): Promise<CustodyEvent>;
  /**
   * The key a catalogue row is stored under, for its catalogue key: an HMAC of it while a passphrase is set (lock.ts).
   * The catalogue key itself is always in the row's sealed body; code that needs it reads it there, never the row key.
   */
  rowKey(catalogueKey: string): Promise<string>;
  /** Whether Dokaz is locked: a capture's case work then waits for the unlock, whatever the capture. */
  isLocked(): Promise<boolean>;
}

/** What a capture adds to case work, sealed and ready for its transaction. */
export interface CaptureCaseWork {
  /** Null while Dokaz is locked: the catalogue cannot be read then; `catchUp` does it after the unlock. */
  searchDoc: SearchDocRow | null;
  chats: CatalogueRow[];
  accounts: CatalogueRow[];
  annotation: AnnotationRow | null;
  /** The `annotated` event that puts the capture in the active case, chained after its `captured` event. */
  event: CustodyEvent | null;
  /**
   * Captured while locked: the active case is sealed then, so the capture is put in the case active at the unlock
   * (catchUp), by an `annotated` event of that time.
   */
  caseAtUnlock: boolean;
}

/** What deleting a capture changes in case work. */
export interface ForgetWork {
  captureId: string;
  chats: CatalogueRow[];
  accounts: CatalogueRow[];
  goneChats: string[];
  goneAccounts: string[];
}

export function createCaseWork(ctx: CaseWorkContext) {
  const { db, codec, now, rowKey } = ctx;
  const readList = async (key: string) => ((await db.meta.get(key))?.value as string[] | undefined) ?? [];
  /** A catalogue entry as stored: under its row key, sealed. */
  const catalogueRow = async (entry: ChatEntry | AccountEntry): Promise<CatalogueRow> => ({
    key: await rowKey(entry.key),
    body: await codec.sealRecord(entry),
  });
  const open = <T>(body: unknown) => codec.openRecord(body) as Promise<T>;

  async function readCase(id: string): Promise<Case | null> {
    const row = await db.cases.get(id);
    return row ? open<Case>(row.body) : null;
  }

  async function readAnnotation(captureId: string): Promise<Annotation | null> {
    const row = await db.annotations.get(captureId);
    return row ? open<Annotation>(row.body) : null;
  }

  async function annotationRow(annotation: Annotation): Promise<AnnotationRow> {
    return { captureId: annotation.captureId, body: await codec.sealRecord(annotation) };
  }

  /** `order` is its capture's (db.ts): the search docs list in the order the captures were stored. */
  async function searchDocRow(
    record: CaptureRecord,
    annotation: Annotation | null,
    order: number,
  ): Promise<SearchDocRow> {
    const doc = buildSearchDoc(record, annotation);
    return { captureId: doc.captureId, order, body: await codec.sealRecord(doc) };
  }

  /** The active case's id, as kept in `meta`: sealed once a passphrase is set (LockedError while locked). */
  async function readActiveCase(): Promise<string | null> {
    const row = await db.meta.get(ACTIVE_CASE);
    const id = row ? await codec.openRecord(row.value) : null;
    return typeof id === 'string' && (await db.cases.get(id)) ? id : null;
  }

  async function annotatedEvent(
    previous: Pick<CustodyEvent, 'seq' | 'hash'> | undefined,
    before: Annotation,
    after: Annotation,
  ): Promise<CustodyEvent> {
    const details = await annotatedDetails(before, after);
    const event: NewCustodyEvent = {
      type: 'annotated',
      at: after.updatedAt,
      actor: await ctx.installId(),
      captureId: after.captureId,
      payloadSha256: await sha256Hex(canonicalJson(details)),
      details,
    };
    return ctx.sealEvent(await ctx.chain(previous, event));
  }

  async function assertCase(caseId: string | null | undefined): Promise<void> {
    if (caseId && !(await db.cases.get(caseId))) throw new DokazError(text('error.noCase', { id: caseId }));
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
          updates = await this.catalogueFor(record);
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
      };
    },

    /** The catalogue entries a capture changes, merged with the stored ones (throws LockedError while locked). */
    async catalogueFor(record: CaptureRecord) {
      const keys = catalogueKeys(record);
      const [chatRow, accountRows] = await Promise.all([
        keys.chat ? db.chats.get(await rowKey(keys.chat)) : undefined,
        db.accounts.bulkGet(await Promise.all(keys.accounts.map(rowKey))),
      ]);
      // By the catalogue key each entry holds: the row's own key may be its HMAC.
      const chats = new Map<string, ChatEntry>();
      if (chatRow) {
        const entry = await open<ChatEntry>(chatRow.body);
        chats.set(entry.key, entry);
      }
      const accounts = new Map<string, AccountEntry>();
      for (const row of accountRows) {
        if (!row) continue;
        const entry = await open<AccountEntry>(row.body);
        accounts.set(entry.key, entry);
      }
      return catalogueUpdates(
        record,
        (key) => chats.get(key),
        (key) => accounts.get(key),
      );
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
            this.catalogueFor(record),
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
          const [doc, chats, accounts, annotated] = await Promise.all([
            searchDocRow(record, annotation, row.order),
            Promise.all(updates.chat ? [catalogueRow(updates.chat)] : []),
            Promise.all(updates.accounts.map(catalogueRow)),
            event && annotation ? annotationRow(annotation) : null,
          ]);
          const tables = [db.searchDocs, db.chats, db.accounts, db.meta, db.annotations, db.custody];
          await db.transaction('rw', tables, async () => {
            await db.searchDocs.put(doc);
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
    },

    async createCase(input: CaseInput & { name: string }): Promise<Case> {
      const name = input.name?.trim();
      if (!name) throw new DokazError(text('error.caseName'));
      const at = now().toISOString();
      const created: Case = {
        id: crypto.randomUUID(),
        name,
        description: input.description?.trim() ?? '',
        personAlias: input.personAlias?.trim() ?? '',
        status: input.status && CASE_STATUSES.includes(input.status) ? input.status : 'open',
        createdAt: at,
        updatedAt: at,
      };
      const body = await codec.sealRecord(created);
      await ctx.serially(async () => {
        const seq = ((await db.cases.orderBy('seq').last())?.seq ?? 0) + 1;
        await db.cases.add({ id: created.id, seq, body });
      });
      return created;
    },

    async updateCase(id: string, patch: CaseInput): Promise<Case> {
      return ctx.serially(async () => {
        const current = await readCase(id);
        if (!current) throw new DokazError(text('error.noCase', { id }));
        const name = patch.name === undefined ? current.name : patch.name.trim();
        if (!name) throw new DokazError(text('error.caseName'));
        const updated: Case = {
          ...current,
          name,
          description: patch.description?.trim() ?? current.description,
          personAlias: patch.personAlias?.trim() ?? current.personAlias,
          status: patch.status && CASE_STATUSES.includes(patch.status) ? patch.status : current.status,
          updatedAt: now().toISOString(),
        };
        await db.cases.update(id, { body: await codec.sealRecord(updated) });
        return updated;
      });
    },

    async listCases(): Promise<Case[]> {
      const rows = await db.cases.orderBy('seq').toArray();
      return Promise.all(rows.map((row) => open<Case>(row.body)));
    },

    getActiveCase: readActiveCase,

    /** Sealed like a record (lock.ts re-seals it with the rows): which case she works on is not in the clear. */
    async setActiveCase(id: string | null): Promise<void> {
      await assertCase(id);
      await ctx.serially(async () => {
        if (id) await db.meta.put({ key: ACTIVE_CASE, value: await codec.sealRecord(id) });
        else await db.meta.delete(ACTIVE_CASE);
      });
    },

    async getAnnotation(captureId: string): Promise<Annotation> {
      return (await readAnnotation(captureId)) ?? emptyAnnotation(captureId, '');
    },

    /** Changes a capture's annotation and records it in the custody log, in one transaction. */
    annotate(captureId: string, patch: AnnotationPatch): Promise<Annotation> {
      return ctx.serially(async () => {
        const captureRow = await db.captures.get(captureId);
        if (!captureRow) throw new StoreError(text('error.noCaptureToAnnotate', { id: captureId }));
        await assertCase(patch.caseId);
        const at = now().toISOString();
        const before = (await readAnnotation(captureId)) ?? emptyAnnotation(captureId, at);
        const after = applyPatch(before, patch, at);
        if (changedFields(before, after).length === 0) return before;
        const record = await open<CaptureRecord>(captureRow.body);
        const event = await annotatedEvent(await ctx.head(), before, after);
        const [row, doc] = await Promise.all([annotationRow(after), searchDocRow(record, after, captureRow.order)]);
        await db.transaction('rw', db.annotations, db.searchDocs, db.custody, async () => {
          await db.annotations.put(row);
          await db.searchDocs.put(doc);
          await ctx.putEvent(event);
        });
        return after;
      });
    },

    async searchDocs(): Promise<SearchDoc[]> {
      const rows = await db.searchDocs.toArray();
      return Promise.all(rows.map((row) => open<SearchDoc>(row.body)));
    },

    /** The newest search docs, for the list's first paint before every doc is read. */
    async latestSearchDocs(limit: number): Promise<SearchDoc[]> {
      const rows = await db.searchDocs.orderBy('order').reverse().limit(limit).toArray();
      return Promise.all(rows.map((row) => open<SearchDoc>(row.body)));
    },

    async search(query: string, filters: SearchFilters = {}): Promise<string[]> {
      const rows = await db.searchDocs.toArray();
      const docs = await Promise.all(rows.map((row) => open<SearchDoc>(row.body)));
      return searchCaptures(docs, query, filters);
    },

    async catalogue(): Promise<Catalogue> {
      const [chats, accounts] = await Promise.all([db.chats.toArray(), db.accounts.toArray()]);
      return {
        groups: await Promise.all(chats.map((row) => open<ChatEntry>(row.body))),
        accounts: await Promise.all(accounts.map((row) => open<AccountEntry>(row.body))),
      };
    },

    /** What a person edits by hand in the catalogue: whether the group or account is still there, and a note. */
    updateCatalogueEntry(
      kind: 'group' | 'account',
      key: string,
      patch: { status?: ChatEntry['status']; note?: string },
    ): Promise<ChatEntry | AccountEntry> {
      return ctx.serially(async () => {
        const table = kind === 'group' ? db.chats : db.accounts;
        const row = await table.get(await rowKey(key));
        if (!row) throw new DokazError(text('error.noCatalogueEntry', { key }));
        const entry = await open<ChatEntry | AccountEntry>(row.body);
        const updated = {
          ...entry,
          status: patch.status && ['active', 'gone', 'unknown'].includes(patch.status) ? patch.status : entry.status,
          note: typeof patch.note === 'string' ? patch.note.slice(0, 20_000) : entry.note,
        };
        await table.put({ key: row.key, body: await codec.sealRecord(updated) });
        return updated;
      });
    },

    /**
     * What deleting a capture changes in case work, prepared before the
     * deletion's transaction: the catalogue entries it fed, made again from
     * the captures they still have (hand-set status and note kept), or gone.
     */
    async prepareForget(record: CaptureRecord, load: (ids: string[]) => Promise<CaptureRecord[]>): Promise<ForgetWork> {
      const keys = catalogueKeys(record);
      const work: ForgetWork = { captureId: record.id, chats: [], accounts: [], goneChats: [], goneAccounts: [] };
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
      await db.annotations.delete(work.captureId);
      if (work.chats.length) await db.chats.bulkPut(work.chats);
      if (work.accounts.length) await db.accounts.bulkPut(work.accounts);
      if (work.goneChats.length) await db.chats.bulkDelete(work.goneChats);
      if (work.goneAccounts.length) await db.accounts.bulkDelete(work.goneAccounts);
    },
  };
}

export type CaseWork = ReturnType<typeof createCaseWork>;
