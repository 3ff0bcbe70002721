import { botApiPeerId, chatLink } from './ids';
import type { TelegramChat, TelegramChatType } from './types';
import { isChannelMid, parseWebKHash, parseWebKNumber, webKPeerToBotApi } from './web-k-ids';
import { WEB_K } from './web-k-selectors';
import { note, type Note } from '../../notes/note';

/** The chat as Web K shows it: header, URL and bubbles, for one Web K peer id. */
export type WebKChat = TelegramChat & { description: string | null; link: string | null };

/** The chat without the fields only a chat post has. */
export function chatOnly(chat: WebKChat): TelegramChat {
  const { description: _description, link: _link, ...rest } = chat;
  return rest;
}

/** Visible text of an element, whitespace collapsed. */
export function shownText(element: Element | null | undefined): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** A peer title's name (the name is in .peer-title-inner when icons follow it: src/components/peerTitle.ts). */
export function peerTitleName(title: Element | null | undefined): string | null {
  return shownText(title?.querySelector(WEB_K.peerTitleInner) ?? title);
}

/** "1 234", "12,345", "987" → a number; abbreviated or other text ("1.2K") → null. */
export function exactCount(text: string): number | null {
  const match = /^\s*(\d{1,3}(?:[\s\u00a0\u202f,.']\d{3})*|\d+)\s*$/.exec(text);
  return match ? Number(match[1]!.replace(/\D/g, '')) : null;
}

/** The member/subscriber part of a header status ("1 234 members, 56 online" → "1 234 members"). */
function countPart(status: string | null): { text: string; count: number | null; broadcast: boolean } | null {
  const part = status?.split(/,\s+(?=\d)/).find((p) => /member|subscriber/i.test(p));
  if (!part) return null;
  const number = /^(.*?)\s*(?:members?|subscribers?)\b/i.exec(part)?.[1] ?? '';
  return { text: part.trim(), count: exactCount(number), broadcast: /subscriber/i.test(part) };
}

/** The open chat's root: the element holding both its header and its bubbles (src/components/chat/chat.ts). */
export function chatRootOf(element: Element): ParentNode {
  return element.closest(WEB_K.chat) ?? element.ownerDocument;
}

/** Whether messages of this negative peer carry channel mids (≥ 2^32) or basic-group ones, from any bubble shown. */
function negativeKind(root: ParentNode, webKPeerId: number, mid: number | null): 'chat' | 'channel' | null {
  if (mid !== null && mid > 0) return isChannelMid(mid) ? 'channel' : 'chat';
  const mids: number[] = [];
  root.querySelectorAll(`${WEB_K.bubble}[data-peer-id="${webKPeerId}"][data-mid]`).forEach((bubble) => {
    const m = parseWebKNumber(bubble.getAttribute('data-mid'));
    if (m !== null && m > 0) mids.push(m);
  });
  if (mids.length === 0) return null;
  return mids.some(isChannelMid) ? 'channel' : 'chat';
}

/**
 * Reads the chat a bubble or the header belongs to. The header and the URL
 * describe the open chat; they are used only when they show the same peer.
 */
export function readChat(
  root: ParentNode,
  inner: Element | null,
  webKPeerId: number,
  mid: number | null,
  pageUrl: string,
  notes: Note[],
): WebKChat {
  const header = root.querySelector(WEB_K.header);
  const headerTitle = header?.querySelector(WEB_K.headerTitle);
  const isOpenChat = parseWebKNumber(headerTitle?.getAttribute('data-peer-id')) === webKPeerId;
  const status = isOpenChat ? shownText(header?.querySelector(WEB_K.headerSubtitle)) : null;
  const counted = countPart(status);
  const broadcast = counted?.broadcast ?? (inner ? inner.classList.contains(WEB_K.broadcastClass) : null);

  let peerId: number | null = null;
  let type: TelegramChatType | null = null;
  if (webKPeerId > 0) {
    peerId = botApiPeerId('user', webKPeerId);
    type = status?.toLowerCase() === 'bot' ? 'bot' : 'user';
  } else {
    const kind = negativeKind(root, webKPeerId, mid) ?? (broadcast ? 'channel' : null);
    if (kind) peerId = webKPeerToBotApi(webKPeerId, kind);
    else notes.push(note('webKChatKindUnknown'));
    if (kind === 'chat') type = 'group';
    else if (kind === 'channel' && broadcast !== null) type = broadcast ? 'channel' : 'supergroup';
    else if (kind === 'channel') notes.push(note('webKChannelOrSupergroup'));
  }

  const title = isOpenChat ? peerTitleName(headerTitle) : null;
  if (!title) notes.push(note('webKNoTitle'));

  const { username, usernameSource } = chatUsername(webKPeerId, isOpenChat, pageUrl, notes);

  if (webKPeerId < 0 && !counted?.count) {
    notes.push(note('webKNoExactCount'));
  }
  return {
    title,
    peerId,
    username,
    usernameSource,
    type,
    memberCount: counted?.count ?? null,
    memberCountText: counted?.text ?? null,
    description: null,
    link: chatLink(username),
  };
}

/**
 * The username of the chat a bubble or the header belongs to, from the address: Web K writes `#@username` for the open
 * chat when it has one (appImManager overrideHash()). The profile panel's Link row ("t.me/<username>",
 * peerProfile.tsx) is not read: nothing but a glyph tells it from the rows before it, and the location row is free
 * text the chat's admins write, which could read "t.me/<someone else>".
 */
function chatUsername(
  webKPeerId: number,
  isOpenChat: boolean,
  pageUrl: string,
  notes: Note[],
): Pick<TelegramChat, 'username' | 'usernameSource'> {
  const hash = parseWebKHash(pageUrl);
  if (hash && 'username' in hash && isOpenChat)
    return { username: hash.username, usernameSource: 'address #@username' };
  if (!(hash && 'peerId' in hash && hash.peerId === webKPeerId)) {
    notes.push(note('webKNoUsername'));
  }
  return { username: null, usernameSource: null };
}
