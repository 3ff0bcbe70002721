import { UnknownLayoutError, type SiteExtractor } from '../site';
import { messagePermalink } from './ids';
import { resolvedAgainstNow } from './dates';
import type { ExtractedTelegram, TelegramChat, TelegramMessagePost, TelegramPeerRef, TelegramPost } from './types';
import { chatOnly, parseShownCount, readChat } from './web-a-chat';
import { dateFromTimeAndGroup, parseMetaTitle } from './web-a-dates';
import { messageIdFromHtmlId, parseWebAHash, serverMessageId, webAPeerId } from './web-a-ids';
import { readMedia } from './web-a-media';
import { readText, type TextSelectors } from './web-a-text';

/**
 * Telegram Web A (web.telegram.org/a/), the open-source telegram-tt client
 * (github.com/Ajaxy/telegram-tt). Pure: it reads the DOM it is given and
 * changes nothing. Every selector names the telegram-tt source file that
 * renders it; the fixtures in tests/fixtures/telegram/web-a/ reproduce them.
 */

// Inside a message's text: src/components/common/helpers/renderTextWithEntities.tsx renders Spoiler.tsx and
// CustomEmoji.tsx; the text's container also holds MessageMeta.tsx, Reactions.tsx, Message.tsx's translation
// animation and FactCheck.tsx, which are not text.
const TEXT: TextSelectors = {
  skip: '.MessageMeta, .Reactions, .translation-animation, .FactCheck, .quick-reaction',
  spoiler: '.spoiler, .Spoiler',
  customEmoji: '.custom-emoji, .CustomEmoji',
};

