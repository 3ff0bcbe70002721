import { browser } from 'wxt/browser';
import { clearFeedback } from '../capture/feedback';
import { eraseDokazDownloads } from './downloads';
import type { WipedNotice } from '../safety/quick-exit';

/**
 * "Delete everything" (the victim-safety issue): the whole IndexedDB database
 * (every capture and its files, the custody log, cases and annotations, the
 * catalogue, and in `meta` the install id, the signing key, the lock's keys
 * and the export outbox), then every setting (storage.local), the unlocked
 * key (storage.session), the badges and notifications, and Dokaz's entries
 * in the browser's download list (not the files: downloads.ts).
 *
 * The database is deleted rather than its tables cleared: nothing is left
 * behind, tables a later version adds included, and the browser frees the
 * files at once. Other pages' connections close as the deletion asks them to
 * (Dexie's default). This store's connection stays closed: the caller opens a
 * new store, which makes the database afresh on its first use, with a new
 * install id and, at the first export, a new signing key.
 */
export async function wipeEverything(store: { destroy(): Promise<void> }): Promise<void> {
  await store.destroy();
  await Promise.all([browser.storage.local.clear(), browser.storage.session?.clear()]);
  await Promise.all([clearFeedback().catch(() => undefined), eraseDokazDownloads().catch(() => undefined)]);
}

/** Tells every open Dokaz page to show the empty store. */
export function announceWiped(): void {
  const notice: WipedNotice = { type: 'wiped' };
  browser.runtime.sendMessage(notice).catch(() => undefined); // no page open
}
