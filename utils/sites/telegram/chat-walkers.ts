import type { ChatWalker, RunMessage } from '../site';
import { peerKey } from './catalogue';
import { parsePreviewUrl } from './tme-dom';
import { SELECTORS as WEB_A } from './web-a-selectors';
import { parseWebAHash, serverMessageId as webAMessageId } from './web-a-ids';
import { WEB_K } from './web-k-selectors';
import { parseWebKHash, parseWebKNumber, serverMessageId as webKMessageId } from './web-k-ids';
import type { TelegramPost } from './types';

/**
 * How a run through a whole chat reads each Telegram client: its own scroller and the messages it holds now. Web K
 * and Web A keep only a slice of the history in the DOM and scroll an element of their own; t.me/s scrolls the
 * document and keeps every post it has loaded. Service messages are listed too: they have ids, and a run passes
 * them like any other message.
 */
const webK: ChatWalker = {
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/k(\/|$)/.test(url.pathname),
  // tweb, src/components/chat/bubbles.ts: .bubbles > .scrollable.scrollable-y > .bubbles-inner (the active chat's).
  scroller: (doc) => doc.querySelector(`${WEB_K.chat}.active .bubbles > .scrollable`),
  messages: (scroller) =>
    [...scroller.querySelectorAll(`${WEB_K.bubblesInner} ${WEB_K.bubble}[data-mid]`)].filter(
      (bubble) => !bubble.classList.contains(WEB_K.dateClass) && !bubble.classList.contains(WEB_K.sponsoredClass),
    ),
  messageId: (bubble) => {
    const mid = parseWebKNumber(bubble.getAttribute('data-mid'));
    return mid === null ? null : webKMessageId(mid);
  },
  // tweb, src/components/chat/input.ts: the corner button .bubbles-go-down ("hide" while the list is at its end; later
  // versions show it with .is-go-down-visible on .chat) calls bubbles.ts onGoDownClick(), whose setMessageId() opens
  // the chat at its last message, loading that slice alone. After a reply was followed it first goes back to the
  // reply: the run then scrolls on to the end as before.
  jumpToNewest: (doc) => {
    const button = doc.querySelector<HTMLElement>(`${WEB_K.chat}.active .bubbles-go-down`);
    if (!button || button.classList.contains('hide') || button.getClientRects().length === 0) return false;
    button.click();
    return true;
  },
  // A chat is "#@name" or "#<peer>" (web-k-ids.ts, parseWebKHash); a thread's or a topic's replies are
  // "#<peer>_<thread>" (tweb appImManager.ts), which names no chat there.
  wholeHistory: (url) => parseWebKHash(url.href) !== null,
};

const webA: ChatWalker = {
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/a(\/|$)/.test(url.pathname),
  // telegram-tt, src/components/middle/MessageList.tsx: .MessageList (the scroller) > .messages-container.
  scroller: (doc) => doc.querySelector('.MessageList'),
  messages: (scroller) => [...scroller.querySelectorAll(`${WEB_A.listItem}[data-message-id]`)],
  messageId: (item) => webAMessageId(item.getAttribute('data-message-id')),
  // "#<chat>_<thread>", "#<chat>_pinned", "#<chat>_scheduled" are lists of their own (web-a-ids.ts, parseWebAHash).
  wholeHistory: (url) => {
    const list = parseWebAHash(url.href);
    return list.peerId !== null && list.threadId === null && list.listType === 'thread';
  },
};

const preview: ChatWalker = {
  // The channel's history (t.me/s/<channel>), not one post's embed.
  matches: (url) => /^\/s\//.test(url.pathname) && parsePreviewUrl(url) !== null,
  // t.me/s/<channel>: the page scrolls, and every post it loaded stays (.tgme_widget_message[data-post]).
  scroller: (doc) => doc.scrollingElement,
  messages: (scroller) => [...scroller.ownerDocument.querySelectorAll('.tgme_widget_message[data-post]')],
  // The channel's own posts only ("<channel>/<id>"): a post of another channel on the page is not this chat's.
  messageId: (message) => {
    const channel = parsePreviewUrl(new URL(message.ownerDocument.location.href))?.channel.toLowerCase();
    const post = /^([\w]+)\/(\d+)$/.exec(message.getAttribute('data-post') ?? '');
    return post && post[1]!.toLowerCase() === channel ? Number(post[2]) : null;
  },
  // A search ("?q=…", a hashtag's too) lists matches side by side; "?before=" is only a page of the history.
  wholeHistory: (url) => !url.searchParams.has('q'),
};

export const TELEGRAM_CHAT_WALKERS: readonly ChatWalker[] = [webK, webA, preview];

/** A Telegram message as a run sees it: its place by the chat's key and its id; its text, media and edited mark. */
export function telegramRunMessage(post: TelegramPost): RunMessage | null {
  if (post.kind !== 'message' || post.messageId === null) return null;
  const chatKey = peerKey(post.chat);
  if (!chatKey) return null;
  return {
    chatKey,
    chatPeerId: post.chat.peerId,
    messageId: post.messageId,
    date: post.date.iso,
    // What its author can change (Telegram lets the text, its formatting and the media be edited, and marks the
    // message edited), as every client reads it alike: a forward's date or a reply's id, which one client shows and
    // another not, would make a new version of an unchanged message seen through another client.
    content: {
      text: post.text,
      entities: post.entities,
      edited: post.edited,
      media: post.media.map(({ kind, fileName, duration }) => ({ kind, fileName, duration })),
    },
    counters: { views: post.views, reactions: post.reactions },
  };
}
