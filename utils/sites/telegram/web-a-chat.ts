import { chatLink, splitBotApiPeerId } from './ids';
import type { TelegramChat, TelegramChatType } from './types';
import { parseWebAHash, webAPeerId } from './web-a-ids';
import { readText, type TextSelectors } from './web-a-text';
import { note, type Note } from '../../notes/note';

/**
 * The chat a Web A page shows: its id from the URL (src/util/routing.ts), the
 * rest from the header above the messages (src/components/middle/MiddleHeader.tsx
 * with src/components/common/GroupChatInfo.tsx or PrivateChatInfo.tsx). The
 * header shows no username (GroupChatInfo renders one only withUsername, which
 * MiddleHeader does not pass) and Web A never writes one in the address: a
 * public chat's username is shown only in the profile panel of the right column,
 * when it is open (src/components/right/Profile.tsx renderProfileInfo).
 */

/** The selectors this reads, kept with the others at the top of web-a.ts. */
export interface ChatSelectors {
  chatInfo: string;
  avatar: string;
  chatTitle: string;
  chatStatus: string;
  groupStatus: string;
  profile: {
    root: string;
    peer: string;
    row: string;
    rowTitle: string;
    linkIcon: string;
    mentionIcon: string;
  };
  text: TextSelectors;
}

export type WebAChat = TelegramChat & { description: string | null; link: string | null };

export function readChat(doc: Document, pageUrl: string, sel: ChatSelectors): { chat: WebAChat; notes: Note[] } {
  const notes: Note[] = [];
  const hash = parseWebAHash(pageUrl);
  const info = doc.querySelector(sel.chatInfo);
  if (!info) notes.push(note('webANoHeader'));
  const headerId = webAPeerId(info?.querySelector(sel.avatar)?.getAttribute('data-peer-id'));
  let peerId = hash.peerId ?? headerId;
  if (hash.peerId !== null && headerId !== null && hash.peerId !== headerId) {
    notes.push(note('webAChatMismatch', { urlId: hash.peerId, headerId }));
    peerId = null;
  } else if (peerId === null) {
    notes.push(note('webANoChatId'));
  }
  const titleEl = info?.querySelector(sel.chatTitle);
  const title = titleEl ? readText(titleEl, sel.text).text.trim() || null : null;
  const status = info?.querySelector(sel.groupStatus) ?? info?.querySelector(sel.chatStatus);
  const statusText = status?.textContent?.trim() || null;
  const count = parseShownCount(/^[\d\s\u00a0\u202f,.']+(?=\s\p{L})/u.exec(statusText ?? '')?.[0]);
  const type = info ? chatType(peerId, statusText) : null;
  if (info && type === null) notes.push(note('webAStatusNoType', { status: statusText ?? '' }));
  const { username, usernameSource } = chatUsername(doc, peerId, sel, notes);
  notes.push(note('webANoDescription'));
  const chat: WebAChat = {
    title,
    peerId,
    username,
    usernameSource,
    type,
    memberCount: count,
    memberCountText: count === null ? null : statusText,
    description: null,
    link: chatLink(username),
  };
  return { chat, notes };
}

/**
 * The open chat's username: only the profile panel shows it, when it shows this chat. An address "#@username" is not
 * one: Web A neither writes nor reads it, so it names no chat (see parseWebAHash).
 */
function chatUsername(
  doc: Document,
  peerId: number | null,
  sel: ChatSelectors,
  notes: Note[],
): Pick<TelegramChat, 'username' | 'usernameSource'> {
  const panel = profileUsername(doc, peerId, sel);
  if (panel) return { username: panel, usernameSource: 'profile panel (same peer id)' };
  notes.push(note('webAChatUsernameUnseen'));
  return { username: null, usernameSource: null };
}

/**
 * ChatExtra.tsx renderUsernames: a chat's main username is a ListItem with icon "link" whose title is
 * "https://t.me/<username>" (formatUsername asAbsoluteLink), a user's one with icon "mention" whose title is
 * "@<username>". A private chat's invite link shares the "link" icon but is a t.me/+… or joinchat address. Only a
 * panel whose avatar carries this chat's peer id is read (ProfileInfo.tsx, minimized); one expanded to a photo carries
 * none, and a title is no proof of which chat it is. Panels that disagree (one sliding out) give none.
 */
function profileUsername(doc: Document, peerId: number | null, sel: ChatSelectors): string | null {
  const { profile: p } = sel;
  if (peerId === null) return null;
  const found = new Set<string>();
  for (const panel of doc.querySelectorAll(p.root)) {
    if (webAPeerId(panel.querySelector(p.peer)?.getAttribute('data-peer-id')) !== peerId) continue;
    for (const row of panel.querySelectorAll(p.row)) {
      const text = row.querySelector(p.rowTitle)?.textContent?.trim() ?? '';
      const match =
        peerId < 0 && row.querySelector(p.linkIcon)
          ? /^https:\/\/t\.me\/([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(text)
          : peerId > 0 && row.querySelector(p.mentionIcon)
            ? /^@([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(text)
            : null;
      if (match) {
        found.add(match[1]!);
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
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
