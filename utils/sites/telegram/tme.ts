import { defineExtractor, UnknownLayoutError } from '../site';
import { chatLink } from './ids';
import { absolute, clean, isUsername, own, ownText, parsePreviewUrl, parseCount } from './tme-dom';
import { readMedia } from './tme-media';
import { ANY_MEDIA, EDITED, MEDIA, SEL, SIZE_COUNTER } from './tme-selectors';
import { readText } from './tme-text';
import {
  peerIdOf,
  accountRef,
  readSender,
  readDate,
  readForward,
  readReply,
  readReactions,
  readPermalink,
} from './tme-message';
import type { ExtractedTelegram, TelegramChat, TelegramChatType, TelegramMessagePost, TelegramPost } from './types';
import { note, type Drafted, type Note } from '../../notes/note';

/**
 * Telegram's public web previews, rendered by Telegram's server: a channel's page
 * `t.me/s/<channel>` and one post's embeddable widget `t.me/<channel>/<id>?embed=1`.
 * Pure: reads the DOM it is given. Sources of the DOM facts, cited per selector:
 * TCHAN = PythonicCafe/tchan test_tchan.py (verbatim t.me/s blocks, one per message
 * type); WIDGETJS = MarshalX/telegram-crawler data/web/telegram.org/js/widget-frame.js
 * (Telegram's own script in these pages); RSSHUB = DIYgod/RSSHub
 * lib/routes/telegram/channel.ts; SNSCRAPE = JustAnotherArchivist/snscrape
 * snscrape/modules/telegram.py.
 */
const NAME = 'telegram-tme-preview@1';

export { parseCount, parsePreviewUrl };

export const telegramPreview = defineExtractor<TelegramPost>({
  name: NAME,
  matches: (url) => parsePreviewUrl(url) !== null,
  read(target, pageUrl, _now) {
    const message =
      target.closest(SEL.message) ??
      (target.matches(SEL.wrap) ? target.querySelector(`:scope > ${SEL.message}`) : null);
    if (message) return extractFromMessage(target, message, pageUrl);
    const header = target.closest(SEL.header);
    if (header && !target.closest(SEL.headerChrome)) return extractChat(header, pageUrl);
    return null;
  },
});

function extractFromMessage(target: Element, message: Element, pageUrl: string): ExtractedTelegram {
  if (message.matches(SEL.service)) {
    const what = clean(message.querySelector(SEL.text)?.textContent);
    throw new UnknownLayoutError(what ? note('layoutTmeServiceText', { text: what }) : note('layoutTmeService'));
  }
  const id = /^([A-Za-z][A-Za-z0-9_]*)\/(\d+)$/.exec(message.getAttribute('data-post') ?? '');
  if (!id) throw new UnknownLayoutError(note('layoutTmeNoPostId'));
  const username = id[1]!;
  const messageId = Number(id[2]);
  const notes: Note[] = [];
  const chat = messageChat(message, username, messageId, notes);
  const authorName = own(message, SEL.author)[0];
  const account = authorName && target.closest(SEL.author) === authorName ? accountRef(authorName) : null;
  if (account?.username) {
    notes.unshift(note('tmeNoIdFor', { name: account.name ?? `@${account.username}` }));
    const base = { platform: 'telegram', client: 'tme-preview', extractor: NAME, notes } as const;
    return { post: { ...base, kind: 'account', account, chat }, element: message };
  }
  return { post: readMessage(message, chat, messageId, pageUrl, notes), element: message };
}

/**
 * The id of the message a media item is: an album's item links to itself as "t.me/<channel>/<id>?single"; anything
 * else is the post itself.
 */
function itemId(
  el: Element,
  username: string,
  postId: number,
  pageUrl: string,
  notes: Note[],
  n: number,
): number | null {
  const item = el.closest(MEDIA.groupedItem);
  if (!item) return postId;
  const href = absolute(item.getAttribute('href'), pageUrl) ?? '';
  const match = /^https:\/\/t\.me\/([A-Za-z][A-Za-z0-9_]*)\/(\d+)\?single$/.exec(href);
  const id = Number(match?.[2]);
  if (match && match[1]!.toLowerCase() === username.toLowerCase() && Number.isSafeInteger(id) && id > 0) return id;
  notes.push(note('albumItemNoId', { n }));
  return null;
}

function readMessage(
  message: Element,
  chat: TelegramChat,
  messageId: number,
  pageUrl: string,
  notes: Note[],
): Drafted<TelegramMessagePost> {
  const username = chat.username!;
  const textEl = own(message, SEL.text).find((el) => !el.querySelector(SEL.text));
  const { text, entities } = textEl ? readText(textEl, pageUrl) : { text: '', entities: [] };
  const viewsText = clean(own(message, SEL.views)[0]?.textContent) || null;
  const views = viewsText === null ? null : parseCount(viewsText);
  if (viewsText === null) notes.push(note('tmeViewsNone'));
  else if (views === null) notes.push(note('tmeViewsRounded', { text: viewsText }));
  const meta = own(message, SEL.meta)[0];
  if (!meta) notes.push(note('tmeNoDateLine'));
  const unrecorded = { poll: 'tmePoll', contact: 'tmeContact', location: 'tmeLocation' } as const;
  for (const what of ['poll', 'contact', 'location'] as const)
    if (own(message, SEL[what]).length) notes.push(note(unrecorded[what]));
  const media = own(message, ANY_MEDIA).map((el, i) => ({
    ...readMedia(el, i + 1, pageUrl, notes),
    messageId: itemId(el, username, messageId, pageUrl, notes, i + 1),
  }));
  if (!text && media.length === 0) {
    const label = clean(own(message, SEL.notSupportedLabel)[0]?.textContent);
    notes.push(label ? note('tmeNothingShownLabel', { label }) : note('tmeNothingShown'));
  }
  return {
    platform: 'telegram',
    client: 'tme-preview',
    extractor: NAME,
    notes,
    kind: 'message',
    chat,
    messageId,
    sender: readSender(message, chat, notes),
    date: readDate(message, notes),
    edited: meta ? EDITED.test(ownText(meta)) : false,
    text,
    entities,
    forwardedFrom: readForward(message, pageUrl, notes),
    replyTo: readReply(message, username, pageUrl, notes),
    views,
    viewsText,
    reactions: readReactions(message, notes),
    media,
    permalink: readPermalink(message, chat, messageId, pageUrl, notes),
  };
}

