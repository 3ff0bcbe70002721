import type { CaptureRecord } from '../evidence/record';
import { mergeAccount, mergeChat, observe } from './catalogue';
import type { AccountEntry, ChatEntry } from './types';

/** The catalogue entries a capture changes, merged with what the catalogue held (looked up by key). */
export function catalogueUpdates(
  record: CaptureRecord,
  chatOf: (key: string) => ChatEntry | undefined,
  accountOf: (key: string) => AccountEntry | undefined,
): { chat: ChatEntry | null; accounts: AccountEntry[] } {
  const seen = observe(record);
  const at = record.capturedAt;
  const chat = seen.chat ? mergeChat(chatOf(seen.chat.key), seen.chat, at, record.id) : null;
  const accounts = seen.accounts.map((account) =>
    mergeAccount(accountOf(account.key), account, seen.chat?.key ?? null, at, record.id),
  );
  return { chat, accounts };
}

/** The keys a capture touches, to read them before its transaction. */
export function catalogueKeys(record: CaptureRecord): { chat: string | null; accounts: string[] } {
  const seen = observe(record);
  return { chat: seen.chat?.key ?? null, accounts: seen.accounts.map((account) => account.key) };
}
