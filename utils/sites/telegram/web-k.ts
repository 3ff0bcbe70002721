import { UnknownLayoutError, type SiteExtractor } from '../site';
import type { ExtractedTelegram, TelegramPost } from './types';
import { chatOnly, chatRootOf, readChat } from './web-k-chat';
import { parseWebKNumber } from './web-k-ids';
import { nameInGroup, peerRef, readMessage } from './web-k-message';
import { WEB_K } from './web-k-selectors';

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

function base(warnings: string[]) {
  return { platform: 'telegram' as const, client: 'web-k' as const, extractor: NAME, warnings };
}

function bubbleChat(bubble: Element, pageUrl: string, warnings: string[]) {
  const webKPeerId = parseWebKNumber(bubble.getAttribute('data-peer-id'));
  const mid = parseWebKNumber(bubble.getAttribute('data-mid'));
  if (webKPeerId === null || mid === null) {
    throw new UnknownLayoutError('the message bubble has no data-peer-id or data-mid');
  }
  const chat = readChat(chatRootOf(bubble), bubble.closest(WEB_K.bubblesInner), webKPeerId, mid, pageUrl, warnings);
  return { webKPeerId, chat };
}

function extractHeader(header: Element, pageUrl: string): ExtractedTelegram {
  const warnings: string[] = [];
  const webKPeerId = parseWebKNumber(header.querySelector(WEB_K.headerTitle)?.getAttribute('data-peer-id'));
  if (webKPeerId === null) throw new UnknownLayoutError('the chat header shows no peer id');
  const root = chatRootOf(header);
  const chat = readChat(root, root.querySelector(WEB_K.bubblesInner), webKPeerId, null, pageUrl, warnings);
  warnings.push('Web K shows the chat\u2019s description in the profile sidebar, not in the header.');
  return { post: { ...base(warnings), kind: 'chat', chat }, element: header };
}

/** A sender's avatar: the account, named by a bubble of the same group that shows its name. */
function extractAvatar(avatar: Element, pageUrl: string): ExtractedTelegram | null {
  const group = avatar.closest(WEB_K.group);
  const bubble = group?.querySelector(`${WEB_K.bubble}[data-mid]`);
  if (!group || !bubble) return null;
  const warnings: string[] = [];
  const { chat } = bubbleChat(bubble, pageUrl, warnings);
  const id = parseWebKNumber(
    (avatar.matches('[data-peer-id]') ? avatar : avatar.querySelector('[data-peer-id]'))?.getAttribute('data-peer-id'),
  );
  const account = peerRef(nameInGroup(group, id), id);
  if (!account.name) warnings.push('The avatar\u2019s messages here do not show the sender\u2019s name.');
  if (account.peerId === null) warnings.push('The avatar does not carry the sender\u2019s id.');
  warnings.push('Web K does not show this account\u2019s username in the chat.');
  return { post: { ...base(warnings), kind: 'account', account, chat: chatOnly(chat) }, element: group };
}

/** A name in the bubble (the sender's, or the forward's source): that account. */
function extractName(bubble: Element, title: Element, pageUrl: string): ExtractedTelegram {
  const warnings: string[] = [];
  const { chat } = bubbleChat(bubble, pageUrl, warnings);
  const id = parseWebKNumber(
    title.getAttribute('data-peer-id') ?? title.closest('[data-peer-id]')?.getAttribute('data-peer-id'),
  );
  const account = peerRef(title, id);
  if (account.peerId === null) warnings.push('This name carries no account id (a hidden or deleted account).');
  warnings.push('Web K does not show this account\u2019s username in the chat.');
  return { post: { ...base(warnings), kind: 'account', account, chat: chatOnly(chat) }, element: bubble };
}

function extractBubble(bubble: Element, target: Element, pageUrl: string, now: Date): ExtractedTelegram | null {
  const classes = bubble.classList;
  if (classes.contains(WEB_K.dateClass)) return null;
  if (classes.contains(WEB_K.serviceClass)) {
    throw new UnknownLayoutError('this is a service message (a chat event, not a post)');
  }
  if (classes.contains(WEB_K.sponsoredClass)) {
    throw new UnknownLayoutError('this is a sponsored message (an advert, not a post of this chat)');
  }
  const title = target.closest(WEB_K.peerTitle);
  if (title && bubble.contains(title) && title.closest(WEB_K.name) && !title.closest(WEB_K.reply)) {
    return extractName(bubble, title, pageUrl);
  }
  const warnings: string[] = [];
  const { webKPeerId, chat } = bubbleChat(bubble, pageUrl, warnings);
  const post = readMessage({ bubble, chat, webKPeerId, now, warnings, extractor: NAME });
  return { post, element: bubble };
}

export const telegramWebK: SiteExtractor<TelegramPost> = {
  name: NAME,
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/k(\/|$)/.test(url.pathname),
  extract(target, pageUrl, now) {
    const header = target.closest(WEB_K.header);
    if (header) return extractHeader(header, pageUrl);
    const avatar = target.closest(WEB_K.groupAvatar);
    if (avatar) return extractAvatar(avatar, pageUrl);
    const bubble = target.closest(WEB_K.bubble);
    if (bubble?.closest(WEB_K.bubblesInner)) return extractBubble(bubble, target, pageUrl, now);
    return null;
  },
};
