import type { CustodyEvent, NewCustodyEvent } from '../custody';
import { canonicalJson } from '../canonical-json';
import type { CaptureRecord } from '../evidence/record';
import { annotatedDetails } from '../case-work/annotations';
import { catalogueKeys, catalogueUpdates } from '../case-work/catalogue-updates';
import { buildSearchDoc } from '../case-work/search';
import type { AccountEntry, Annotation, Case, ChatEntry } from '../case-work/types';
import { DokazError } from '../errors';
import { ACTIVE_CASE } from './lock';
import { sha256Hex } from '../hash';
import { text } from '../i18n/translate';
import type { CaseWorkContext } from './case-work';
import type { AnnotationRow, CatalogueRow, SearchDocRow } from './db';

/** The rows of case work as the store keeps them (sealed, under their keys), read and made; shared by its parts. */
export function createCaseWorkRows(ctx: CaseWorkContext) {
  const { db, codec, rowKey } = ctx;
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

  /** The catalogue entries a capture changes, merged with the stored ones (throws LockedError while locked). */
  async function catalogueFor(record: CaptureRecord) {
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
  }

  return {
    readList,
    catalogueRow,
    open,
    readCase,
    readAnnotation,
    annotationRow,
    searchDocRow,
    readActiveCase,
    annotatedEvent,
    assertCase,
    catalogueFor,
  };
}

export type CaseWorkRows = ReturnType<typeof createCaseWorkRows>;
