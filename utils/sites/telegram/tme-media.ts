import { mediaItem, parseDuration } from './common';
import { absolute, clean, pct, px, styleUrl } from './tme-dom';
import { MEDIA, SEL } from './tme-selectors';
import type { TelegramMedia } from './types';

/** The media of a preview post: photos as CSS backgrounds, videos, voice, documents, stickers. */
export function readMedia(el: Element, n: number, pageUrl: string, warnings: string[]): TelegramMedia {
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