export const SELECTORS = {
  // src/components/middle/message/Message.tsx, src/components/middle/ActionMessage.tsx: every list item has
  // id="message-<id>" and data-message-id; a message is .Message, a service message .ActionMessage
  listItem: '.message-list-item',
  message: '.Message',
  service: '.ActionMessage',
  // Message.tsx: the bubble; .forwarded-message on .content-inner when it shows a forward
  content: '.message-content',
  forwarded: '.forwarded-message',
  // Message.tsx renderSenderName: .message-title > … span.sender-title (now), span.message-title-name (older
  // versions); a forward's title starts with .forward-title-container ("Forwarded from") and a .forward-avatar
  title: '.message-title',
  senderName: '.sender-title',
  senderNameOld: '.message-title-name',
  forwardTitle: '.forward-title-container',
  forwardAvatar: '.forward-avatar',
  // Beside the name in .message-title-name, never part of it: the forward's avatar (src/components/common/Avatar.tsx:
  // a peer without a photo shows its initials as text in .inner), FakeIcon.tsx ("Fake"/"Scam" as text), the emoji
  // status (CustomEmoji), the premium star and icons; the via-bot "@name" follows .via in a .sender-title of its own.
  notName: '.forward-title-container, .Avatar, .FakeIcon, .CustomEmoji, .custom-emoji, .StarIcon, i.icon, .via',
  textContent: '.text-content',
  // src/components/middle/message/MessageMeta.tsx
  time: '.message-time',
  views: '.message-views',
  signature: '.message-signature',
  // src/components/middle/message/reactions/Reactions.tsx, ReactionButton.tsx,
  // src/components/common/reactions/ReactionStaticEmoji.tsx
  reactions: '.Reactions',
  reaction: '.Reactions .message-reaction',
  reactionEmoji: '.emoji-fallback, .fallback-emoji, .ReactionStaticEmoji',
  // src/components/common/embedded/EmbeddedMessage.tsx: the quoted message of a reply
  embedded: '.EmbeddedMessage',
  reply: '.message-subheader .EmbeddedMessage',
  replySender: '.embedded-sender',
  replyText: '.embedded-text-wrapper',
  // src/components/middle/message/WebPage.tsx: a link preview, not the message's own text or media
  webPage: '.WebPage',
  // src/components/middle/MessageListContent.tsx: .message-date-group > .sticky-date (formatHumanDate)
  dateGroup: '.message-date-group',
  dateGroupLabel: '.sticky-date',
  // src/components/middle/message/SenderGroupContainer.tsx: one sender's run, its avatar outside the messages
  senderGroup: '.sender-group-container',
  // src/components/common/Avatar.tsx: data-peer-id (Bot API form); aria-label or the img's alt is the name
  avatar: '.Avatar',
  // src/components/middle/MiddleHeader.tsx > src/components/common/GroupChatInfo.tsx | PrivateChatInfo.tsx
  // (.status > .group-status "1 234 members") > FullNameTitle.tsx (h3.fullName)
  chatInfo: '.MiddleHeader .ChatInfo',
  chatTitle: '.fullName',
  chatStatus: '.status',
  groupStatus: '.group-status',
  // src/components/right/Profile.tsx renderProfileInfo: .profile-info > ProfileInfo.tsx (.ProfileInfo: its Avatar
  // carries data-peer-id while minimized; FullNameTitle's h3.fullName) + src/components/common/profile/ChatExtra.tsx
  // (.ChatExtra: ListItem.tsx rows, .ListItem > … > i.icon.icon-<name> + .multiline-item > .title, .subtitle)
  // (ProfileInfo's FullNameTitle h3.fullName is not read: a title proves nothing of which chat a panel shows)
  profile: {
    root: '.profile-info',
    peer: '.ProfileInfo .Avatar[data-peer-id]',
    row: '.ChatExtra .ListItem',
    rowTitle: '.multiline-item > .title',
    linkIcon: 'i.icon-link',
    mentionIcon: 'i.icon-mention',
  },
  text: TEXT,
  media: {
    // src/components/middle/message/Photo.tsx, Video.tsx (also Album.tsx's items), Sticker.tsx: a picture's frame
    frame: '.media-inner',
    // src/components/middle/message/Album.tsx: an album's item, id="album-media-message-<its message id>"
    albumItem: '[id^="album-media-"]',
    // src/components/common/File.tsx (from Document.tsx): a document; its own .media-inner is only a preview
    file: '.File',
    fileName: '.file-title',
    fileSize: '.file-subtitle > span',
    // src/components/common/Audio.tsx: music and voice; a voice message has .waveform and .voice-duration
    audio: '.Audio',
    voice: '.waveform, .voice-duration',
    audioDuration: '.voice-duration, .duration',
    playing: '.toogle-play-wrapper.pause',
    // src/components/middle/message/RoundVideo.tsx, Sticker.tsx
    round: '.RoundVideo',
    sticker: '.Sticker',
    // Photo.tsx, Video.tsx, StickerView.tsx: the loaded file; before it, a preview (img or canvas .thumbnail)
    full: '.full-media',
    thumbnail: '.thumbnail:not(.blurred-bg)',
    // Video.tsx: "0:42" or "GIF"; while the video plays it counts the time left
    duration: '.message-media-duration',
    // pictures in a message that are not its media: a quote, a link preview, avatars, reactions
    notOwn: '.EmbeddedMessage, .WebPage, .Avatar, .Reactions, .message-title',
  },
} as const;
const S = SELECTORS;

const NAME = 'telegram-web-a@1';

export const telegramWebA: SiteExtractor<TelegramPost> = {
  name: NAME,
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/a(\/|$)/.test(url.pathname),
  extract(target, pageUrl, now) {
    const account = accountAt(target, pageUrl);
    if (account) return account;
    const item = target.closest(S.listItem);
    if (item) return readMessage(item, pageUrl, now);
    const info = target.closest(S.chatInfo);
    if (!info) return null;
    const { chat, warnings } = readChat(info.ownerDocument, pageUrl, S);
    return { post: { ...base(warnings), kind: 'chat', chat }, element: info };
  },
};