/** The chat a post is in: its name from the bubble, the rest from the page header when it is the same chat. */
function messageChat(message: Element, username: string, messageId: number, notes: Note[]): TelegramChat {
  const doc = message.ownerDocument;
  const header = readHeader(doc, []);
  const same = header.username?.toLowerCase() === username.toLowerCase();
  const title = clean(own(message, SEL.owner)[0]?.textContent) || (same ? header.title : null);
  if (!title) notes.push(note('tmeNoTitleOf', { username }));
  let type: TelegramChatType | null = same ? header.type : null;
  // "<user> in <group>": only a group shows its members' names, and a group with a username is a supergroup.
  if (!type && own(message, SEL.author).length > 0) type = 'supergroup';
  if (!type) notes.push(note('tmeNoTypeOf', { username }));
  if (!same) notes.push(note('tmeNoMembersOf', { username }));
  else if (header.memberCountText && header.memberCount === null)
    notes.push(note('tmeMembersRounded', { text: header.memberCountText! }));
  const peerId = peerIdOf(message, messageId);
  if (peerId === null) notes.push(note('tmeNoIdForUsername', { username }));
  return {
    title,
    peerId,
    username,
    usernameSource: 'data-post',
    type,
    memberCount: same ? header.memberCount : null,
    memberCountText: same ? header.memberCountText : null,
  };
}

function extractChat(element: Element, pageUrl: string): ExtractedTelegram {
  const doc = element.ownerDocument;
  const notes: Note[] = [];
  const header = readHeader(doc, notes);
  const fromUrl = parsePreviewUrl(new URL(pageUrl))?.channel ?? null;
  const posts = Array.from(doc.querySelectorAll(`${SEL.message}[data-post]`));
  const named = header.username ?? fromUrl;
  // Posts' data-post spell the username canonically; the header may not (SNSCRAPE).
  const post = posts.find((p) => p.getAttribute('data-post')!.split('/')[0]!.toLowerCase() === named?.toLowerCase());
  const username = post ? post.getAttribute('data-post')!.split('/')[0]! : named;
  if (!username) throw new UnknownLayoutError(note('layoutTmeNoUsername'));
  const usernameSource = post ? 'data-post' : header.username ? 'header username' : 'page address';
  let peerId: number | null = null;
  for (const p of posts) {
    const [name, id] = p.getAttribute('data-post')!.split('/');
    if (name?.toLowerCase() === username.toLowerCase()) peerId ??= peerIdOf(p, Number(id));
  }
  if (peerId === null) notes.push(note('tmeNoIdForUsername', { username }));
  const descriptionEl = doc.querySelector(SEL.description);
  const description = descriptionEl ? readText(descriptionEl, pageUrl).text || null : null;
  if (!description) notes.push(note('tmeNoDescription'));
  const chat = { ...header, username, usernameSource, peerId, description, link: chatLink(username) };
  return {
    post: { platform: 'telegram', client: 'tme-preview', extractor: NAME, notes, kind: 'chat', chat },
    element,
  };
}

interface Header {
  title: string | null;
  username: string | null;
  type: TelegramChatType | null;
  memberCount: number | null;
  memberCountText: string | null;
}

function readHeader(doc: Document, notes: Note[]): Header {
  const title = clean(doc.querySelector(SEL.headerTitle)?.textContent) || null;
  if (!title) notes.push(note('tmeNoChatTitle'));
  const handle = clean(doc.querySelector(SEL.headerUsername)?.textContent).replace(/^@/, '');
  const username = isUsername(handle) ? handle : null;
  let value: string | null = null;
  let kind: string | null = null;
  let shown: string | null = null;
  for (const counter of Array.from(doc.querySelectorAll(SEL.counter))) {
    const t = clean(counter.querySelector(SEL.counterType)?.textContent);
    if (!SIZE_COUNTER.test(t)) continue;
    [value, kind, shown] = [clean(counter.querySelector(SEL.counterValue)?.textContent), t, clean(counter.textContent)];
    break;
  }
  if (shown === null) {
    const top = /^(.+?)\s+(subscribers?|members?)$/i.exec(clean(doc.querySelector(SEL.headerCounter)?.textContent));
    if (top) [value, kind, shown] = [top[1]!, top[2]!, top[0]];
  }
  const type = kind === null ? null : /^sub/i.test(kind) ? 'channel' : 'supergroup';
  if (type === null) notes.push(note('tmeNoChatType'));
  const memberCount = value === null ? null : parseCount(value);
  if (shown && memberCount === null) notes.push(note('tmeMembersRounded', { text: shown }));
  return { title, username, type, memberCount, memberCountText: shown };
}
