import { mediaItem, parseDuration } from './common';
import { absolute, clean, pct, px, styleUrl } from './tme-dom';
import { MEDIA, SEL } from './tme-selectors';
import type { TelegramMedia } from './types';
import { note, type Note } from '../../notes/note';

const VIDEO_PREVIEW = ['tmeVideoPreview', 'tmeVideoPreviewLabel'] as const;
const GIF_PREVIEW = ['tmeGifPreview', 'tmeGifPreviewLabel'] as const;

/** The media of a preview post: photos as CSS backgrounds, videos, voice, documents, stickers. */
export function readMedia(el: Element, n: number, pageUrl: string, notes: Note[]): TelegramMedia {
  const base = mediaItem('photo');
  const style = el.getAttribute('style') ?? '';
  const sub = (selector: string): Element | null => el.querySelector(selector);
  const bg = (selector: string): string | null => absolute(styleUrl(sub(selector)?.getAttribute('style')), pageUrl);
  const duration = (selector: string): number | null => parseDuration(clean(sub(selector)?.textContent));
  const label = clean(sub(SEL.notSupportedLabel)?.textContent);
  if (el.matches(MEDIA.photo)) {
    const src = absolute(styleUrl(style), pageUrl);
    if (!src) notes.push(note('tmePhotoNoAddress', { n }));
    return { ...base, src, ...size(style, sub(MEDIA.photoRatio)?.getAttribute('style')) };
  }
  if (el.matches(MEDIA.video)) {
    const kind = sub(MEDIA.videoPlay) ? 'video' : 'gif';
    const wrap = sub(MEDIA.videoWrap)?.getAttribute('style');
    const video = absolute(sub(MEDIA.videoFile)?.getAttribute('src'), pageUrl);
    if (!video) {
      const [plain, labelled] = kind === 'video' ? VIDEO_PREVIEW : GIF_PREVIEW;
      notes.push(label ? note(labelled, { n, label }) : note(plain, { n }));
    }
    const dims = px(wrap, 'width') !== null ? size(wrap, wrap) : size(style, null);
    const src = video ?? bg(MEDIA.videoThumb);
    return { ...base, kind, src, ...dims, duration: duration(MEDIA.videoDuration), thumbnail: !video };
  }
  if (el.matches(MEDIA.round)) {
    const video = absolute(sub(MEDIA.roundFile)?.getAttribute('src'), pageUrl);
    if (!video) notes.push(note('tmeRoundPreview', { n }));
    const src = video ?? bg(MEDIA.roundThumb);
    return { ...base, kind: 'round', src, duration: duration(MEDIA.roundDuration), thumbnail: !video };
  }
  if (el.matches(MEDIA.voice)) {
    const src = absolute(sub(MEDIA.voiceFile)?.getAttribute('src'), pageUrl);
    if (!src) notes.push(note('tmeVoiceNoAddress', { n }));
    return { ...base, kind: 'voice', src, duration: duration(MEDIA.voiceDuration) };
  }
  if (el.matches(MEDIA.document)) {
    const title = clean(sub(MEDIA.documentTitle)?.textContent) || null;
    const extra = clean(sub(MEDIA.documentExtra)?.textContent) || null;
    if (sub(MEDIA.documentAudio)) {
      notes.push(note('tmeAudioShown', { n, title: String(title), extra: String(extra) }));
      return { ...base, kind: 'audio' };
    }
    notes.push(title === null ? note('tmeFileUnnamedNoBytes', { n }) : note('tmeFileNoBytes', { n, name: title }));
    return { ...base, kind: 'file', fileName: title, fileSizeText: extra };
  }
  const video = absolute(sub(MEDIA.stickerFile)?.getAttribute('src'), pageUrl);
  const image = el.getAttribute('data-webp') ?? styleUrl(style);
  const src = video ?? (image && !image.startsWith('data:') ? absolute(image, pageUrl) : null);
  if (!src) notes.push(note('tmeStickerNoImage', { n }));
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