function base(warnings: string[]) {
  return { platform: 'telegram', client: 'web-a', extractor: NAME, warnings } as const;
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
  const warnings: string[] = [];
  if (account.peerId === null) warnings.push("The page does not give this account's id.");
  warnings.push('Web A does not show usernames next to names.');
  const { chat, warnings: chatWarnings } = readChat(element.ownerDocument, pageUrl, S);
  warnings.push(...chatWarnings);
  return { post: { ...base(warnings), kind: 'account', account, chat: chatOnly(chat) }, element };
}

function readMessage(item: Element, pageUrl: string, now: Date): ExtractedTelegram {
  if (item.matches(S.service)) throw new UnknownLayoutError('this is a service message (ActionMessage), not a post');
  if (!item.matches(S.message)) throw new UnknownLayoutError('this list item is not a message Web A draws as .Message');
  const content = item.querySelector(S.content);
  if (!content) throw new UnknownLayoutError('the message has no .message-content');
  const rawId = item.getAttribute('data-message-id');
  const htmlId = messageIdFromHtmlId(item.id);
  if (rawId === null && htmlId === null) throw new UnknownLayoutError('the message carries no id');
  const { chat: fullChat, warnings } = readChat(item.ownerDocument, pageUrl, S);
  const chat = chatOnly(fullChat);
  // An album is one .Message for all its items, its data-message-id that of album.mainMessage, the album's first
  // message (src/components/middle/helpers/groupMessages.ts): the post is recorded under that id, whichever item was
  // right-clicked, as in every Telegram client (t.me links to it show the album); each item keeps its own id, which
  // is only in its frame's id attribute (Album.tsx), in its media entry.
  let messageId = rawId === null ? htmlId : serverMessageId(rawId);
  if (messageId === null) warnings.push('The message has only a local id: it had not reached the server.');
  if (parseWebAHash(pageUrl).listType === 'scheduled') {
    warnings.push('A scheduled message has no message id of its own yet.');
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
  if (date.iso === null) warnings.push(`The date could not be read from "${date.text ?? ''}" and "${group ?? ''}".`);
  const sender = senderOf(item, chat, forwarded, own(S.signature)?.textContent?.trim() || null, warnings);
  // MessageMeta.tsx: the count is shown rounded ("12,3K"); the title, where there is one, has it exactly.
  const views = own(S.views);
  const viewsText = views?.textContent?.trim() || null;
  const viewCount =
    parseShownCount(/\d[\d\s\u00a0\u202f,.']*$/.exec(views?.getAttribute('title') ?? '')?.[0]) ??
    parseShownCount(viewsText);
  if (viewsText && viewCount === null) warnings.push(`The views are shown rounded ("${viewsText}").`);
  const reply = own(S.reply);
  if (reply) warnings.push("Web A does not put the replied-to message's id in the page.");
  const { media, warnings: mediaWarnings } = readMedia(content, pageUrl, messageId, S.media);
  warnings.push(...mediaWarnings);
  const permalink = messagePermalink(chat, messageId);
  if (permalink === null && messageId !== null) warnings.push('No t.me link can be made for this chat.');
  const post: TelegramMessagePost = {
    ...base(warnings),
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
  warnings: string[],
): TelegramMessagePost['sender'] {
  if (item.classList.contains('own')) {
    warnings.push('This is your own message: Web A shows no name on it.');
    return null;
  }
  if (chat.type === 'channel' || chat.type === 'user' || chat.type === 'bot') {
    return { name: chat.title, peerId: chat.peerId, username: chat.username, signature };
  }
  const avatar = groupAvatar(item);
  const name = (forwarded ? null : nameIn(item)) ?? firstNameInGroup(item) ?? (avatar ? avatarName(avatar) : null);
  const peerId = webAPeerId(avatar?.getAttribute('data-peer-id'));
  if (name === null && peerId === null) {
    warnings.push('The page shows neither the name nor the avatar of who sent this.');
    return null;
  }
  if (peerId === null) warnings.push("The page does not give the sender's id.");
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
