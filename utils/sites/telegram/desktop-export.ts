import type { PackedPost, SiteFile } from '../site';
import type { TelegramChat, TelegramEntity, TelegramMedia, TelegramMessagePost, TelegramPost } from './types';

/**
 * A pack's Telegram messages in Telegram Desktop's export format, one `result.json` per chat
 * (`telegram/<chat>/result.json`), so that the tools investigators use on Desktop exports read Dokaz's packs too.
 * The format is Desktop's own (tdesktop, Telegram/SourceFiles/export/output/export_output_json.cpp and
 * export/data/export_data_types.cpp): the keys it writes, in its order, with its values. What a web page never
 * shows is marked, not guessed (docs/PACK-FORMAT.md, "telegram/<chat>/result.json"):
 * - `date` is UTC, where Desktop writes the exporter's local time with no offset: a pack says the same on every
 *   computer, and a verifier remakes this file byte for byte from the records;
 * - `edited` and `edited_unixtime` are null when the page marked the message edited (no client shows when), and
 *   absent when it did not, as in Desktop's;
 * - a sender, a chat or a forward whose name or id the page did not show is null;
 * - a photo or file the capture did not keep is Desktop's own "(File not included…)" text.
 * Pure and deterministic: the pack's writer and its verifier both call it, and the file must come out the same.
 */
export const FILE_NOT_INCLUDED = '(File not included. Change data exporting settings to download.)';

/**
 * Where each chat's file lies in the pack: by its peer id, or its username (in lower case, as Telegram compares them)
 * when no page gave its id. A chat whose id one capture read and another did not (a t.me page) is one chat, in one
 * file; a username that two ids claimed (it moved from one chat to another) names neither, and keeps its own folder.
 */
function chatFolders(posts: readonly TelegramMessagePost[]): (chat: TelegramChat) => string | null {
  const ids = new Map<string, number | null>();
  for (const { chat } of posts) {
    if (!isPeerId(chat.peerId) || !chat.username) continue;
    const name = chat.username.toLowerCase();
    ids.set(name, ids.has(name) && ids.get(name) !== chat.peerId ? null : chat.peerId);
  }
  return (chat) => {
    if (isPeerId(chat.peerId)) return String(chat.peerId);
    const name = chat.username?.toLowerCase();
    if (!name || !/^[a-z0-9_]{1,64}$/.test(name)) return null;
    const peerId = ids.get(name);
    return peerId == null ? name : String(peerId);
  };
}

/**
 * An id a page gave that can name a folder: a hostile page's 1e21 is an integer to the schema, but its digits ("1e+21")
 * are no name a pack may hold, and the victim's pack would fail. Telegram's ids are far below 2^53.
 */
function isPeerId(peerId: number | null): peerId is number {
  return peerId !== null && Number.isSafeInteger(peerId);
}

type Packed = PackedPost<TelegramMessagePost>;

export function telegramDesktopExport(posts: readonly PackedPost<TelegramPost>[]): SiteFile[] {
  const messages = posts.filter((p): p is Packed => p.post.kind === 'message' && p.post.messageId !== null);
  const folderOf = chatFolders(messages.map(({ post }) => post));
  const chats = new Map<string, { latest: Packed; entries: Map<number, object> }>();
  // Newest first: each id is the latest capture's that holds it (the message's own, or an album's item). The earlier
  // versions are captures of the pack.
  const newestFirst = [...messages].sort((a, b) => (later(a, b) ? -1 : later(b, a) ? 1 : 0));
  for (const packed of newestFirst) {
    const folder = folderOf(packed.post.chat);
    if (folder === null) continue;
    const chat = chats.get(folder) ?? { latest: packed, entries: new Map<number, object>() };
    chats.set(folder, chat);
    for (const [id, entry] of messageEntries(packed)) if (!chat.entries.has(id)) chat.entries.set(id, entry);
  }
  return [...chats]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([folder, { latest, entries }]) => {
      const chat = latest.post.chat;
      const peerId = /^-?\d+$/.test(folder) ? Number(folder) : null;
      const file = {
        name: chat.title,
        type: chatType(chat),
        id: peerId === null ? null : bareId(peerId),
        messages: [...entries].sort(([a], [b]) => a - b).map(([, entry]) => entry),
      };
      // Desktop's layout: one space of indent a level, raw UTF-8, no final line break.
      return { path: `telegram/${folder}/result.json`, text: JSON.stringify(file, null, 1) };
    });
}

