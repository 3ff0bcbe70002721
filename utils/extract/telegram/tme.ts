import { mediaItem, parseDuration } from './common';
import { UnknownLayoutError, type SiteExtractor } from '../site';
import { botApiPeerId, chatLink, messagePermalink } from './ids';
import type {
  ExtractedTelegram,
  TelegramChat,
  TelegramChatType,
  TelegramDate,
  TelegramEntity,
  TelegramEntityType,
  TelegramMedia,
  TelegramMessagePost,
  TelegramPeerRef,
} from './types';

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

const SEL = {
  // One post (an album is one): data-post="<channel>/<id>", data-view, and in embeds data-peer
  // (TCHAN, SNSCRAPE, WIDGETJS sendPollVote).
  message: '.tgme_widget_message',
  // "Channel created", "… pinned …": a class on the post itself (TCHAN service tests).
  service: '.service_message',
  // The post's wrapper in the /s/ history (TCHAN).
  wrap: '.tgme_widget_message_wrap',
  // Channel header: right column and top bar of /s/ pages (SNSCRAPE _get_entity; TCHAN test_channel_info).
  header: '.tgme_channel_info, .tgme_header_info',
  // Page chrome inside the header: download/join buttons and footer links, not the channel.
  headerChrome: '.tgme_channel_download_telegram, .tgme_channel_join_telegram, .tgme_footer',
  headerTitle: '.tgme_channel_info_header_title, .tgme_header_title',
  headerUsername: '.tgme_channel_info_header_username a',
  // <span class="counter_value">27.4K</span> <span class="counter_type">subscribers</span> (TCHAN, SNSCRAPE).
  counter: '.tgme_channel_info_counter',
  counterValue: '.counter_value',
  counterType: '.counter_type',
  // Top bar: "27.4K subscribers" in one element (RSSHub-style scrapers; a saved t.me/s/DEXTNewPairsBot page).
  headerCounter: '.tgme_header_counter',
  description: '.tgme_channel_info_description',
  // Parts of a post that belong to another message: the quoted reply, the link preview (TCHAN).
  foreign: '.tgme_widget_message_reply, .tgme_widget_message_link_preview',
  // The chat's name in the bubble; a group's message shows "<author_name> in <owner_name>" (TCHAN; parsers
  // of real group embeds).
  owner: '.tgme_widget_message_owner_name',
  author: '.tgme_widget_message_author .tgme_widget_message_author_name',
  // Signature, in the meta before the date: <span …from_author>Name</span>,&nbsp;edited (TCHAN).
  meta: '.tgme_widget_message_meta',
  signature: '.tgme_widget_message_meta .tgme_widget_message_from_author',
  // The date; other <time>s in a post are durations (TCHAN, WIDGETJS TPost.init).
  dateLink: '.tgme_widget_message_date',
  date: '.tgme_widget_message_date time[datetime]',
  views: '.tgme_widget_message_views',
  // Innermost body text; albums double it; a reply's quote is js-message_reply_text (TCHAN).
  text: '.tgme_widget_message_text.js-message_text',
  forwarded: '.tgme_widget_message_forwarded_from',
  forwardedName: '.tgme_widget_message_forwarded_from_name',
  reply: '.tgme_widget_message_reply',
  replyAuthor: '.tgme_widget_message_author_name',
  replyText: '.js-message_reply_text',
  // <span class="tgme_reaction"><i class="emoji"><b>🔥</b></i>3</span>; custom: <tg-emoji emoji-id>; paid: a star
  // icon (copies of real t.me/s reaction blocks in scrapers' tests).
  reaction: '.tgme_widget_message_reactions .tgme_reaction',
  reactionPaid: '.tgme_reaction_paid',
  // i.emoji > b holds the character (TCHAN); tg-emoji[emoji-id] wraps a custom one, and Telegram's script adds
  // its animation in .tg-emoji-wrap (WIDGETJS proccessEmoji).
  emoji: '.emoji',
  customEmoji: 'tg-emoji',
  emojiAnimation: '.tg-emoji-wrap',
  // Parts this extractor does not turn into media (TCHAN poll and location; RSSHUB contact).
  poll: '.tgme_widget_message_poll',
  contact: '.tgme_widget_message_contact',
  location: '.tgme_widget_message_location_wrap',
  // "Please open Telegram to view this post", "Media is too big" (TCHAN).
  notSupportedLabel: '.message_media_not_supported_label',
} as const;

