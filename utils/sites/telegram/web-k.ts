import { defineExtractor, UnknownLayoutError } from '../site';
import type { ExtractedTelegram, TelegramPost } from './types';
import { chatOnly, chatRootOf, readChat } from './web-k-chat';
import { parseWebKNumber } from './web-k-ids';
import { nameInGroup, peerRef, readMessage } from './web-k-message';
import { WEB_K } from './web-k-selectors';
import { note, type Note } from '../../notes/note';

/**
 * Telegram Web K (web.telegram.org/k, github.com/morethanwords/tweb): the
 * message, chat or account under the right-clicked element, read from the
 * DOM only. Selectors, each with the tweb source that renders it: ./web-k-selectors.ts.
 *
 * An album is one post with all its items, under its first message's id, the
 * bubble's data-mid (bubbles.ts renders only the album's main message,
 * getMainGroupedMessage(): the first), whichever item was right-clicked: the
 * rule of all three Telegram clients, and the id t.me links show the album by.
 * Each item is a message of its own (wrappers/album.ts puts data-mid on every
 * item) and keeps that id in its media entry.
 */
const NAME = 'telegram-web-k@1';

function base(notes: Note[]) {
  return { platform: 'telegram' as const, client: 'web-k' as const, extractor: NAME, notes };
}

function bubbleChat(bubble: Element, pageUrl: string, notes: Note[]) {
  const webKPeerId = parseWebKNumber(bubble.getAttribute('data-peer-id'));
  const mid = parseWebKNumber(bubble.getAttribute('data-mid'));
  if (webKPeerId === null || mid === null) {
    throw new UnknownLayoutError(note('layoutNoBubbleIds'));
  }
  const chat = readChat(chatRootOf(bubble), bubble.closest(WEB_K.bubblesInner), webKPeerId, mid, pageUrl, notes);
  return { webKPeerId, chat };
}

function extractHeader(header: Element, pageUrl: string): ExtractedTelegram {
  const notes: Note[] = [];
  const webKPeerId = parseWebKNumber(header.querySelector(WEB_K.headerTitle)?.getAttribute('data-peer-id'));
  if (webKPeerId === null) throw new UnknownLayoutError(note('layoutNoHeaderPeer'));
  const root = chatRootOf(header);
  const chat = readChat(root, root.querySelector(WEB_K.bubblesInner), webKPeerId, null, pageUrl, notes);
  notes.push(note('webKDescriptionInSidebar'));
  return { post: { ...base(notes), kind: 'chat', chat }, element: header };
}

/** A sender's avatar: the account, named by a bubble of the same group that shows its name. */
function extractAvatar(avatar: Element, pageUrl: string): ExtractedTelegram | null {
  const group = avatar.closest(WEB_K.group);
  const bubble = group?.querySelector(`${WEB_K.bubble}[data-mid]`);
  if (!group || !bubble) return null;
  const notes: Note[] = [];
  const { chat } = bubbleChat(bubble, pageUrl, notes);
  const id = parseWebKNumber(
    (avatar.matches('[data-peer-id]') ? avatar : avatar.querySelector('[data-peer-id]'))?.getAttribute('data-peer-id'),
  );
  const account = peerRef(nameInGroup(group, id), id);
  if (!account.name) notes.push(note('webKAvatarNoName'));
  if (account.peerId === null) notes.push(note('webKAvatarNoId'));
  notes.push(note('webKNoUsernameInChat'));
  return { post: { ...base(notes), kind: 'account', account, chat: chatOnly(chat) }, element: group };
}

/** A name in the bubble (the sender's, or the forward's source): that account. */
function extractName(bubble: Element, title: Element, pageUrl: string): ExtractedTelegram {
  const notes: Note[] = [];
  const { chat } = bubbleChat(bubble, pageUrl, notes);
  const id = parseWebKNumber(
    title.getAttribute('data-peer-id') ?? title.closest('[data-peer-id]')?.getAttribute('data-peer-id'),
  );
  const account = peerRef(title, id);
  if (account.peerId === null) notes.push(note('webKNameNoId'));
  notes.push(note('webKNoUsernameInChat'));
  return { post: { ...base(notes), kind: 'account', account, chat: chatOnly(chat) }, element: bubble };
}

function extractBubble(bubble: Element, target: Element, pageUrl: string, now: Date): ExtractedTelegram | null {
  const classes = bubble.classList;
  if (classes.contains(WEB_K.dateClass)) return null;
  if (classes.contains(WEB_K.serviceClass)) {
    throw new UnknownLayoutError(note('layoutWebKService'));
  }
  if (classes.contains(WEB_K.sponsoredClass)) {
    throw new UnknownLayoutError(note('layoutWebKSponsored'));
  }
  const title = target.closest(WEB_K.peerTitle);
  if (title && bubble.contains(title) && title.closest(WEB_K.name) && !title.closest(WEB_K.reply)) {
    return extractName(bubble, title, pageUrl);
  }
  const notes: Note[] = [];
  const { webKPeerId, chat } = bubbleChat(bubble, pageUrl, notes);
  const post = readMessage({ bubble, chat, webKPeerId, now, notes, extractor: NAME });
  return { post, element: bubble };
}

export const telegramWebK = defineExtractor<TelegramPost>({
  name: NAME,
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/k(\/|$)/.test(url.pathname),
  read(target, pageUrl, now) {
    const header = target.closest(WEB_K.header);
    if (header) return extractHeader(header, pageUrl);
    const avatar = target.closest(WEB_K.groupAvatar);
    if (avatar) return extractAvatar(avatar, pageUrl);
    const bubble = target.closest(WEB_K.bubble);
    if (bubble?.closest(WEB_K.bubblesInner)) return extractBubble(bubble, target, pageUrl, now);
    return null;
  },
});