function later(a: PackedPost<TelegramPost>, b: PackedPost<TelegramPost>): boolean {
  return a.capturedAt !== b.capturedAt ? a.capturedAt > b.capturedAt : a.captureId > b.captureId;
}

function chatType(chat: TelegramChat): string {
  const access = chat.username ? 'public' : 'private';
  switch (chat.type) {
    case 'user':
      return 'personal_chat';
    case 'bot':
      return 'bot_chat';
    case 'group':
      return 'private_group';
    case 'supergroup':
      return `${access}_supergroup`;
    case 'channel':
      return `${access}_channel`;
    default:
      return '';
  }
}

/** Desktop's ids are bare: a channel's -1001234 is 1234, a basic group's -56 is 56. */
function bareId(peerId: number): number {
  if (peerId >= 0) return peerId;
  return peerId <= -1_000_000_000_000 ? -peerId - 1_000_000_000_000 : -peerId;
}

/** Desktop's `from_id`: "user…", "channel…" or "chat…", by the Bot API form of the id. */
function peerRef(peerId: number | null): string | null {
  if (!isPeerId(peerId)) return null;
  if (peerId > 0) return `user${peerId}`;
  return peerId <= -1_000_000_000_000 ? `channel${bareId(peerId)}` : `chat${bareId(peerId)}`;
}

/**
 * A post as Desktop's messages: an album is one post to the page and one message per item to Telegram, each with its
 * own id (the text goes with the post's own); an item whose id the page did not give stays with the post's.
 */
function messageEntries(packed: Packed): [number, object][] {
  const { post, captureId } = packed;
  const id = post.messageId!;
  // A message holds one photo or file, as in Telegram: a second item under one id stays in the capture alone.
  const items = new Map<number, TelegramMedia | null>([[id, null]]);
  for (const item of post.media) {
    const itemId = isPeerId(item.messageId ?? null) ? item.messageId! : id;
    if (!items.get(itemId)) items.set(itemId, item);
  }
  return [...items].map(([itemId, item]) => [
    itemId,
    {
      id: itemId,
      type: 'message',
      ...dates(post),
      ...sender(post),
      ...(post.forwardedFrom ? { forwarded_from: post.forwardedFrom.name } : {}),
      ...(post.replyTo?.messageId != null ? { reply_to_message_id: post.replyTo.messageId } : {}),
      ...(item ? mediaEntries(item, packed) : {}),
      ...(itemId === id ? textEntries(post.text, post.entities) : { text: '', text_entities: [] }),
      dokaz_capture_id: captureId,
    },
  ]);
}

/** A UTC instant as Dokaz's extractors write it; anything else (a hostile pack's local time) is no date. */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

function dates(post: TelegramMessagePost): object {
  // Read only in the one form every engine reads alike: a verifier elsewhere must make the same file.
  const time = post.date.iso !== null && UTC_INSTANT.test(post.date.iso) ? Date.parse(post.date.iso) : NaN;
  const known = Number.isFinite(time);
  return {
    date: known ? new Date(time).toISOString().slice(0, 19) : null,
    date_unixtime: known ? String(Math.floor(time / 1000)) : null,
    ...(post.edited ? { edited: null, edited_unixtime: null } : {}),
  };
}

/** A channel's post is from the channel, signed or not; anyone else's from its sender. */
function sender(post: TelegramMessagePost): object {
  if (post.chat.type === 'channel' && (post.sender === null || post.sender.peerId === post.chat.peerId)) {
    return {
      from: post.chat.title,
      from_id: peerRef(post.chat.peerId),
      ...(post.sender?.signature ? { author: post.sender.signature } : {}),
    };
  }
  return {
    from: post.sender?.name ?? null,
    from_id: peerRef(post.sender?.peerId ?? null),
    ...(post.sender?.signature ? { author: post.sender.signature } : {}),
  };
}

