import { messagePermalink } from './ids';
import type { TelegramMessagePost, TelegramPeerRef } from './types';
import { chatOnly, exactCount, peerTitleName, shownText, type WebKChat } from './web-k-chat';
import { fullDateToIso, readDate, timeTitleLines } from './web-k-dates';
import { parseWebKNumber, serverMessageId, webKPeerToBotApi } from './web-k-ids';
import { readMedia } from './web-k-media';
import { NOT_TEXT, WEB_K } from './web-k-selectors';
import { readText } from './web-k-text';
import { note, type Drafted, type Note } from '../../notes/note';

/** The child of `parent` with a class, if any (Web K nests bubble parts directly). */
export function childWithClass(parent: Element | null | undefined, cls: string): Element | null {
  return Array.from(parent?.children ?? []).find((c) => c.classList.contains(cls)) ?? null;
}

/**
 * A sender or forward source by its Web K peer id. Message senders and
 * forward sources are users or channels (MTProto from_id is peerUser or
 * peerChannel), so a negative id is a channel.
 */
export function peerRef(title: Element | null, webKPeerId: number | null): TelegramPeerRef {
  return {
    name: peerTitleName(title),
    peerId: webKPeerId === null || webKPeerId === 0 ? null : webKPeerToBotApi(webKPeerId, 'channel'),
    username: null,
  };
}

/** The peer-title of the sender's name, not the forward header's, a reply's, a via-bot's or a saved-from peer's. */
export function senderTitle(bubble: Element): Element | null {
  return (
    Array.from(bubble.querySelectorAll(WEB_K.namePeerTitle)).find(
      (t) => !t.closest(WEB_K.forwardedHeader) && !t.closest(WEB_K.reply) && !t.closest(WEB_K.notSenderTitle),
    ) ?? null
  );
}

/**
 * The sender's name from another bubble of the same group: Web K groups
 * consecutive bubbles of one sender (bubbleGroups.ts canItemsBeGrouped()) and
 * names only text bubbles.
 */
export function nameInGroup(group: Element, webKPeerId: number | null): Element | null {
  if (webKPeerId === null) return null;
  const titles = Array.from(group.querySelectorAll(WEB_K.bubble)).map(senderTitle);
  return titles.find((t) => t && parseWebKNumber(t.getAttribute('data-peer-id')) === webKPeerId) ?? null;
}

function readSender(bubble: Element, chat: WebKChat, webKPeerId: number, notes: Note[]) {
  const signature = shownText(bubble.querySelector(`${WEB_K.time} ${WEB_K.postAuthor}`))?.replace(/,$/, '') ?? null;
  // A channel post's author is the channel (message.fromId = peerId for posts: appMessagesManager saveMessage()).
  if (chat.type === 'channel') return { name: chat.title, peerId: chat.peerId, username: chat.username, signature };
  if (bubble.classList.contains(WEB_K.outClass)) {
    notes.push(note('webKOutgoing'));
    return null;
  }
  if (webKPeerId > 0) return { name: chat.title, peerId: chat.peerId, username: chat.username, signature };
  // Media and forwards show no name (bubbles.ts: hide-name); the group's avatar is the sender (bubbleGroups.ts).
  const group = bubble.closest(WEB_K.group);
  const own = senderTitle(bubble);
  const avatar = group?.querySelector(WEB_K.groupAvatarWithPeer);
  const id = parseWebKNumber(own?.getAttribute('data-peer-id') ?? avatar?.getAttribute('data-peer-id'));
  const sender = { ...peerRef(own ?? (group ? nameInGroup(group, id) : null), id), signature };
  if (!sender.name) notes.push(note('webKSenderNoName'));
  if (sender.peerId === null) notes.push(note('webKSenderNoId'));
  return sender;
}

function readForward(bubble: Element, titleAttr: string | null, notes: Note[]) {
  const header = bubble.querySelector(WEB_K.forwardedHeader);
  if (!header) return null;
  const title = header.querySelector(WEB_K.peerTitle);
  const date = fullDateToIso(timeTitleLines(titleAttr).original);
  if (!date) notes.push(note('webKForwardNoDate'));
  if (!title?.hasAttribute('data-peer-id')) notes.push(note('webKForwardHidden'));
  return { ...peerRef(title, parseWebKNumber(title?.getAttribute('data-peer-id'))), date };
}

