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
 * Where each chat's file lies in the pack: by its peer id, or its username when no page gave its id. A chat whose
 * id one capture read and another did not (a t.me page) is one chat, in one file.
 */
function chatFolders(posts: readonly TelegramMessagePost[]): (chat: TelegramChat) => string | null {
  const ids = new Map<string, number>();
  for (const { chat } of posts) {
    if (isPeerId(chat.peerId) && chat.username) ids.set(chat.username.toLowerCase(), chat.peerId);
  }
  return (chat) => {
    const known = isPeerId(chat.peerId) ? chat.peerId : undefined;
    const peerId = known ?? (chat.username ? ids.get(chat.username.toLowerCase()) : undefined);
    if (peerId !== undefined) return String(peerId);
    return chat.username && /^[A-Za-z0-9_]{1,64}$/.test(chat.username) ? chat.username : null;
  };
}

/**
 * An id a page gave that can name a folder: a hostile page's 1e21 is an integer to the schema, but its digits ("1e+21")
 * are no name a pack may hold, and the victim's pack would fail. Telegram's ids are far below 2^53.
 */
function isPeerId(peerId: number | null): peerId is number {
  return peerId !== null && Number.isSafeInteger(peerId);
}

export function telegramDesktopExport(posts: readonly PackedPost<TelegramPost>[]): SiteFile[] {
  const chats = new Map<string, Map<number, PackedPost<TelegramMessagePost>>>();
  const messages = posts.flatMap(({ post }) => (post.kind === 'message' ? [post] : []));
  const folderOf = chatFolders(messages);
  for (const packed of posts) {
    const { post } = packed;
    if (post.kind !== 'message' || post.messageId === null) continue;
    const folder = folderOf(post.chat);
    if (folder === null) continue;
    const messages = chats.get(folder) ?? new Map<number, PackedPost<TelegramMessagePost>>();
    chats.set(folder, messages);
    // One entry a message, as in Desktop's: its latest version (the earlier ones are captures of the pack).
    const earlier = messages.get(post.messageId);
    if (!earlier || later(packed, earlier)) messages.set(post.messageId, packed as PackedPost<TelegramMessagePost>);
  }
  return [...chats]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([folder, messages]) => {
      const sorted = [...messages.values()].sort((a, b) => a.post.messageId! - b.post.messageId!);
      const latest = sorted.reduce((a, b) => (later(b, a) ? b : a));
      const chat = latest.post.chat;
      const peerId = /^-?\d+$/.test(folder) ? Number(folder) : null;
      const file = {
        name: chat.title,
        type: chatType(chat),
        id: peerId === null ? null : bareId(peerId),
        messages: sorted.flatMap((packed) => messageEntries(packed)),
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
function messageEntries(packed: PackedPost<TelegramMessagePost>): object[] {
  const { post, captureId } = packed;
  const id = post.messageId!;
  // A message holds one photo or file, as in Telegram: a second item under one id stays in the capture alone.
  const items = new Map<number, TelegramMedia | null>([[id, null]]);
  for (const item of post.media) {
    const itemId = item.messageId ?? id;
    if (!items.get(itemId)) items.set(itemId, item);
  }
  return [...items]
    .sort(([a], [b]) => a - b)
    .map(([itemId, item]) => ({
      id: itemId,
      type: 'message',
      ...dates(post),
      ...sender(post),
      ...(post.forwardedFrom ? { forwarded_from: post.forwardedFrom.name } : {}),
      ...(post.replyTo?.messageId != null ? { reply_to_message_id: post.replyTo.messageId } : {}),
      ...(item ? mediaEntries(item, packed) : {}),
      ...(itemId === id ? textEntries(post.text, post.entities) : { text: '', text_entities: [] }),
      dokaz_capture_id: captureId,
    }));
}

function dates(post: TelegramMessagePost): object {
  const time = post.date.iso === null ? NaN : Date.parse(post.date.iso);
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
    const end = Math.min(entity.offset + entity.length, text.length);
    if (entity.offset < at || end <= entity.offset) continue;
    if (entity.offset > at) parts.push({ type: 'plain', text: text.slice(at, entity.offset) });
    parts.push(entityPart(entity, text.slice(entity.offset, end)));
    at = end;
  }
  if (at < text.length) parts.push({ type: 'plain', text: text.slice(at) });
  const plain = parts.every((part) => part.type === 'plain');
  return {
    text: plain ? text : parts.map((part) => (part.type === 'plain' ? part.text : part)),
    text_entities: parts,
  };
}
