import { mediaItem, parseDuration } from './common';
import type { TelegramMedia, TelegramMediaKind } from './types';
import { parseWebKNumber, serverMessageId } from './web-k-ids';
import { WEB_K } from './web-k-selectors';

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

function photo(container: Element, label: string, warnings: string[]): TelegramMedia {
  const image = bestImage(container);
  if (!image) warnings.push(`${label} is not loaded in the page.`);
  else if (image.thumbnail) warnings.push(`Only a blurred preview of ${label.toLowerCase()} is in the page.`);
  return mediaItem('photo', { ...boxSize(container), src: image?.src ?? null, thumbnail: image?.thumbnail ?? false });
}

function video(container: Element, round: boolean, label: string, warnings: string[]): TelegramMedia {
  const timeText = container.querySelector(WEB_K.videoTime)?.textContent?.trim() ?? null;
  const kind: TelegramMediaKind = round ? 'round' : timeText === 'GIF' ? 'gif' : 'video';
  const element = container.querySelector<HTMLVideoElement>(WEB_K.video);
  // The duration label counts down while the video plays (wrappers/video.ts onTimeUpdate).
  const fields = { ...boxSize(container), duration: parseDuration(timeText) };
  if (element?.getAttribute('src')) return mediaItem(kind, { ...fields, src: element.src });
  const poster = bestImage(container);
  warnings.push(`${label} itself is not loaded in the page, only ${poster ? 'its preview image' : 'its placeholder'}.`);
  return mediaItem(kind, { ...fields, src: poster?.src ?? null, thumbnail: poster !== null });
}

function file(doc: Element, warnings: string[]): TelegramMedia {
  const name = doc.querySelector(WEB_K.documentName);
  const fileName =
    name?.querySelector(WEB_K.documentNameFull)?.getAttribute('title') ?? name?.textContent?.trim() ?? null;
  // ".document-size" holds "1.2 MB" plus a hidden " · / 1.2 MB" placeholder (wrappers/document.ts).
  const size = doc.querySelector(WEB_K.documentSize)?.textContent?.split('·')[0]?.trim() || null;
  warnings.push(`The file "${fileName ?? 'without a name'}" is not in the page, only its name and size.`);
  return mediaItem('file', { fileName: fileName || null, fileSizeText: size });
}

function audio(element: Element, kind: 'voice' | 'audio', warnings: string[]): TelegramMedia {
  warnings.push(`The ${kind === 'voice' ? 'voice message' : 'audio file'} itself is not in the page.`);
  return mediaItem(kind, { duration: parseDuration(element.querySelector(WEB_K.audioTime)?.textContent) });
}

/**
 * The server id of the message an album item or a grouped file is (its own data-mid), else the post's. An item whose
 * id the page does not give (none, or a local one while it is sent) has none, with a warning.
 */
function itemId(element: Element, postId: number | null, n: number, warnings: string[]): number | null {
  const item = element.closest(`${WEB_K.albumItem}, ${WEB_K.groupedItem}`);
  if (!item) return postId;
  const mid = parseWebKNumber(item.getAttribute('data-mid'));
  const id = mid === null ? null : serverMessageId(mid);
  if (id === null) warnings.push(`Item ${n} of the album carries no message id.`);
  return id;
}

/**
 * Every media item of the bubble, in order, each with the id of the message it is; warnings say what is only a
 * preview or not loaded.
 */
export function readMedia(
  bubble: Element,
  content: Element,
  postId: number | null,
  warnings: string[],
): TelegramMedia[] {
  return readItems(bubble, content, warnings).map(({ element, item }, i) => ({
    ...item,
    messageId: itemId(element, postId, i + 1, warnings),
  }));
}

function readItems(bubble: Element, content: Element, warnings: string[]): { element: Element; item: TelegramMedia }[] {
  const media: { element: Element; item: TelegramMedia }[] = [];
  const has = (cls: string) => bubble.classList.contains(cls);
  const attachment = Array.from(content.children).find((c) => c.classList.contains(WEB_K.attachmentClass));
  if (attachment && has(WEB_K.albumClass)) {
    Array.from(attachment.children)
      .filter((child) => child.matches(WEB_K.albumItem) || child.hasAttribute('data-mid'))
      .forEach((child, i) => {
        const label = `Item ${i + 1} of the album`;
        const item = child.querySelector(`${WEB_K.video}, ${WEB_K.videoTime}`)
          ? video(child, false, label, warnings)
          : photo(child, label, warnings);
        media.push({ element: child, item });
      });
  } else if (attachment && has('sticker')) {
    const image = bestImage(attachment) ?? { src: attachment.querySelector('img')?.src ?? null, thumbnail: false };
    media.push({ element: attachment, item: mediaItem('sticker', { ...boxSize(attachment), src: image.src }) });
  } else if (attachment && (has('video') || has('round'))) {
    media.push({ element: attachment, item: video(attachment, has('round'), 'The video', warnings) });
  } else if (attachment && has('photo')) {
    media.push({ element: attachment, item: photo(attachment, 'The photo', warnings) });
  }
  // Quotes and link previews can show documents too; they are not this message's media.
  const own = (element: Element) => !element.closest(`${WEB_K.reply}, ${WEB_K.webpage}`);
  content.querySelectorAll(WEB_K.document).forEach((doc) => {
    if (own(doc)) media.push({ element: doc, item: file(doc, warnings) });
  });
  content.querySelectorAll(WEB_K.audio).forEach((element) => {
    if (own(element)) media.push({ element, item: audio(element, has('audio-message') ? 'audio' : 'voice', warnings) });
  });
  return media;
}
