import { mediaItem, parseDuration } from './common';
import type { TelegramMedia, TelegramMediaKind } from './types';
import { parseWebKNumber, serverMessageId } from './web-k-ids';
import { WEB_K } from './web-k-selectors';
import { note, type Note } from '../../notes/note';

/**
 * The media of a Web K bubble, from what tweb's wrappers put in the DOM
 * (src/components/wrappers/photo.ts, video.ts, album.ts, document.ts,
 * src/components/audio.ts). Width and height are the box Web K laid the item
 * out in (its inline style), not the file's pixels, which the page does not state.
 */

function pixels(value: string, parentPixels: number | null): number | null {
  const m = /^([\d.]+)(px|%)$/.exec(value.trim());
  if (!m) return null;
  if (m[2] === 'px') return Math.round(Number(m[1]));
  return parentPixels === null ? null : Math.round((Number(m[1]) / 100) * parentPixels);
}

/** The laid-out size from inline styles; album items are sized in % of the album (wrappers/album.ts). */
function boxSize(element: Element): { width: number | null; height: number | null } {
  const style = (element as HTMLElement).style;
  const parent = element.parentElement as HTMLElement | null;
  const parentSize = parent && parent !== element ? parent.style : null;
  return {
    width: pixels(style?.width ?? '', parentSize ? pixels(parentSize.width, null) : null),
    height: pixels(style?.height ?? '', parentSize ? pixels(parentSize.height, null) : null),
  };
}

/** The best image the container holds: the loaded photo, else the blurred preview (a data: URL or a canvas). */
function bestImage(container: Element): { src: string | null; thumbnail: boolean } | null {
  const images = Array.from(container.querySelectorAll(WEB_K.mediaPhoto));
  const full = images.find(
    (img): img is HTMLImageElement =>
      img.tagName === 'IMG' && !img.classList.contains('thumbnail') && !/^data:/.test(img.getAttribute('src') ?? ''),
  );
  if (full?.getAttribute('src')) return { src: full.src, thumbnail: false };
  const preview = images[0];
  if (!preview) return null;
  return { src: preview.tagName === 'IMG' ? (preview as HTMLImageElement).src || null : null, thumbnail: true };
}

/** `n`: the item's place in an album, null for a message's only photo or video. */
function photo(container: Element, n: number | null, notes: Note[]): TelegramMedia {
  const image = bestImage(container);
  if (!image) notes.push(n === null ? note('webKPhotoNotLoaded') : note('webKAlbumItemNotLoaded', { n }));
  else if (image.thumbnail) notes.push(n === null ? note('webKPhotoBlurred') : note('webKAlbumItemBlurred', { n }));
  return mediaItem('photo', { ...boxSize(container), src: image?.src ?? null, thumbnail: image?.thumbnail ?? false });
}

function video(container: Element, round: boolean, n: number | null, notes: Note[]): TelegramMedia {
  const timeText = container.querySelector(WEB_K.videoTime)?.textContent?.trim() ?? null;
  const kind: TelegramMediaKind = round ? 'round' : timeText === 'GIF' ? 'gif' : 'video';
  const element = container.querySelector<HTMLVideoElement>(WEB_K.video);
  // The duration label counts down while the video plays (wrappers/video.ts onTimeUpdate).
  const fields = { ...boxSize(container), duration: parseDuration(timeText) };
  if (element?.getAttribute('src')) return mediaItem(kind, { ...fields, src: element.src });
  const poster = bestImage(container);
  if (n === null) notes.push(note(poster ? 'webKVideoPreview' : 'webKVideoPlaceholder'));
  else notes.push(note(poster ? 'webKAlbumVideoPreview' : 'webKAlbumVideoPlaceholder', { n }));
  return mediaItem(kind, { ...fields, src: poster?.src ?? null, thumbnail: poster !== null });
}

