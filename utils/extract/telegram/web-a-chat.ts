import { chatLink, splitBotApiPeerId } from './ids';
import type { TelegramChat, TelegramChatType } from './types';
import { parseWebAHash, webAPeerId } from './web-a-ids';
import { readText, type TextSelectors } from './web-a-text';

/**
 * The chat a Web A page shows: its id from the URL (src/util/routing.ts), the
 * rest from the header above the messages (src/components/middle/MiddleHeader.tsx
 * with src/components/common/GroupChatInfo.tsx or PrivateChatInfo.tsx). The
 * header shows no username, description or link: those are only in the
 * profile panel.
 */

/** The selectors this reads, kept with the others at the top of web-a.ts. */
export interface ChatSelectors {
  chatInfo: string;
  avatar: string;
  chatTitle: string;
  chatStatus: string;
  groupStatus: string;
  text: TextSelectors;
}

export type WebAChat = TelegramChat & { description: string | null; link: string | null };

export function readChat(doc: Document, pageUrl: string, sel: ChatSelectors): { chat: WebAChat; warnings: string[] } {
  const warnings: string[] = [];
  const hash = parseWebAHash(pageUrl);
  const info = doc.querySelector(sel.chatInfo);
  if (!info) warnings.push("The chat's header is not on the page: its title, type and size are unknown.");
  const headerId = webAPeerId(info?.querySelector(sel.avatar)?.getAttribute('data-peer-id'));
  let peerId = hash.peerId ?? headerId;
  if (hash.peerId !== null && headerId !== null && hash.peerId !== headerId) {
    warnings.push(`The URL names chat ${hash.peerId} but the header shows chat ${headerId}.`);
    peerId = null;
  } else if (peerId === null) {
    warnings.push("Neither the URL nor the header gives the chat's id.");
  }
  const title = info?.querySelector(sel.chatTitle);
  const status = info?.querySelector(sel.groupStatus) ?? info?.querySelector(sel.chatStatus);
  const statusText = status?.textContent?.trim() || null;
  const count = parseShownCount(/^[\d\s\u00a0\u202f,.']+(?=\s\p{L})/u.exec(statusText ?? '')?.[0]);
  const type = info ? chatType(peerId, statusText) : null;
  if (info && type === null) warnings.push(`The header's status ("${statusText ?? ''}") does not say the chat's type.`);
  if (!hash.username) warnings.push("Web A's chat header does not show the chat's username.");
  warnings.push("Web A's chat header shows neither the chat's description nor its invite link.");
  const chat: WebAChat = {
    title: title ? readText(title, sel.text).text.trim() || null : null,
    peerId,
    username: hash.username,
    type,
    memberCount: count,
    memberCountText: count === null ? null : statusText,
    description: null,
    link: chatLink(hash.username),
  };
  return { chat, warnings };
}

/**
 * The chat's type: the id tells a user, a basic group, or a channel-or-supergroup apart; GroupChatInfo.tsx
 * getGroupStatus then says "N subscribers" for a channel and "N members" for a group (in English).
 */
function chatType(peerId: number | null, status: string | null): TelegramChatType | null {
  if (peerId === null) return null;
  const { kind } = splitBotApiPeerId(peerId);
  const text = (status ?? '').toLowerCase();
  if (kind === 'chat') return 'group';
  if (kind === 'user') return text === 'bot' ? 'bot' : /^(online|last seen|offline)/.test(text) ? 'user' : null;
  return /subscriber|\bchannel\b/.test(text) ? 'channel' : /member|\bgroup\b/.test(text) ? 'supergroup' : null;
}

/** The chat as a message or an account post carries it: without description and link. */
export function chatOnly({ description: _description, link: _link, ...chat }: WebAChat): TelegramChat {
  return chat;
}

/**
 * A count as Web A writes it whole ("1 234" by formatInteger in src/util/textFormat.ts, "1,234", "999");
 * null for a rounded one ("12,3K", formatIntegerCompact) or anything else.
 */
export function parseShownCount(text: string | null | undefined): number | null {
  const t = text?.trim() ?? '';
  return /^(\d{1,3}(?:[\s\u00a0\u202f,.']\d{3})+|\d+)$/.test(t) ? Number(t.replace(/\D/g, '')) : null;
}