const MEDIA = {
  // style="width:800px;background-image:url('…')" and an inner padding-top ratio; album items state their
  // width and height in px (TCHAN photo_single, photo_multiple).
  photo: '.tgme_widget_message_photo_wrap',
  photoRatio: '.tgme_widget_message_photo',
  // A <video> in .tgme_widget_message_video_wrap (width px + padding-top ratio); no <video> when "Media is too
  // big" (TCHAN video_big); no play button means a GIF (RSSHUB).
  video: '.tgme_widget_message_video_player',
  videoPlay: '.message_video_play',
  videoWrap: '.tgme_widget_message_video_wrap',
  videoFile: '.tgme_widget_message_video_wrap video[src]',
  videoThumb: '.tgme_widget_message_video_thumb',
  videoDuration: '.message_video_duration',
  round: '.tgme_widget_message_roundvideo_player',
  roundFile: 'video.tgme_widget_message_roundvideo',
  roundThumb: '.tgme_widget_message_roundvideo_thumb',
  roundDuration: '.tgme_widget_message_roundvideo_duration',
  voice: '.tgme_widget_message_voice_player',
  voiceFile: 'audio.tgme_widget_message_voice',
  voiceDuration: '.tgme_widget_message_voice_duration',
  // Title and "extra": a file's size, or an audio file's performer (TCHAN audio_document).
  document: '.tgme_widget_message_document_wrap',
  documentTitle: '.tgme_widget_message_document_title',
  documentExtra: '.tgme_widget_message_document_extra',
  documentAudio: '.tgme_widget_message_document_icon.audio',
  // i[data-webp] with a placeholder background until Telegram's script loads the webp (TCHAN sticker;
  // WIDGETJS proccessWebpImage); animated and video stickers (RSSHUB).
  sticker: '.tgme_widget_message_sticker, .tgme_widget_message_videosticker, .tgme_widget_message_tgsticker',
  stickerFile: 'video[src]',
  stickerRatio: '[style*="padding-top"]',
} as const;
const ANY_MEDIA = [MEDIA.photo, MEDIA.video, MEDIA.round, MEDIA.voice, MEDIA.document, MEDIA.sticker].join(', ');

// Formatting tags in the text: <b>, <i>, <code> and <tg-spoiler> are on real pages (TCHAN; WIDGETJS initSpoilers),
// the rest follow Telegram's HTML formatting (the Bot API's tags), not yet seen on a stored t.me page.
const ENTITY_TAGS: Record<string, TelegramEntityType> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};

// The meta's own text: "edited" before the date, after the signature if any (TCHAN signed/edited tests).
const EDITED = /\bedited\b/i;
// The counter that sizes the chat: "subscribers" for a channel, "members" for a group (TCHAN, SNSCRAPE).
const SIZE_COUNTER = /^(subscribers?|members?)$/i;

// A username in a t.me path: letters, digits and underscores from a letter on; 5–32 long, 4 let through (short
// collectible names exist), so nothing real is refused.
const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
// First path parts of t.me that are not chats.
const RESERVED = new Set(['s', 'c', 'joinchat', 'addstickers', 'addemoji', 'share', 'proxy', 'socks', 'iv', 'login']);

export interface PreviewAddress {
  channel: string;
  /** The post of a single-post page or of a /s/<channel>/<id> context page. */
  messageId: number | null;
}

