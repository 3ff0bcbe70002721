import type { CustodyEvent, NewCustodyEvent } from '../custody';
import type { CaptureRecord } from '../evidence/record';
import { applyPatch, changedFields, emptyAnnotation } from '../case-work/annotations';
import { searchCaptures } from '../case-work/search';
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
import { ACTIVE_CASE } from './lock';
import { text } from '../i18n/translate';
import type { StoreCodec } from './codec';
import type { DokazDb } from './db';
import { createCaptureCaseWork } from './capture-case-work';
import { createCaseWorkRows } from './case-work-rows';

export type { CaptureCaseWork, ForgetWork } from './capture-case-work';

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

export function createCaseWork(ctx: CaseWorkContext) {
  const rows = createCaseWorkRows(ctx);
  const { db, codec, now, rowKey } = ctx;
  const { open, readCase, readAnnotation, annotationRow, searchDocRow, annotatedEvent, assertCase, readActiveCase } =
    rows;
  return {
    ...createCaptureCaseWork(ctx, rows),
    catalogueFor: rows.catalogueFor,

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
  };
}

export type CaseWork = ReturnType<typeof createCaseWork>;
