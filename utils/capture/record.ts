/**
 * What a capture is. The record is plain JSON: its canonical bytes are hashed
 * (`recordSha256`) and that hash is what the custody log's `captured` event
 * binds. Artifact bytes live beside it in the store, each with its own hash here.
 */
import type { TelegramPost } from '../extract/telegram/types';

/**
 * The record's version: what Dokaz writes now, and every version a verifier reads. `dokaz-capture/2` adds members a
 * `dokaz-capture/1` reader does not know (a chat's `usernameSource`, each Telegram media item's `messageId`, a post
 * media item's `shownSrc`), so that such a reader refuses it by its version rather than by an unknown member.
 */
export const CAPTURE_SCHEMA = 'dokaz-capture/2';
export const CAPTURE_SCHEMAS = ['dokaz-capture/1', CAPTURE_SCHEMA] as const;

export const ARTIFACT_KINDS = ['viewport-screenshot', 'post-screenshot', 'page-mhtml', 'page-html', 'media'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export interface ArtifactMeta {
  id: string;
  kind: ArtifactKind;
  /** A readable file name, stable within the capture. */
  name: string;
  mime: string;
  size: number;
  sha256: string;
  /** Where the bytes came from, for media. */
  sourceUrl?: string;
  /** 'page' when fetched through the page (cookies, blob: URLs), 'extension' when the page could not. */
  fetchedVia?: 'page' | 'extension';
  width?: number;
  height?: number;
}

export interface SkippedItem {
  kind: 'media';
  url: string;
  reason: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageInfo {
  url: string;
  title: string;
  canonicalUrl: string | null;
  lang: string | null;
  description: string | null;
  /** og:* and twitter:* meta tags, as the page states them. */
  meta: Record<string, string>;
}

export interface PostMedia {
  kind: 'image' | 'video' | 'audio' | 'file';
  /**
   * The item's address; for a photo offered in several sizes (srcset, <picture>), the largest size of the source the
   * browser chose, on the same server as what it showed.
   */
  src: string;
  /**
   * A photo's only: the size the browser showed (its currentSrc), null when it had shown none (not loaded yet). Dokaz
   * keeps what was shown, and `src` beside it when that is another.
   */
  shownSrc?: string | null;
  /** The natural size of what the browser showed. */
  width: number | null;
  height: number | null;
}

export interface PostInfo {
  /** URL of the frame the post is in (the page's URL unless it is in an iframe). */
  frameUrl: string;
  /** Tag name and a short CSS path of the container, so a reader can find it in the page snapshot. */
  container: { tag: string; path: string } | null;
  text: string;
  html: string;
  htmlTruncated: boolean;
  selection: string;
  linkUrl: string | null;
  mediaUrl: string | null;
  media: PostMedia[];
  /** The container in CSS pixels of the tab's viewport, after scrolling it into view, clipped to what is visible. */
  rect: Rect | null;
  /** The container is taller than what the window shows: its screenshot is stitched from several. */
  tall: boolean;
  /** The extractor that read the post: a site's own (e.g. "telegram-web-k@1") or "generic@1". */
  extractor: string;
  /** What a site's extractor read: for Telegram, the chat, message id, sender, date, … (see docs/PACK-FORMAT.md). */
  structured: TelegramPost | null;
}

export interface Environment {
  browser: { name: string; version: string };
  os: string;
  extensionVersion: string;
  userAgent: string;
  window: { width: number; height: number } | null;
  viewport: { width: number; height: number; devicePixelRatio: number };
  locale: string;
}

export interface CaptureTrigger {
  source: 'menu' | 'shortcut' | 'api';
  frameId: number;
  /** The context-menu contexts the browser reported (selection, link, image, …). */
  mediaType: string | null;
  linkUrl: string | null;
  srcUrl: string | null;
  selectionText: string | null;
}

export interface CaptureRecord {
  schema: (typeof CAPTURE_SCHEMAS)[number];
  id: string;
  /** The capture instant, ISO 8601 UTC with milliseconds. */
  capturedAt: string;
  /** The same instant in the user's local time, with its offset. */
  capturedAtLocal: string;
  timeZone: string;
  actor: string;
  trigger: CaptureTrigger;
  page: PageInfo;
  post: PostInfo;
  environment: Environment;
  artifacts: ArtifactMeta[];
  skipped: SkippedItem[];
  warnings: string[];
}

/** What `dokaz.getCapture` returns: the record and the hash the custody log binds. */
export interface StoredCaptureView extends CaptureRecord {
  recordSha256: string;
}
