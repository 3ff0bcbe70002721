import type { Transaction } from 'dexie';

/**
 * Version 3 → 4 (the victim-safety issue): no time and no case link in the
 * clear. Until version 3 the indexes kept every capture's `capturedAt`, every
 * case's `createdAt` and every annotation's `caseId` in plain row fields,
 * which a copy of a locked profile showed. Now:
 *
 * - captures and search docs are ordered by `order`, the `seq` of the custody
 *   event that brought the capture into the store (plain already, as the chain
 *   needs it): the order in which they were stored, which says no time;
 * - cases by their `seq` alone (version 3), `createdAt` left in the sealed body;
 * - annotations by capture only, their case in the sealed body.
 *
 * Only plain row fields are read and written, so a locked store migrates as
 * well as an open one, and no WebCrypto call ends the upgrade's transaction.
 */
export async function dropTimesAndLinks(tx: Transaction): Promise<void> {
  const firstEvent = new Map<string, number>();
  let lastSeq = 0;
  await tx
    .table('custody')
    .orderBy('seq')
    .each((row: { seq: number; captureId: string | null }) => {
      lastSeq = row.seq;
      if (row.captureId !== null && !firstEvent.has(row.captureId)) firstEvent.set(row.captureId, row.seq);
    });
  // A capture without an event (a store of version 1 never had one written) goes after every event, by its time.
  // The index on `capturedAt` is gone by now (Dexie drops it before the upgrade runs): sorted here.
  const captures = ((await tx.table('captures').toArray()) as Record<string, unknown>[]).sort((a, b) =>
    String(a.capturedAt).localeCompare(String(b.capturedAt)),
  );
  const orderOf = new Map<string, number>();
  for (const row of captures) orderOf.set(row.id as string, firstEvent.get(row.id as string) ?? ++lastSeq);
  await tx
    .table('captures')
    .bulkPut(captures.map(({ capturedAt: _, ...row }) => ({ ...row, order: orderOf.get(row.id as string) })));
  const docs = (await tx.table('searchDocs').toArray()) as Record<string, unknown>[];
  await tx
    .table('searchDocs')
    .bulkPut(docs.map(({ capturedAt: _, ...row }) => ({ ...row, order: orderOf.get(row.captureId as string) ?? 0 })));
  await tx
    .table('cases')
    .toCollection()
    .modify((row: Record<string, unknown>) => void delete row.createdAt);
  await tx
    .table('annotations')
    .toCollection()
    .modify((row: Record<string, unknown>) => void delete row.caseId);
}