function readReply(bubble: Element, content: Element, notes: Note[]) {
  const reply = content.querySelector(WEB_K.reply);
  const replyMid = parseWebKNumber(bubble.getAttribute('data-reply-to-mid'));
  if (!reply && replyMid === null) return null;
  const messageId = replyMid === null ? null : serverMessageId(replyMid);
  if (messageId === null) notes.push(note('webKReplyNoId'));
  return {
    messageId,
    senderName:
      peerTitleName(reply?.querySelector(WEB_K.replyTitle)) ?? shownText(reply?.querySelector(WEB_K.replyTitle)),
    text: shownText(reply?.querySelector(WEB_K.replySubtitle)),
  };
}

function readReactions(bubble: Element, notes: Note[]) {
  const reactions: { emoji: string; count: number | null }[] = [];
  let unnamed = 0;
  bubble.querySelectorAll(WEB_K.reaction).forEach((reaction) => {
    const holder = reaction.querySelector(WEB_K.reactionEmoji);
    const emoji = holder?.getAttribute('data-sticker-emoji') ?? holder?.getAttribute('alt');
    const counter = shownText(reaction.querySelector(WEB_K.reactionCounter));
    if (emoji) reactions.push({ emoji, count: counter ? exactCount(counter) : null });
    else unnamed += 1;
  });
  // Web K draws reactions as sticker images, without the emoji as text (src/components/chat/reaction.ts).
  if (unnamed) notes.push(note('webKReactionImages', { count: unnamed }));
  return reactions;
}

export interface MessageContext {
  bubble: Element;
  chat: WebKChat;
  webKPeerId: number;
  now: Date;
  notes: Note[];
  extractor: string;
}

/** A message bubble as a structured post. The caller has checked it is a message bubble with data-mid. */
export function readMessage({
  bubble,
  chat,
  webKPeerId,
  now,
  notes,
  extractor,
}: MessageContext): Drafted<TelegramMessagePost> {
  const content = childWithClass(childWithClass(bubble, WEB_K.contentWrapperClass), WEB_K.contentClass) ?? bubble;
  const messageDiv = childWithClass(content, WEB_K.messageClass);
  const time = bubble.querySelector(WEB_K.time);
  const titleAttr = time?.querySelector(WEB_K.timeInner)?.getAttribute('title') ?? null;
  const textRoot =
    bubble.querySelector(WEB_K.documentCaption) ?? messageDiv?.querySelector(WEB_K.translatable) ?? messageDiv;
  const { text, entities } = textRoot && !textRoot.matches(NOT_TEXT) ? readText(textRoot) : { text: '', entities: [] };
  // An album is one post under its first message's id, the bubble's (bubbles.ts renders only the album's main
  // message, getMainGroupedMessage(): the first); each item keeps its own, wrappers/album.ts's data-mid.
  const mid = parseWebKNumber(bubble.getAttribute('data-mid'));
  const messageId = mid === null ? null : serverMessageId(mid);
  if (messageId === null) notes.push(note('webKNoServerId'));
  const viewsText = shownText(time?.querySelector(WEB_K.postViews));
  const views = viewsText ? exactCount(viewsText) : null;
  if (viewsText && views === null) notes.push(note('webKViewsRounded', { text: viewsText }));
  const shown = chatOnly(chat);

  return {
    platform: 'telegram',
    client: 'web-k',
    extractor,
    notes,
    kind: 'message',
    chat: shown,
    messageId,
    sender: readSender(bubble, chat, webKPeerId, notes),
    date: readDate(bubble, time, now, notes),
    edited: !!time?.querySelector(WEB_K.timeEdited) || timeTitleLines(titleAttr).edited !== null,
    text,
    entities,
    forwardedFrom: readForward(bubble, titleAttr, notes),
    replyTo: readReply(bubble, content, notes),
    views,
    viewsText,
    reactions: readReactions(bubble, notes),
    media: readMedia(bubble, content, messageId, notes),
    permalink: messagePermalink(shown, messageId),
  };
}
