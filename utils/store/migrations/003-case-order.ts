import type { Transaction } from 'dexie';

/**
 * Version 2 → 3: cases get `seq`, their place in the order they were made.
 * `createdAt` alone could not say it: two cases made within one millisecond
 * (an import, a script through the test API) were listed in the order of their
 * random ids. Existing cases are numbered as version 2 listed them: by
 * `createdAt`, then by id. Only plain row fields are read, so a locked store
 * is numbered as well as an open one.
 */
export async function numberCases(tx: Transaction): Promise<void> {
  const table = tx.table('cases');
  // An index keeps rows with equal values in the order of their primary keys.
  const rows = (await table.orderBy('createdAt').toArray()) as { id: string; createdAt: string }[];
  await table.bulkPut(rows.map((row, index) => ({ ...row, seq: index + 1 })));
}
