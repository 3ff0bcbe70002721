import type { CaptureRecord } from '../evidence/record';
import { siteObservation } from '../sites';
import type { AccountSeen, ChatSeen, Observation } from '../sites/site';
import type { AccountEntry, ChatEntry, Seen } from './types';

/**
 * The catalogue of groups and accounts, filled from captures of the sites that
 * know them (Telegram): what each capture saw of its chat and of the accounts
 * in it, merged into one entry per chat and per account, keyed by a stable id. Titles, names
 * and usernames change; each value is kept with when it was first and last
 * seen. Pure: the store applies it inside the capture's transaction.
 */
/** What a capture saw: its chat, and the accounts in it, as its site reads them (utils/sites/<site>/catalogue.ts). */
export function observe(record: CaptureRecord): Observation {
  const post = record.post.structured;
  return post ? siteObservation(post) : { chat: null, accounts: [] };
}

/** Adds `value`, seen at `at`, to a history of values. */
export function seenAt(history: readonly Seen[], value: string | null, at: string): Seen[] {
  if (!value) return [...history];
  const found = history.find((item) => item.value === value);
  if (!found) return [...history, { value, firstSeen: at, lastSeen: at }].sort(byFirstSeen);
  return history.map((item) =>
    item === found
      ? {
          value,
          firstSeen: at < item.firstSeen ? at : item.firstSeen,
          lastSeen: at > item.lastSeen ? at : item.lastSeen,
        }
      : item,
  );
}

const byFirstSeen = (a: Seen, b: Seen) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0);

export function mergeChat(entry: ChatEntry | undefined, seen: ChatSeen, at: string, captureId: string): ChatEntry {
  const base: ChatEntry = entry ?? {
    key: seen.key,
    peerId: seen.peerId,
    titles: [],
    usernames: [],
    memberCounts: [],
    type: null,
    link: null,
    status: 'unknown',
    note: '',
    captureIds: [],
  };
  const counts = seen.memberCountText
    ? [...base.memberCounts, { count: seen.memberCount, text: seen.memberCountText, at }].sort((a, b) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
      )
    : base.memberCounts;
  return {
    ...base,
    peerId: base.peerId ?? seen.peerId,
    titles: seenAt(base.titles, seen.title, at),
    usernames: seenAt(base.usernames, seen.username, at),
    memberCounts: counts,
    type: seen.type ?? base.type,
    link: latest(base, at) ? (seen.link ?? base.link) : (base.link ?? seen.link),
    captureIds: base.captureIds.includes(captureId) ? base.captureIds : [...base.captureIds, captureId],
  };
}

export function mergeAccount(
  entry: AccountEntry | undefined,
  seen: AccountSeen,
  chatKey: string | null,
  at: string,
  captureId: string,
): AccountEntry {
  const base: AccountEntry = entry ?? {
    key: seen.key,
    peerId: seen.peerId,
    names: [],
    usernames: [],
    chatKeys: [],
    status: 'unknown',
    note: '',
    captureIds: [],
  };
  return {
    ...base,
    peerId: base.peerId ?? seen.peerId,
    names: seenAt(base.names, seen.name, at),
    usernames: seenAt(base.usernames, seen.username, at),
    chatKeys: chatKey && !base.chatKeys.includes(chatKey) ? [...base.chatKeys, chatKey] : base.chatKeys,
    captureIds: base.captureIds.includes(captureId) ? base.captureIds : [...base.captureIds, captureId],
  };
}

/** Whether a sighting at `at` is the newest of the entry's, so that its link wins. */
function latest(entry: ChatEntry, at: string): boolean {
  return entry.titles.every((title) => title.lastSeen <= at) && entry.usernames.every((u) => u.lastSeen <= at);
}

/** The name to show: the newest title or name, else the newest username, else the key. */
export function currentName(history: readonly Seen[], usernames: readonly Seen[], key: string): string {
  const newest = (list: readonly Seen[]) =>
    [...list].sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0))[0]?.value;
  const username = newest(usernames);
  return newest(history) ?? (username ? `@${username}` : key);
}
