import { defineExtractor, UnknownLayoutError } from '../site';
import { messagePermalink } from './ids';
import { resolvedAgainstNow } from './dates';
import type { ExtractedTelegram, TelegramChat, TelegramMessagePost, TelegramPeerRef, TelegramPost } from './types';
import { chatOnly, parseShownCount, readChat } from './web-a-chat';
import { dateFromTimeAndGroup, parseMetaTitle } from './web-a-dates';
import { messageIdFromHtmlId, parseWebAHash, serverMessageId, webAPeerId } from './web-a-ids';
import { readMedia } from './web-a-media';
import { readText } from './web-a-text';
import { SELECTORS } from './web-a-selectors';
import { note, type Drafted, type Note } from '../../notes/note';

/**
 * Telegram Web A (web.telegram.org/a/), the open-source telegram-tt client
 * (github.com/Ajaxy/telegram-tt). Pure: it reads the DOM it is given and
 * changes nothing. Every selector names the telegram-tt source file that
 * renders it; the fixtures in tests/fixtures/telegram/web-a/ reproduce them.
 */

export { SELECTORS };
const S = SELECTORS;

const NAME = 'telegram-web-a@1';

export const telegramWebA = defineExtractor<TelegramPost>({
  name: NAME,
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/a(\/|$)/.test(url.pathname),
  read(target, pageUrl, now) {
    const account = accountAt(target, pageUrl);
    if (account) return account;
    const item = target.closest(S.listItem);
    if (item) return readMessage(item, pageUrl, now);
    const info = target.closest(S.chatInfo);
    if (!info) return null;
    const { chat, notes } = readChat(info.ownerDocument, pageUrl, S);
    return { post: { ...base(notes), kind: 'chat', chat }, element: info };
  },
});

function base(notes: Note[]) {
  return { platform: 'telegram', client: 'web-a', extractor: NAME, notes } as const;
}

/** A right-click on a sender's name or avatar: the account, in the chat it was seen in. */
function accountAt(target: Element, pageUrl: string): ExtractedTelegram | null {
  const message = target.closest(S.message);
  const avatar = target.closest(S.avatar);
  const name = target.closest(`${S.senderName}, ${S.senderNameOld}`);
  let account: TelegramPeerRef;
  let element: Element;
  if (avatar && !avatar.closest(`${S.title}, ${S.reactions}`) && (message ?? avatar.closest(S.senderGroup))) {
    account = { name: avatarName(avatar), peerId: webAPeerId(avatar.getAttribute('data-peer-id')), username: null };
    element = avatar.closest(S.senderGroup) ?? message ?? avatar;
  } else if (name && message && !name.closest(S.embedded)) {
    // A forward's title names the original sender, with their avatar (Message.tsx renderSenderName).
    const forwarded = firstOwn(message, S.forwarded) !== null;
    const source = forwarded ? firstOwn(message, S.forwardAvatar) : groupAvatar(message);
    account = { name: nameIn(message), peerId: webAPeerId(source?.getAttribute('data-peer-id')), username: null };
    element = message;
  } else {
    return null;
  }
  const notes: Note[] = [];
  if (account.peerId === null) notes.push(note('webANoAccountId'));
  notes.push(note('webANoUsernames'));
  const { chat, notes: chatNotes } = readChat(element.ownerDocument, pageUrl, S);
  notes.push(...chatNotes);
  return { post: { ...base(notes), kind: 'account', account, chat: chatOnly(chat) }, element };
}

