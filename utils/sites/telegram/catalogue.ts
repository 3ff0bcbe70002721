import type { AccountSeen, ChatSeen, Observation, PostSummary } from '../site';
import type { TelegramChat, TelegramPeerRef, TelegramPost } from './types';

/**
 * What a Telegram capture adds to the catalogue: its chat, and the accounts in it (sender, forward source, the
 * account documented), keyed by the stable peer id ("peer:<Bot API id>"), or by the username while the id is not
 * known. The keys are stored: they never change.
 */
export function peerKey(peer: { peerId: number | null; username: string | null }): string | null {
  if (peer.peerId !== null) return `peer:${peer.peerId}`;
  if (peer.username) return `username:${peer.username.toLowerCase()}`;
  return null;
}

export function observeTelegram(post: TelegramPost): Observation {
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

/** What every site's post has: for a message, its id, link, sender, date and text; the chat's or account's name. */
export function summarizeTelegram(post: TelegramPost): PostSummary {
  const none = { id: null, link: null, author: null, date: null, text: null };
  if (post.kind === 'account') return { ...none, title: post.account.name ?? post.chat.title };
  if (post.kind === 'chat') return { ...none, title: post.chat.title };
  const sender = post.sender;
  return {
    title: post.chat.title,
    id: post.messageId === null ? null : String(post.messageId),
    link: post.permalink,
    author: sender && {
      name: sender.name,
      id: sender.peerId === null ? null : String(sender.peerId),
      username: sender.username,
    },
    date: post.date.iso,
    text: post.text,
  };
}