const MEDIA_TYPES: Partial<Record<TelegramMedia['kind'], string>> = {
  sticker: 'sticker',
  round: 'video_message',
  voice: 'voice_message',
  gif: 'animation',
  video: 'video_file',
  audio: 'audio_file',
};

function mediaEntries(item: TelegramMedia, { frameUrl, media }: PackedPost): object {
  const source = item.src === null ? null : resolved(item.src, frameUrl);
  const file = source === null ? undefined : media.find((f) => f.sourceUrl === source);
  // Relative to the folder of result.json, as Desktop's paths are to its export's folder.
  const path = file ? `../../${file.path}` : FILE_NOT_INCLUDED;
  const size = (item.width ?? 0) > 0 && (item.height ?? 0) > 0 ? { width: item.width, height: item.height } : {};
  if (item.kind === 'photo') {
    return { photo: path, photo_file_size: file?.size ?? 0, ...size };
  }
  return {
    file: path,
    ...(item.fileName ? { file_name: item.fileName } : {}),
    file_size: file?.size ?? 0,
    ...(MEDIA_TYPES[item.kind] ? { media_type: MEDIA_TYPES[item.kind] } : {}),
    ...(file ? { mime_type: file.mime } : {}),
    ...(item.duration ? { duration_seconds: Math.round(item.duration) } : {}),
    ...size,
  };
}

/** The address the capture fetched the item from: its media rule resolves the page's against the frame's. */
function resolved(src: string, base: string): string | null {
  try {
    return new URL(src, base).href;
  } catch {
    return null;
  }
}

/** Telegram's entity types as Desktop names them; its extra keys, as far as the page showed them. */
function entityPart(entity: TelegramEntity, text: string): Record<string, unknown> {
  switch (entity.type) {
    case 'url':
      return { type: 'link', text };
    case 'phone_number':
      return { type: 'phone', text };
    case 'text_link':
      return { type: 'text_link', text, href: entity.url ?? null };
    case 'mention_name': {
      const userId = /^tg:\/\/user\?id=(\d+)$/.exec(entity.url ?? '')?.[1];
      return { type: 'mention_name', text, user_id: userId ? Number(userId) : null };
    }
    case 'pre':
      return { type: 'pre', text, language: '' };
    case 'blockquote':
      return { type: 'blockquote', text, collapsed: false };
    case 'custom_emoji':
      return { type: 'custom_emoji', text, document_id: null };
    default:
      return { type: entity.type, text };
  }
}

/**
 * `text` and `text_entities` as Desktop writes them: the text cut into parts, each plain or of one entity. Desktop
 * gives a part one type; where the page nests entities (a bold link), the outer one names the part.
 */
function textEntries(text: string, entities: readonly TelegramEntity[]): object {
  const parts: Record<string, unknown>[] = [];
  let at = 0;
  const ordered = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
  for (const entity of ordered) {
    // Whole characters: an offset inside a surrogate pair would leave half an emoji, which no UTF-8 tool reads.
    const start = boundary(text, entity.offset, -1);
    const end = boundary(text, Math.min(entity.offset + entity.length, text.length), 1);
    if (start < at || end <= start) continue;
    if (start > at) parts.push({ type: 'plain', text: text.slice(at, start) });
    parts.push(entityPart(entity, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push({ type: 'plain', text: text.slice(at) });
  const plain = parts.every((part) => part.type === 'plain');
  return {
    text: plain ? text : parts.map((part) => (part.type === 'plain' ? part.text : part)),
    text_entities: parts,
  };
}

/** `i`, or the next code point's boundary that way when `i` falls between the halves of a surrogate pair. */
function boundary(text: string, i: number, way: -1 | 1): number {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  const inside = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return inside ? i + (way === -1 ? -1 : 1) : Math.max(0, i);
}
