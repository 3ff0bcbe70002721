import type { CaptureRecord } from '../evidence/record';
import type { TelegramChat, TelegramPeerRef } from '../sites/telegram/types';
import type { AccountEntry, ChatEntry, Seen } from './types';

/**
 * The catalogue of groups and accounts, filled from Telegram captures: what
 * each capture saw of its chat and of the accounts in it, merged into one
 * entry per chat and per account, keyed by the stable peer id. Titles, names
 * and usernames change; each value is kept with when it was first and last
 * seen. Pure: the store applies it inside the capture's transaction.
 */
export interface ChatSeen {
  key: string;
  peerId: number | null;
  title: string | null;
  username: string | null;
  type: string | null;
  memberCount: number | null;
  memberCountText: string | null;
  link: string | null;
}

export interface AccountSeen {
  key: string;
  peerId: number | null;
  name: string | null;
  username: string | null;
}

export function peerKey(peer: { peerId: number | null; username: string | null }): string | null {
  if (peer.peerId !== null) return `peer:${peer.peerId}`;
  if (peer.username) return `username:${peer.username.toLowerCase()}`;
  return null;
}

/** What a capture saw: its chat, and the accounts in it (sender, forward source, the account documented). */
export function observeTelegram(record: CaptureRecord): { chat: ChatSeen | null; accounts: AccountSeen[] } {
  const post = record.post.structured;
  if (!post) return { chat: null, accounts: [] };
  const chat = chatSeen(post.chat, post.kind === 'chat' ? post.chat.link : null);
  const peers: TelegramPeerRef[] = [];
  if (post.kind === 'message') {
    if (post.sender) peers.push(post.sender);
    if (post.forwardedFrom) peers.push(post.forwardedFrom);
  }
  if (post.kind === 'account') peers.push(post.account);
  const accounts: AccountSeen[] = [];
  for (const peer of peers) {
    const key = peerKey(peer);
    // A channel posting as itself is the chat, not an account.
    if (!key || key === chat?.key || accounts.some((a) => a.key === key)) continue;
    accounts.push({ key, peerId: peer.peerId, name: peer.name, username: peer.username });
  }
  return { chat, accounts };
}

function chatSeen(chat: TelegramChat, link: string | null): ChatSeen | null {
  const key = peerKey(chat);
  if (!key) return null;
  return {
    key,
    peerId: chat.peerId,
    title: chat.title,
    username: chat.username,
    type: chat.type,
    memberCount: chat.memberCount,
    memberCountText: chat.memberCountText,
    link: link ?? (chat.username ? `https://t.me/${chat.username}` : null),
  };
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
