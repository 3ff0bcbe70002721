import { mediaItem, parseDuration } from './common';
import type { TelegramMedia, TelegramMediaKind } from './types';
import { albumItemId } from './web-a-ids';
import { note, type Note, type NoteKey } from '../../notes/note';

/**
 * The media of one Web A message, each item as the page holds it. Photo.tsx
 * and Video.tsx draw a blurred canvas preview until the file arrives, then an
 * img/video ".full-media"; Album.tsx lays out one such item per message of the
 * album; File.tsx, Audio.tsx, Sticker.tsx and RoundVideo.tsx draw the rest
 * (all under src/components/middle/message/ or src/components/common/).
 */
/** The selectors this reads, kept with the others at the top of web-a.ts. */
export interface MediaSelectors {
  frame: string;
  albumItem: string;
  file: string;
  fileName: string;
  fileSize: string;
  audio: string;
  voice: string;
  audioDuration: string;
  playing: string;
  round: string;
  sticker: string;
  full: string;
  thumbnail: string;
  duration: string;
  notOwn: string;
}

/** Each kind's notes: only a preview is in the page, only a blurred one, it was playing, no dimensions stated. */
const KIND_NOTES = {
  photo: { preview: null, blurred: 'webAPhotoBlurred', playing: null, noSize: 'webAPhotoNoSize' },
  video: {
    preview: 'webAVideoPreview',
    blurred: 'webAVideoBlurred',
    playing: 'webAVideoPlaying',
    noSize: 'webAVideoNoSize',
  },
  gif: { preview: 'webAGifPreview', blurred: 'webAGifBlurred', playing: null, noSize: 'webAGifNoSize' },
  round: {
    preview: 'webARoundPreview',
    blurred: 'webARoundBlurred',
    playing: 'webARoundPlaying',
    noSize: 'webARoundNoSize',
  },
} as const satisfies Record<string, Record<string, NoteKey | null>>;

/** A message's notes, each said once (every photo is of Web A's inline size; that is one note). */
class Notes {
  private readonly said = new Map<string, Note>();
  add(key: NoteKey | null, values: Record<string, string | number> = {}): void {
    if (key === null) return;
    const made = note(key, values);
    this.said.set(JSON.stringify(made), made);
  }
  get list(): Note[] {
    return [...this.said.values()];
  }
}

/**
 * Every media item of the message, each with the id of the message it is: an album's item its own (the id of its
 * frame), anything else the post's.
 */
export function readMedia(
  content: Element,
  pageUrl: string,
  postId: number | null,
  m: MediaSelectors,
): { media: TelegramMedia[]; notes: Note[] } {
  const notes = new Notes();
  const media: TelegramMedia[] = [];
  const selector = [m.file, m.audio, m.round, m.frame].join(', ');
  for (const el of Array.from(content.querySelectorAll(selector))) {
    if (el.closest(m.notOwn)) continue;
    // A document's preview and a round video's frame belong to the item around them.
    if (el.parentElement?.closest(`${m.file}, ${m.round}`)) continue;
    const item = el.closest(m.albumItem);
    const messageId = item ? albumItemId(item.id, postId) : postId;
    if (item && messageId === null) notes.add('albumItemNoId', { n: media.length + 1 });
    media.push({ ...describe(el, { n: media.length + 1, pageUrl, m, notes }), messageId });
  }
  return { media, notes: notes.list };
}

interface Context {
  /** The item's place in the message, for the notes. */
  n: number;
  pageUrl: string;
  m: MediaSelectors;
  notes: Notes;
}

