import type { Transaction } from 'dexie';
import type { CaptureRecord } from '../../evidence/record';
import { catalogueUpdates } from '../../case-work/catalogue-updates';
import { buildSearchDoc } from '../../case-work/search';
import type { AccountEntry, ChatEntry } from '../../case-work/types';

/**
 * Version 1 → 2: case work. The captures already stored get their search doc
 * and feed the catalogue, oldest first, as new captures will. Stores of
 * version 1 keep records in plain form (encryption came later), so the rows
 * are read and written as they are, inside Dexie's upgrade transaction.
 */
export async function migrateToCaseWork(tx: Transaction): Promise<void> {
  const chats = new Map<string, ChatEntry>();
  const accounts = new Map<string, AccountEntry>();
  const docs = [];
  const captures = await tx.table('captures').orderBy('capturedAt').toArray();
  for (const row of captures as { body: CaptureRecord }[]) {
    const record = row.body;
    docs.push({ captureId: record.id, capturedAt: record.capturedAt, body: buildSearchDoc(record, null) });
    const updates = catalogueUpdates(
      record,
      (key) => chats.get(key),
      (key) => accounts.get(key),
    );
    if (updates.chat) chats.set(updates.chat.key, updates.chat);
    for (const account of updates.accounts) accounts.set(account.key, account);
  }
  await tx.table('searchDocs').bulkPut(docs);
  await tx.table('chats').bulkPut([...chats.values()].map((entry) => ({ key: entry.key, body: entry })));
  await tx.table('accounts').bulkPut([...accounts.values()].map((entry) => ({ key: entry.key, body: entry })));
}