/** The channel (and post) a t.me preview address names, or null when it is not a preview. */
export function parsePreviewUrl(url: URL): PreviewAddress | null {
  if (!/^(?:www\.)?(?:t|telegram)\.me$/i.test(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const preview = parts[0] === 's';
  const [channel, id, ...rest] = preview ? parts.slice(1) : parts;
  if (!channel || !isUsername(channel) || rest.length > 0) return null;
  if (id === undefined) return preview ? { channel, messageId: null } : null;
  return /^\d{1,10}$/.test(id) ? { channel, messageId: Number(id) } : null;
}

/** A count as the preview shows it: "48" and "12 345" are exact; "1.2K" is rounded, so null. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}(?:[ \u00a0\u202f]\d{3})*$|^\d+$/.test(t)) return null;
  const n = Number(t.replace(/\D/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

export const telegramPreview: SiteExtractor = {
  name: NAME,
  matches: (url) => parsePreviewUrl(url) !== null,
  extract(target, pageUrl, _now) {
    const message =
      target.closest(SEL.message) ??
      (target.matches(SEL.wrap) ? target.querySelector(`:scope > ${SEL.message}`) : null);
    if (message) return extractFromMessage(target, message, pageUrl);
    const header = target.closest(SEL.header);
    if (header && !target.closest(SEL.headerChrome)) return extractChat(header, pageUrl);
    return null;
  },
};

function extractFromMessage(target: Element, message: Element, pageUrl: string): ExtractedTelegram {
  if (message.matches(SEL.service)) {
    const what = clean(message.querySelector(SEL.text)?.textContent);
    throw new UnknownLayoutError(`this is a service message${what ? ` ("${what}")` : ''}, not a post`);
  }
  const id = /^([A-Za-z][A-Za-z0-9_]*)\/(\d+)$/.exec(message.getAttribute('data-post') ?? '');
  if (!id) throw new UnknownLayoutError('the post carries no data-post id (channel/number)');
  const username = id[1]!;
  const messageId = Number(id[2]);
  const warnings: string[] = [];
  const chat = messageChat(message, username, messageId, warnings);
  const authorName = own(message, SEL.author)[0];
  const account = authorName && target.closest(SEL.author) === authorName ? accountRef(authorName) : null;
  if (account?.username) {
    warnings.unshift(`The page holds no numeric id for ${account.name ?? `@${account.username}`}.`);
    const base = { platform: 'telegram', client: 'tme-preview', extractor: NAME, warnings } as const;
    return { post: { ...base, kind: 'account', account, chat }, element: message };
  }
  return { post: readMessage(message, chat, messageId, pageUrl, warnings), element: message };
}

function readMessage(
  message: Element,
  chat: TelegramChat,
  messageId: number,
  pageUrl: string,
  warnings: string[],
): TelegramMessagePost {
  const username = chat.username!;
  const textEl = own(message, SEL.text).find((el) => !el.querySelector(SEL.text));
  const { text, entities } = textEl ? readText(textEl, pageUrl) : { text: '', entities: [] };
  const viewsText = clean(own(message, SEL.views)[0]?.textContent) || null;
  const views = viewsText === null ? null : parseCount(viewsText);
  if (viewsText === null) warnings.push('The page shows no view count.');
  else if (views === null) warnings.push(`The page shows the views only rounded ("${viewsText}").`);
  const meta = own(message, SEL.meta)[0];
  if (!meta) warnings.push('The post has no date line, so "edited" could not be read.');
  for (const what of ['poll', 'contact', 'location'] as const)
    if (own(message, SEL[what]).length) warnings.push(`The post holds a ${what} that is not recorded.`);
  const media = own(message, ANY_MEDIA).map((el, i) => readMedia(el, i + 1, pageUrl, warnings));
  if (!text && media.length === 0) {
    const label = clean(own(message, SEL.notSupportedLabel)[0]?.textContent);
    warnings.push(`The page shows neither text nor media of this post${label ? ` ("${label}")` : ''}.`);
  }
  return {
    platform: 'telegram',
    client: 'tme-preview',
    extractor: NAME,
    warnings,
    kind: 'message',
    chat,
    messageId,
    sender: readSender(message, chat, warnings),
    date: readDate(message, warnings),
    edited: meta ? EDITED.test(ownText(meta)) : false,
    text,
    entities,
    forwardedFrom: readForward(message, pageUrl, warnings),
    replyTo: readReply(message, username, pageUrl, warnings),
    views,
    viewsText,
    reactions: readReactions(message, warnings),
    media,
    permalink: readPermalink(message, chat, messageId, pageUrl, warnings),
  };
}

/** The chat a post is in: its name from the bubble, the rest from the page header when it is the same chat. */
function messageChat(message: Element, username: string, messageId: number, warnings: string[]): TelegramChat {
  const doc = message.ownerDocument;
  const header = readHeader(doc, []);
  const same = header.username?.toLowerCase() === username.toLowerCase();
  const title = clean(own(message, SEL.owner)[0]?.textContent) || (same ? header.title : null);
  if (!title) warnings.push(`The page does not show the title of @${username}.`);
  let type: TelegramChatType | null = same ? header.type : null;
  // "<user> in <group>": only a group shows its members' names, and a group with a username is a supergroup.
  if (!type && own(message, SEL.author).length > 0) type = 'supergroup';
  if (!type) warnings.push(`The page does not say whether @${username} is a channel or a group.`);
  if (!same) warnings.push(`The page does not show how many members @${username} has.`);
  else if (header.memberCountText && header.memberCount === null)
    warnings.push(`The page shows the member count only rounded ("${header.memberCountText}").`);
  const peerId = peerIdOf(message, messageId);
  if (peerId === null)
    warnings.push(`The page holds no numeric id for @${username}; its public username identifies it.`);
  return {
    title,
    peerId,
    username,
    type,
    memberCount: same ? header.memberCount : null,
    memberCountText: same ? header.memberCountText : null,
  };
}

function extractChat(element: Element, pageUrl: string): ExtractedTelegram {
  const doc = element.ownerDocument;
  const warnings: string[] = [];
  const header = readHeader(doc, warnings);
  const fromUrl = parsePreviewUrl(new URL(pageUrl))?.channel ?? null;
  const posts = Array.from(doc.querySelectorAll(`${SEL.message}[data-post]`));
  const named = header.username ?? fromUrl;
  // Posts' data-post spell the username canonically; the header may not (SNSCRAPE).
  const post = posts.find((p) => p.getAttribute('data-post')!.split('/')[0]!.toLowerCase() === named?.toLowerCase());
  const username = post ? post.getAttribute('data-post')!.split('/')[0]! : named;
  if (!username) throw new UnknownLayoutError('the channel header names no username');
  let peerId: number | null = null;
  for (const p of posts) {
    const [name, id] = p.getAttribute('data-post')!.split('/');
    if (name?.toLowerCase() === username.toLowerCase()) peerId ??= peerIdOf(p, Number(id));
  }
  if (peerId === null)
    warnings.push(`The page holds no numeric id for @${username}; its public username identifies it.`);
  const descriptionEl = doc.querySelector(SEL.description);
  const description = descriptionEl ? readText(descriptionEl, pageUrl).text || null : null;
  if (!description) warnings.push('The page shows no description.');
  const chat = { ...header, username, peerId, description, link: chatLink(username) };
  return {
    post: { platform: 'telegram', client: 'tme-preview', extractor: NAME, warnings, kind: 'chat', chat },
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

function readHeader(doc: Document, warnings: string[]): Header {
  const title = clean(doc.querySelector(SEL.headerTitle)?.textContent) || null;
  if (!title) warnings.push('The page does not show the chat title.');
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
  if (type === null) warnings.push('The page does not say whether this is a channel or a group, nor its size.');
  const memberCount = value === null ? null : parseCount(value);
  if (shown && memberCount === null) warnings.push(`The page shows the member count only rounded ("${shown}").`);
  return { title, username, type, memberCount, memberCountText: shown };
}

/**
 * The chat's Bot API id. Embeds carry data-peer="c<channel id>_<access hash>"; every post
 * carries data-view, base64url JSON {"c":-<channel id>,"p":<post id>[g],…} (decoded from
 * TCHAN and saved pages; @telegram shows c:-1005640892, its Bot API id is -1001005640892).
 */
function peerIdOf(message: Element, messageId: number): number | null {
  try {
    const fromPeer = /^c(\d{1,15})_/.exec(message.getAttribute('data-peer') ?? '');
    if (fromPeer) return botApiPeerId('channel', Number(fromPeer[1]));
    const raw = (message.getAttribute('data-view') ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const view = JSON.parse(atob(raw.padEnd(Math.ceil(raw.length / 4) * 4, '='))) as { c?: unknown; p?: unknown };
    const post = typeof view.p === 'number' ? view.p : typeof view.p === 'string' ? parseInt(view.p, 10) : NaN;
    if (typeof view.c === 'number' && Number.isSafeInteger(view.c) && view.c < 0 && post === messageId)
      return botApiPeerId('channel', -view.c);
  } catch {
    // Not the attributes as we know them: no id.
  }
  return null;
}

function accountRef(el: Element): TelegramPeerRef {
  return { name: clean(el.textContent) || null, peerId: null, username: usernameOf(el.getAttribute('href')) };
}

function readSender(message: Element, chat: TelegramChat, warnings: string[]): TelegramMessagePost['sender'] {
  const signature = clean(own(message, SEL.signature)[0]?.textContent) || null;
  const author = own(message, SEL.author)[0];
  if (author) {
    const ref = accountRef(author);
    warnings.push(`The page holds no numeric id for the sender${ref.name ? ` ${ref.name}` : ''}.`);
    return { ...ref, signature };
  }
  const owner = own(message, SEL.owner)[0];
  if (!owner) {
    warnings.push('The post shows no sender.');
    return null;
  }
  // A post shown under the chat's own name was sent as the chat.
  const name = clean(owner.textContent) || null;
  return { name, peerId: chat.peerId, username: usernameOf(owner.getAttribute('href')), signature };
}

function readDate(message: Element, warnings: string[]): TelegramDate {
  const time = own(message, SEL.date)[0];
  const value = time?.getAttribute('datetime') ?? '';
  const parts = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/.exec(value);
  const date = parts ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    warnings.push(time ? `The post's date "${value}" is not a full date with a time zone.` : 'The post shows no date.');
    return { iso: null, text: clean(time?.textContent) || null, precision: null, source: null };
  }
  return {
    iso: date.toISOString(),
    // As the reader sees it: Telegram's script rewrites this text in the browser's time zone (WIDGETJS TPost.init).
    text: clean(time!.textContent) || value,
    precision: parts![1] ? 'second' : 'minute',
    source: 'time[datetime]',
  };
}

function readForward(message: Element, pageUrl: string, warnings: string[]): TelegramMessagePost['forwardedFrom'] {
  const block = own(message, SEL.forwarded)[0];
  if (!block) return null;
  const nameEl = block.querySelector(SEL.forwardedName);
  // "Forwarded from&nbsp;<a …forwarded_from_name>" (TCHAN); without the name element, the block's text.
  const name = clean((nameEl ?? block).textContent).replace(/^Forwarded from\s*/i, '') || null;
  const username = usernameOf(absolute(nameEl?.getAttribute('href'), pageUrl));
  warnings.push(
    `The page holds no numeric id for the forward's origin${name ? ` ${name}` : ''}, nor when it was first sent.`,
  );
  return { name, peerId: null, username, date: null };
}

function readReply(
  message: Element,
  username: string,
  pageUrl: string,
  warnings: string[],
): TelegramMessagePost['replyTo'] {
  const reply = message.querySelector(SEL.reply);
  if (!reply) return null;
  const href = absolute(reply.getAttribute('href'), pageUrl);
  const target = href ? parsePreviewUrl(new URL(href)) : null;
  const same = target?.channel.toLowerCase() === username.toLowerCase();
  if (!same) warnings.push(`The reply points ${href ? `to ${href}, not a post of @${username}` : 'nowhere'}.`);
  const quote = reply.querySelector(SEL.replyText);
  return {
    messageId: same ? target!.messageId : null,
    senderName: clean(reply.querySelector(SEL.replyAuthor)?.textContent) || null,
    text: quote ? readText(quote, pageUrl).text || null : null,
  };
}

function readReactions(message: Element, warnings: string[]): TelegramMessagePost['reactions'] {
  return own(message, SEL.reaction).map((el) => {
    const custom = el.querySelector(SEL.customEmoji)?.getAttribute('emoji-id');
    // Not every reaction has a character: custom emoji show only their id, paid ones a star icon.
    const paid = el.matches(SEL.reactionPaid);
    const shownEmoji = clean(el.querySelector(SEL.emoji)?.textContent);
    const emoji = paid ? 'paid_stars' : custom ? `custom_emoji:${custom}` : shownEmoji;
    if (paid || custom || !shownEmoji) warnings.push(`A reaction shows no character; it is kept as "${emoji}".`);
    const shown = clean(ownText(el));
    const count = parseCount(shown);
    if (count === null) warnings.push(`The count of the ${emoji} reaction is shown only rounded ("${shown}").`);
    return { emoji, count };
  });
}

function readPermalink(
  message: Element,
  chat: TelegramChat,
  messageId: number,
  pageUrl: string,
  warnings: string[],
): string | null {
  const computed = messagePermalink(chat, messageId);
  const stated = absolute(own(message, SEL.dateLink)[0]?.getAttribute('href'), pageUrl);
  const expected = `https://t.me/${chat.username}/${messageId}`;
  // The date links to the post; that link is the same for a channel and a supergroup.
  const fromPage = stated?.toLowerCase() === expected.toLowerCase() ? expected : null;
  if (computed && stated && !fromPage) warnings.push(`The post's date links to ${stated}, not ${computed}.`);
  if (!computed && !fromPage) warnings.push('The page gives no link to this post.');
  return computed ?? fromPage;
}

function readMedia(el: Element, n: number, pageUrl: string, warnings: string[]): TelegramMedia {
  const base = mediaItem('photo');
  const style = el.getAttribute('style') ?? '';
  const sub = (selector: string): Element | null => el.querySelector(selector);
  const bg = (selector: string): string | null => absolute(styleUrl(sub(selector)?.getAttribute('style')), pageUrl);
  const duration = (selector: string): number | null => parseDuration(clean(sub(selector)?.textContent));
  const label = clean(sub(SEL.notSupportedLabel)?.textContent);
  if (el.matches(MEDIA.photo)) {
    const src = absolute(styleUrl(style), pageUrl);
    if (!src) warnings.push(`Photo ${n}: the page holds no image address.`);
    return { ...base, src, ...size(style, sub(MEDIA.photoRatio)?.getAttribute('style')) };
  }
  if (el.matches(MEDIA.video)) {
    const kind = sub(MEDIA.videoPlay) ? 'video' : 'gif';
    const wrap = sub(MEDIA.videoWrap)?.getAttribute('style');
    const video = absolute(sub(MEDIA.videoFile)?.getAttribute('src'), pageUrl);
    if (!video)
      warnings.push(`Media ${n} (${kind}): the page holds only a preview image${label ? ` ("${label}")` : ''}.`);
    const dims = px(wrap, 'width') !== null ? size(wrap, wrap) : size(style, null);
    const src = video ?? bg(MEDIA.videoThumb);
    return { ...base, kind, src, ...dims, duration: duration(MEDIA.videoDuration), thumbnail: !video };
  }
  if (el.matches(MEDIA.round)) {
    const video = absolute(sub(MEDIA.roundFile)?.getAttribute('src'), pageUrl);
    if (!video) warnings.push(`Media ${n} (round video): the page holds only a preview image.`);
    const src = video ?? bg(MEDIA.roundThumb);
    return { ...base, kind: 'round', src, duration: duration(MEDIA.roundDuration), thumbnail: !video };
  }
  if (el.matches(MEDIA.voice)) {
    const src = absolute(sub(MEDIA.voiceFile)?.getAttribute('src'), pageUrl);
    if (!src) warnings.push(`Media ${n} (voice): the page holds no audio address.`);
    return { ...base, kind: 'voice', src, duration: duration(MEDIA.voiceDuration) };
  }
  if (el.matches(MEDIA.document)) {
    const title = clean(sub(MEDIA.documentTitle)?.textContent) || null;
    const extra = clean(sub(MEDIA.documentExtra)?.textContent) || null;
    if (sub(MEDIA.documentAudio)) {
      warnings.push(`Media ${n} (audio): the page shows "${title}" / "${extra}", not the file, its name or size.`);
      return { ...base, kind: 'audio' };
    }
    warnings.push(`Media ${n} (file ${title ?? 'without a name'}): the page holds no bytes of the file.`);
    return { ...base, kind: 'file', fileName: title, fileSizeText: extra };
  }
  const video = absolute(sub(MEDIA.stickerFile)?.getAttribute('src'), pageUrl);
  const image = el.getAttribute('data-webp') ?? styleUrl(style);
  const src = video ?? (image && !image.startsWith('data:') ? absolute(image, pageUrl) : null);
  if (!src) warnings.push(`Media ${n} (sticker): the page holds no image of it.`);
  return { ...base, kind: 'sticker', src, ...size(style, sub(MEDIA.stickerRatio)?.getAttribute('style')) };
}

/** Width and height as the page states them: px, or a px width with a padding-top ratio (RSSHUB does the same). */
function size(
  outer: string | null | undefined,
  inner: string | null | undefined,
): { width: number | null; height: number | null } {
  const width = px(outer, 'width');
  const height = px(outer, 'height');
  if (width === null || height !== null) return { width, height };
  const ratio = pct(inner, 'padding-top');
  const share = pct(inner, 'width');
  return {
    width: share === null ? width : Math.round((width * share) / 100),
    height: ratio === null ? null : Math.round((width * ratio) / 100),
  };
}

/** Text as shown (<br> is a line break) and its entities, offsets in UTF-16 units. */
function readText(root: Element, pageUrl: string): { text: string; entities: TelegramEntity[] } {
  let text = '';
  const found: (TelegramEntity | null)[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'br') text += '\n';
    // The emoji's <b> is its character, not bold; the custom emoji's animation holds no text.
    if (el.matches(SEL.emoji)) text += el.textContent ?? '';
    if (tag === 'br' || tag === 'script' || tag === 'style' || el.matches(`${SEL.emoji}, ${SEL.emojiAnimation}`))
      return;
    const start = text.length;
    const slot = found.push(null) - 1;
    el.childNodes.forEach(walk);
    const type =
      tag === 'a' ? linkType(el, text.slice(start)) : tag === 'code' && el.closest('pre') ? null : ENTITY_TAGS[tag];
    const url = type === 'text_link' ? (absolute(el.getAttribute('href'), pageUrl) ?? undefined) : undefined;
    if (type && text.length > start)
      found[slot] = { type, offset: start, length: text.length - start, ...(url && { url }) };
  };
  root.childNodes.forEach(walk);
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  const entities = found.flatMap((e) => {
    if (!e) return [];
    const offset = Math.max(0, e.offset - lead);
    const length = Math.min(body.length, e.offset + e.length - lead) - offset;
    return length > 0 ? [{ ...e, offset, length }] : [];
  });
  return { text: body, entities: entities.sort((a, b) => a.offset - b.offset) };
}

/**
 * Links: hashtags search the channel (?q=%23…), a link with a hidden address asks "Open this link?" (RSSHUB),
 * mentions are t.me links (TCHAN, and the t.me/s/mchs_bryansk copy in syndexmx tgsiren).
 */
function linkType(a: Element, content: string): TelegramEntityType | null {
  const href = a.getAttribute('href') ?? '';
  if (/^\?q=%23/i.test(href) && content.startsWith('#')) return 'hashtag';
  if (/^\?q=%24/i.test(href) && content.startsWith('$')) return 'cashtag';
  if (/^mailto:/i.test(href)) return 'email';
  if (/^tel:/i.test(href)) return 'phone_number';
  const user = usernameOf(href);
  if (user && content.toLowerCase() === `@${user.toLowerCase()}`) return 'mention';
  const bare = (s: string): string => s.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  if (!a.hasAttribute('onclick') && bare(content) === bare(href)) return 'url';
  return href ? 'text_link' : null;
}

/** Elements of this post only: not the quoted reply, not the link preview. */
function own(message: Element, selector: string): Element[] {
  return Array.from(message.querySelectorAll(selector)).filter((el) => !el.parentElement?.closest(SEL.foreign));
}

function ownText(el: Element): string {
  return Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join('');
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isUsername(name: string): boolean {
  return USERNAME.test(name) && !RESERVED.has(name.toLowerCase());
}

function usernameOf(href: string | null | undefined): string | null {
  const m = /^(?:https?:)?\/\/(?:www\.)?(?:t|telegram)\.me\/([^/?#]+)(?:\/\d+)?\/?(?:[?#].*)?$/i.exec(href ?? '');
  return m && isUsername(m[1]!) ? m[1]! : null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function styleUrl(style: string | null | undefined): string | null {
  return /background-image\s*:\s*url\(\s*(['"]?)(.*?)\1\s*\)/i.exec(style ?? '')?.[2] || null;
}

function px(style: string | null | undefined, prop: string): number | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style ?? '');
  return m ? Math.round(Number(m[1])) : null;
}

function pct(style: string | null | undefined, prop: string): number | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)%`, 'i').exec(style ?? '');
  return m ? Number(m[1]) : null;
}