function file(doc: Element, notes: Note[]): TelegramMedia {
  const name = doc.querySelector(WEB_K.documentName);
  const fileName =
    name?.querySelector(WEB_K.documentNameFull)?.getAttribute('title') ?? name?.textContent?.trim() ?? null;
  // ".document-size" holds "1.2 MB" plus a hidden " · / 1.2 MB" placeholder (wrappers/document.ts).
  const size = doc.querySelector(WEB_K.documentSize)?.textContent?.split('·')[0]?.trim() || null;
  notes.push(fileName === null ? note('webKFileUnnamedNotInPage') : note('webKFileNotInPage', { name: fileName }));
  return mediaItem('file', { fileName: fileName || null, fileSizeText: size });
}

function audio(element: Element, kind: 'voice' | 'audio', notes: Note[]): TelegramMedia {
  notes.push(note(kind === 'voice' ? 'webKVoiceNotInPage' : 'webKAudioNotInPage'));
  return mediaItem(kind, { duration: parseDuration(element.querySelector(WEB_K.audioTime)?.textContent) });
}

/**
 * The server id of the message an album item or a grouped file is (its own data-mid), else the post's. An item whose
 * id the page does not give (none, or a local one while it is sent) has none, with a warning.
 */
function itemId(element: Element, postId: number | null, n: number, notes: Note[]): number | null {
  const item = element.closest(`${WEB_K.albumItem}, ${WEB_K.groupedItem}`);
  if (!item) return postId;
  const mid = parseWebKNumber(item.getAttribute('data-mid'));
  const id = mid === null ? null : serverMessageId(mid);
  if (id === null) notes.push(note('albumItemNoId', { n }));
  return id;
}

/**
 * Every media item of the bubble, in order, each with the id of the message it is; notes say what is only a
 * preview or not loaded.
 */
export function readMedia(bubble: Element, content: Element, postId: number | null, notes: Note[]): TelegramMedia[] {
  return readItems(bubble, content, notes).map(({ element, item }, i) => ({
    ...item,
    messageId: itemId(element, postId, i + 1, notes),
  }));
}

function readItems(bubble: Element, content: Element, notes: Note[]): { element: Element; item: TelegramMedia }[] {
  const media: { element: Element; item: TelegramMedia }[] = [];
  const has = (cls: string) => bubble.classList.contains(cls);
  const attachment = Array.from(content.children).find((c) => c.classList.contains(WEB_K.attachmentClass));
  if (attachment && has(WEB_K.albumClass)) {
    Array.from(attachment.children)
      .filter((child) => child.matches(WEB_K.albumItem) || child.hasAttribute('data-mid'))
      .forEach((child, i) => {
        const item = child.querySelector(`${WEB_K.video}, ${WEB_K.videoTime}`)
          ? video(child, false, i + 1, notes)
          : photo(child, i + 1, notes);
        media.push({ element: child, item });
      });
  } else if (attachment && has('sticker')) {
    const image = bestImage(attachment) ?? { src: attachment.querySelector('img')?.src ?? null, thumbnail: false };
    media.push({ element: attachment, item: mediaItem('sticker', { ...boxSize(attachment), src: image.src }) });
  } else if (attachment && (has('video') || has('round'))) {
    media.push({ element: attachment, item: video(attachment, has('round'), null, notes) });
  } else if (attachment && has('photo')) {
    media.push({ element: attachment, item: photo(attachment, null, notes) });
  }
  // Quotes and link previews can show documents too; they are not this message's media.
  const own = (element: Element) => !element.closest(`${WEB_K.reply}, ${WEB_K.webpage}`);
  content.querySelectorAll(WEB_K.document).forEach((doc) => {
    if (own(doc)) media.push({ element: doc, item: file(doc, notes) });
  });
  content.querySelectorAll(WEB_K.audio).forEach((element) => {
    if (own(element)) media.push({ element, item: audio(element, has('audio-message') ? 'audio' : 'voice', notes) });
  });
  return media;
}