function readMessage(item: Element, pageUrl: string, now: Date): ExtractedTelegram {
  if (item.matches(S.service)) throw new UnknownLayoutError(note('layoutWebAService'));
  if (!item.matches(S.message)) throw new UnknownLayoutError(note('layoutWebANotMessage'));
  const content = item.querySelector(S.content);
  if (!content) throw new UnknownLayoutError(note('layoutWebANoContent'));
  const rawId = item.getAttribute('data-message-id');
  const htmlId = messageIdFromHtmlId(item.id);
  if (rawId === null && htmlId === null) throw new UnknownLayoutError(note('layoutWebANoId'));
  const { chat: fullChat, notes } = readChat(item.ownerDocument, pageUrl, S);
  const chat = chatOnly(fullChat);
  // An album is one .Message for all its items, its data-message-id that of album.mainMessage, the album's first
  // message (src/components/middle/helpers/groupMessages.ts): the post is recorded under that id, whichever item was
  // right-clicked, as in every Telegram client (t.me links to it show the album); each item keeps its own id, which
  // is only in its frame's id attribute (Album.tsx), in its media entry.
  let messageId = rawId === null ? htmlId : serverMessageId(rawId);
  if (messageId === null) notes.push(note('webALocalId'));
  if (parseWebAHash(pageUrl).listType === 'scheduled') {
    notes.push(note('webAScheduled'));
    messageId = null;
  }
  const own = (selector: string) => firstOwn(content, selector);
  const textEl = own(S.textContent);
  const { text, entities } = textEl ? readText(textEl, S.text) : { text: '', entities: [] };
  const forwarded = own(S.forwarded) !== null;
  const time = own(S.time);
  const title = parseMetaTitle(time?.getAttribute('title') ?? '', now);
  const group = item.closest(S.dateGroup)?.querySelector(S.dateGroupLabel)?.textContent?.trim() ?? null;
  const date = title.sent
    ? {
        ...title.sent,
        source: 'title of .message-time',
        reference: resolvedAgainstNow(title.sent.text) ? now.toISOString() : null,
      }
    : dateFromTimeAndGroup(time?.textContent ?? '', group, now);
  if (date.iso === null) notes.push(note('webADateUnreadable', { text: date.text ?? '', group: group ?? '' }));
  const sender = senderOf(item, chat, forwarded, own(S.signature)?.textContent?.trim() || null, notes);
  // MessageMeta.tsx: the count is shown rounded ("12,3K"); the title, where there is one, has it exactly.
  const views = own(S.views);
  const viewsText = views?.textContent?.trim() || null;
  const viewCount =
    parseShownCount(/\d[\d\s\u00a0\u202f,.']*$/.exec(views?.getAttribute('title') ?? '')?.[0]) ??
    parseShownCount(viewsText);
  if (viewsText && viewCount === null) notes.push(note('webAViewsRounded', { text: viewsText }));
  const reply = own(S.reply);
  if (reply) notes.push(note('webAReplyNoId'));
  const { media, notes: mediaNotes } = readMedia(content, pageUrl, messageId, S.media);
  notes.push(...mediaNotes);
  const permalink = messagePermalink(chat, messageId);
  if (permalink === null && messageId !== null) notes.push(note('webANoLink'));
  const post: Drafted<TelegramMessagePost> = {
    ...base(notes),
    kind: 'message',
    chat,
    messageId,
    sender,
    date,
    edited: item.classList.contains('was-edited'),
    text,
    entities,
    forwardedFrom: forwarded
      ? {
          name: nameIn(item),
          peerId: webAPeerId(own(S.forwardAvatar)?.getAttribute('data-peer-id')),
          username: null,
          date: title.originalIso,
        }
      : null,
    replyTo: reply
      ? {
          messageId: null,
          senderName: textOf(reply.querySelector(S.replySender)),
          text: textOf(reply.querySelector(S.replyText)),
        }
      : null,
    views: viewCount,
    viewsText,
    reactions: Array.from(item.querySelectorAll(S.reaction)).flatMap(readReaction),
    media,
    permalink,
  };
  return { post, element: item };
}

/** ReactionButton.tsx: the emoji, then a counter (or the avatars of those who reacted, and no count). */
function readReaction(button: Element): { emoji: string; count: number | null }[] {
  const emoji = button.querySelector(S.reactionEmoji);
  const label = emoji?.textContent?.trim() || emoji?.getAttribute('aria-label') || emoji?.getAttribute('alt');
  const count = (button.textContent ?? '').replace(emoji?.textContent ?? '', '').trim();
  return label ? [{ emoji: label, count: parseShownCount(count) }] : [];
}

/** Who sent it: a channel's posts are the channel's, a private chat's the other side's, a group's its member's. */
function senderOf(
  item: Element,
  chat: TelegramChat,
  forwarded: boolean,
  signature: string | null,
  notes: Note[],
): TelegramMessagePost['sender'] {
  if (item.classList.contains('own')) {
    notes.push(note('webAOwnMessage'));
    return null;
  }
  if (chat.type === 'channel' || chat.type === 'user' || chat.type === 'bot') {
    return { name: chat.title, peerId: chat.peerId, username: chat.username, signature };
  }
  const avatar = groupAvatar(item);
  const name = (forwarded ? null : nameIn(item)) ?? firstNameInGroup(item) ?? (avatar ? avatarName(avatar) : null);
  const peerId = webAPeerId(avatar?.getAttribute('data-peer-id'));
  if (name === null && peerId === null) {
    notes.push(note('webANoSender'));
    return null;
  }
  if (peerId === null) notes.push(note('webANoSenderId'));
  return { name, peerId, username: null, signature };
}

/**
 * The name in a message's own title (for a forward, the original sender's): the name element only, never the
 * avatar's initials, a badge or a via-bot's "@name" beside it.
 */
function nameIn(message: Element): string | null {
  const el =
    firstOwn(message, `${S.senderNameOld} ${S.senderName}`) ??
    firstOwn(message, S.senderNameOld) ??
    firstOwn(message, `${S.senderName}:not(.via + *)`);
  return el ? readText(el, { ...S.text, skip: S.notName }).text.trim() || null : null;
}

/** A sender group's name is shown on its first message only (Message.tsx withSenderName). */
function firstNameInGroup(item: Element): string | null {
  const group = item.closest(S.senderGroup);
  let first: Element | null = group?.querySelector(S.message) ?? null;
  // Older versions had no group element: the run starts at the message marked first-in-group.
  for (let el: Element | null = item; !group && el?.matches(S.message); el = el.previousElementSibling) {
    first = el;
    if (el.classList.contains('first-in-group')) break;
  }
  return first && first !== item && !first.querySelector(S.forwarded) ? nameIn(first) : null;
}

/** The avatar of a message's sender group: beside the group (now) or in its last message (older versions). */
function groupAvatar(item: Element): Element | null {
  const group = item.closest(S.senderGroup);
  if (group) return Array.from(group.querySelectorAll(S.avatar)).find((a) => !a.closest(S.message)) ?? null;
  for (let el: Element | null = item; el?.matches(S.message); el = el.nextElementSibling) {
    const avatar = el.querySelector(`:scope > ${S.avatar}`);
    if (avatar || el.classList.contains('last-in-group')) return avatar;
  }
  return null;
}

function avatarName(avatar: Element): string | null {
  return (avatar.getAttribute('aria-label') ?? avatar.querySelector('img')?.getAttribute('alt'))?.trim() || null;
}

/** The first match that belongs to the message itself, not to a quoted message or a link preview. */
function firstOwn(root: Element, selector: string): Element | null {
  const foreign = `${S.embedded}, ${S.webPage}`;
  return Array.from(root.querySelectorAll(selector)).find((el) => !el.parentElement?.closest(foreign)) ?? null;
}

function textOf(el: Element | null): string | null {
  return el ? readText(el, S.text).text.trim() || null : null;
}