function describe(el: Element, ctx: Context): TelegramMedia {
  const { n, pageUrl, m, notes } = ctx;
  if (el.matches(m.file)) return file(el, ctx);
  if (el.matches(m.audio)) return audio(el, ctx);
  if (el.matches(m.sticker)) {
    const src = srcOf(el.querySelector(`img${m.full}`), pageUrl);
    if (!src) notes.add('webAStickerPlayer', { n });
    return mediaItem('sticker', { src });
  }
  const video = el.querySelector('video');
  const durationText = el.querySelector(m.duration)?.firstChild?.textContent?.trim() ?? null;
  const isRound = el.matches(m.round);
  if (!video && durationText === null && !isRound) {
    const full = el.querySelector(`img${m.full}`);
    const src = srcOf(full, pageUrl);
    if (src) notes.add('webAInlineSize');
    else notes.add(KIND_NOTES.photo.blurred, { n });
    return mediaItem('photo', { src, thumbnail: !src, ...dimensions(el, 'photo', n, notes) });
  }
  const kind: TelegramMediaKind = isRound ? 'round' : durationText === 'GIF' ? 'gif' : 'video';
  let src = srcOf(video?.matches(m.full) || isRound ? video : null, pageUrl);
  const thumbnail = !src;
  if (!src) {
    src = srcOf(el.querySelector(`img${m.thumbnail}`), pageUrl);
    notes.add(src ? KIND_NOTES[kind].preview : KIND_NOTES[kind].blurred, { n });
  }
  let duration = kind === 'gif' || durationText === null ? null : parseDuration(durationText);
  // While it plays, the badge counts down (Video.tsx: duration - playProgress); the element knows the length.
  if (duration !== null && video && video.currentTime > 1) {
    duration = Number.isFinite(video.duration) ? Math.round(video.duration) : null;
    if (duration === null) notes.add(KIND_NOTES[kind].playing, { n });
  }
  return mediaItem(kind, { src, thumbnail, duration, ...dimensions(el, kind, n, notes) });
}

function file(el: Element, { n, pageUrl, m, notes }: Context): TelegramMedia {
  const title = el.querySelector(m.fileName);
  const fileName = (title?.getAttribute('title') ?? title?.textContent ?? '').trim() || null;
  // While it transfers the size reads "0.3 MB / 1.2 MB" (File.tsx): the file's size is the last part.
  const sizeText = el.querySelector(m.fileSize)?.textContent?.split('/').pop()?.trim() || null;
  const preview = srcOf(el.querySelector(`img${m.full}`), pageUrl);
  notes.add(preview ? 'webAFilePreview' : 'webAFileMissing', { n });
  return mediaItem('file', { src: preview, thumbnail: Boolean(preview), fileName, fileSizeText: sizeText });
}

function audio(el: Element, { n, m, notes }: Context): TelegramMedia {
  const kind = el.querySelector(m.voice) ? 'voice' : 'audio';
  const voice = kind === 'voice';
  notes.add(voice ? 'webAVoiceMissing' : 'webAAudioMissing', { n });
  // While it plays, Audio.tsx shows the time played instead of the length.
  if (el.querySelector(m.playing)) {
    notes.add(voice ? 'webAVoicePlaying' : 'webAAudioPlaying', { n });
    return mediaItem(kind, {});
  }
  const text = el.querySelector(m.audioDuration)?.textContent?.trim() ?? '';
  return mediaItem(kind, { duration: parseDuration(text) });
}

function srcOf(el: Element | null | undefined, pageUrl: string): string | null {
  const raw = el?.getAttribute('src');
  if (!raw) return null;
  try {
    return new URL(raw, pageUrl).href;
  } catch {
    return null;
  }
}

/**
 * Photo.tsx states the picture's size as --media-width and
 * --media-aspect-ratio on its frame (from telegram-tt's getMediaDimensions).
 */
function dimensions(
  el: Element,
  kind: keyof typeof KIND_NOTES,
  n: number,
  notes: Notes,
): { width: number | null; height: number | null } {
  const style = el.getAttribute('style') ?? '';
  const width = Number(/--media-width:\s*([\d.]+)px/.exec(style)?.[1]);
  const ratio = Number(/--media-aspect-ratio:\s*([\d.]+)/.exec(style)?.[1]);
  if (width > 0 && ratio > 0) return { width: Math.round(width), height: Math.round(width / ratio) };
  notes.add(KIND_NOTES[kind].noSize, { n });
  return { width: null, height: null };
}
