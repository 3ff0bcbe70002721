import { mediaItem, parseDuration } from './common';
import type { TelegramMedia, TelegramMediaKind } from './types';
import { albumItemId } from './web-a-ids';

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

const INLINE_SIZE =
  "Photos are the copies Web A shows in the chat (Telegram's inline size, at most 800 px); the originals may be larger.";

/**
 * Every media item of the message, each with the id of the message it is: an album's item its own (the id of its
 * frame), anything else the post's.
 */
export function readMedia(
  content: Element,
  pageUrl: string,
  postId: number | null,
  m: MediaSelectors,
): { media: TelegramMedia[]; warnings: string[] } {
  const warnings = new Set<string>();
  const media: TelegramMedia[] = [];
  const selector = [m.file, m.audio, m.round, m.frame].join(', ');
  for (const el of Array.from(content.querySelectorAll(selector))) {
    if (el.closest(m.notOwn)) continue;
    // A document's preview and a round video's frame belong to the item around them.
    if (el.parentElement?.closest(`${m.file}, ${m.round}`)) continue;
    const item = el.closest(m.albumItem);
    const messageId = item ? albumItemId(item.id, postId) : postId;
    if (item && messageId === null) warnings.add(`Item ${media.length + 1} of the album carries no message id.`);
    media.push({ ...describe(el, { n: media.length + 1, pageUrl, m, warnings }), messageId });
  }
  return { media, warnings: [...warnings] };
}

interface Context {
  /** The item's place in the message, for the warnings. */
  n: number;
  pageUrl: string;
  m: MediaSelectors;
  warnings: Set<string>;
}

function describe(el: Element, ctx: Context): TelegramMedia {
  const { n, pageUrl, m, warnings } = ctx;
  if (el.matches(m.file)) return file(el, ctx);
  if (el.matches(m.audio)) return audio(el, ctx);
  if (el.matches(m.sticker)) {
    const src = srcOf(el.querySelector(`img${m.full}`), pageUrl);
    if (!src) warnings.add(`Sticker ${n} is drawn by a player; its file is not in the page.`);
    return mediaItem('sticker', { src });
  }
  const video = el.querySelector('video');
  const durationText = el.querySelector(m.duration)?.firstChild?.textContent?.trim() ?? null;
  const isRound = el.matches(m.round);
  if (!video && durationText === null && !isRound) {
    const full = el.querySelector(`img${m.full}`);
    const src = srcOf(full, pageUrl);
    if (src) warnings.add(INLINE_SIZE);
    else warnings.add(`Photo ${n}: only a blurred preview is in the page; the photo had not loaded.`);
    return mediaItem('photo', { src, thumbnail: !src, ...dimensions(el, `Photo ${n}`, warnings) });
  }
  const kind: TelegramMediaKind = isRound ? 'round' : durationText === 'GIF' ? 'gif' : 'video';
  const label = kind === 'gif' ? 'GIF' : kind === 'round' ? 'Video message' : 'Video';
  let src = srcOf(video?.matches(m.full) || isRound ? video : null, pageUrl);
  const thumbnail = !src;
  if (!src) {
    src = srcOf(el.querySelector(`img${m.thumbnail}`), pageUrl);
    warnings.add(`${label} ${n}: only ${src ? 'its preview picture' : 'a blurred preview'} is in the page.`);
  }
  let duration = kind === 'gif' || durationText === null ? null : parseDuration(durationText);
  // While it plays, the badge counts down (Video.tsx: duration - playProgress); the element knows the length.
  if (duration !== null && video && video.currentTime > 1) {
    duration = Number.isFinite(video.duration) ? Math.round(video.duration) : null;
    if (duration === null) warnings.add(`${label} ${n} was playing; its length could not be read.`);
  }
  return mediaItem(kind, { src, thumbnail, duration, ...dimensions(el, `${label} ${n}`, warnings) });
}

function file(el: Element, { n, pageUrl, m, warnings }: Context): TelegramMedia {
  const title = el.querySelector(m.fileName);
  const fileName = (title?.getAttribute('title') ?? title?.textContent ?? '').trim() || null;
  // While it transfers the size reads "0.3 MB / 1.2 MB" (File.tsx): the file's size is the last part.
  const sizeText = el.querySelector(m.fileSize)?.textContent?.split('/').pop()?.trim() || null;
  const preview = srcOf(el.querySelector(`img${m.full}`), pageUrl);
  warnings.add(
    preview
      ? `File ${n}: only its preview picture is in the page, not the file.`
      : `File ${n}: the file itself is not in the page.`,
  );
  return mediaItem('file', { src: preview, thumbnail: Boolean(preview), fileName, fileSizeText: sizeText });
}

function audio(el: Element, { n, m, warnings }: Context): TelegramMedia {
  const kind = el.querySelector(m.voice) ? 'voice' : 'audio';
  const label = kind === 'voice' ? 'Voice message' : 'Audio';
  warnings.add(`${label} ${n}: the recording itself is not in the page.`);
  // While it plays, Audio.tsx shows the time played instead of the length.
  if (el.querySelector(m.playing)) {
    warnings.add(`${label} ${n} was playing; its length could not be read.`);
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
  label: string,
  warnings: Set<string>,
): { width: number | null; height: number | null } {
  const style = el.getAttribute('style') ?? '';
  const width = Number(/--media-width:\s*([\d.]+)px/.exec(style)?.[1]);
  const ratio = Number(/--media-aspect-ratio:\s*([\d.]+)/.exec(style)?.[1]);
  if (width > 0 && ratio > 0) return { width: Math.round(width), height: Math.round(width / ratio) };
  warnings.add(`${label}: the page does not state its dimensions.`);
  return { width: null, height: null };
}
