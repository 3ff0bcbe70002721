import { text } from '../i18n/translate';
import type { PageInfo, PostInfo, PostMedia, Rect } from '../capture/record';
import { DokazError } from '../errors';
import type { PostSlice } from './geometry';
import type { ExtractResult, MediaFetchResult } from './protocol';
import { checkShape, ShapeError } from './shape';
import { TELEGRAM_POST_SHAPE } from './telegram/shape';
import type { TelegramPost } from './telegram/types';

/**
 * The extractor runs in the page's frame, where the page can tamper with what
 * it sees. Its answer is data: checked for shape and bounded in size here,
 * before the background builds a record from it.
 */
export class BadPageAnswerError extends DokazError {
  override name = 'BadPageAnswerError';
}

const MAX_STRING = 4_000_000;
const MAX_DOM = 200_000_000;

function fail(what: string): never {
  throw new BadPageAnswerError(text('error.badPageAnswer', { detail: what }));
}

function str(value: unknown, what: string, max = MAX_STRING): string {
  if (typeof value !== 'string') fail(`${what} is not text`);
  if (value.length > max) fail(`${what} is too long`);
  return value;
}

function strOrNull(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : str(value, what);
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} is not a number`);
  return value;
}

function numOrNull(value: unknown, what: string): number | null {
  return value === null || value === undefined ? null : num(value, what);
}

function obj(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function arr(value: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) fail(`${what} is not a list`);
  return value;
}

function rect(value: unknown): Rect | null {
  if (value === null) return null;
  const r = obj(value, 'rect');
  return {
    x: num(r.x, 'rect.x'),
    y: num(r.y, 'rect.y'),
    width: num(r.width, 'rect.width'),
    height: num(r.height, 'rect.height'),
  };
}

function page(value: unknown): PageInfo {
  const p = obj(value, 'page');
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(p.meta, 'page.meta')).slice(0, 200))
    meta[str(k, 'meta key', 200)] = str(v, 'meta', 10_000);
  return {
    url: str(p.url, 'page.url'),
    title: str(p.title, 'page.title'),
    canonicalUrl: strOrNull(p.canonicalUrl, 'page.canonicalUrl'),
    lang: strOrNull(p.lang, 'page.lang'),
    description: strOrNull(p.description, 'page.description'),
    meta,
  };
}

function media(value: unknown): PostMedia {
  const m = obj(value, 'media');
  if (m.kind !== 'image' && m.kind !== 'video' && m.kind !== 'audio' && m.kind !== 'file') fail('media.kind');
  return {
    kind: m.kind,
    src: str(m.src, 'media.src'),
    ...(m.shownSrc === undefined ? {} : { shownSrc: strOrNull(m.shownSrc, 'media.shownSrc') }),
    width: numOrNull(m.width, 'media.width'),
    height: numOrNull(m.height, 'media.height'),
  };
}

function post(value: unknown): PostInfo | null {
  if (value === null) return null;
  const p = obj(value, 'post');
  const container = p.container === null ? null : obj(p.container, 'post.container');
  return {
    frameUrl: str(p.frameUrl, 'post.frameUrl'),
    container: container && {
      tag: str(container.tag, 'container.tag', 100),
      path: str(container.path, 'container.path', 10_000),
    },
    text: str(p.text, 'post.text'),
    html: str(p.html, 'post.html'),
    htmlTruncated: p.htmlTruncated === true,
    selection: str(p.selection, 'post.selection'),
    linkUrl: strOrNull(p.linkUrl, 'post.linkUrl'),
    mediaUrl: strOrNull(p.mediaUrl, 'post.mediaUrl'),
    media: arr(p.media, 'post.media', 100).map(media),
    rect: rect(p.rect),
    tall: p.tall === true,
    extractor: str(p.extractor, 'post.extractor', 100),
    structured: p.structured === null ? null : structured(p.structured),
  };
}

function structured(value: unknown): TelegramPost {
  try {
    return checkShape(value, TELEGRAM_POST_SHAPE, 'post.structured') as TelegramPost;
  } catch (error) {
    return fail(error instanceof ShapeError ? error.message : String(error));
  }
}

export function validateSlice(value: unknown): PostSlice | null {
  if (value === null) return null;
  const s = obj(value, 'slice');
  return {
    box: rect(s.box) ?? fail('slice.box'),
    visible: rect(s.visible) ?? fail('slice.visible'),
    last: s.last === true,
  };
}

export function validateExtractResult(value: unknown): ExtractResult {
  const r = obj(value, 'result');
  const v = obj(r.viewport, 'viewport');
  return {
    readingMs: num(r.readingMs, 'readingMs'),
    page: page(r.page),
    post: post(r.post),
    viewport: {
      width: num(v.width, 'viewport.width'),
      height: num(v.height, 'viewport.height'),
      devicePixelRatio: num(v.devicePixelRatio, 'devicePixelRatio'),
    },
    locale: str(r.locale, 'locale', 100),
    dom: r.dom === null ? null : str(r.dom, 'dom', MAX_DOM),
    warnings: arr(r.warnings, 'warnings', 100).map((w) => str(w, 'warning', 1000)),
  };
}

export function validateMediaFetch(value: unknown): MediaFetchResult {
  const r = obj(value, 'media answer');
  if (r.ok === true) {
    return {
      ok: true,
      base64: str(r.base64, 'media bytes', MAX_DOM),
      mime: str(r.mime, 'mime', 200),
      size: num(r.size, 'size'),
    };
  }
  return { ok: false, reason: str(r.reason, 'reason', 1000), size: numOrNull(r.size, 'size'), retry: r.retry === true };
}
