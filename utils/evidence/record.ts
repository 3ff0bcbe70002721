import type * as v from 'valibot';
import type { Kit } from '../schema/kit';
import { formats } from '../schema/formats';
import { noteSchema } from '../notes/note';
import { structuredPostSchema } from '../sites';

/**
 * What a capture is. The record is plain JSON: its canonical bytes are hashed (`recordSha256`) and that hash is what
 * the custody log's `captured` event binds. Artifact bytes live beside it in the store, each with its own hash here.
 * Written once (docs/PACK-FORMAT.md, "capture record", member by member): packs are checked against the strict build,
 * what a page's frame hands over is copied through the bounded build of its parts (page-answer.ts), and the types
 * below derive from it.
 */

/**
 * The record's version: what Dokaz writes now, and every version a verifier reads. `dokaz-capture/2` adds members a
 * `dokaz-capture/1` reader does not know (a chat's `usernameSource`, each Telegram media item's `messageId`, a post
 * media item's `shownSrc`), so that such a reader refuses it by its version rather than by an unknown member.
 * `dokaz-capture/3` writes every note as a key and values beside its English sentence (`notes`, a skipped item's
 * `note`, a structured post's `notes`), and links a capture to an earlier version of the same post
 * (`previousCaptureId`) and to the run that documented it (`run`); versions.ts says which version has which member.
 */
export const CAPTURE_SCHEMA = 'dokaz-capture/3';
export const CAPTURE_SCHEMAS = ['dokaz-capture/1', 'dokaz-capture/2', CAPTURE_SCHEMA] as const;

export const ARTIFACT_KINDS = ['viewport-screenshot', 'post-screenshot', 'page-mhtml', 'page-html', 'media'] as const;

/** Bounds of what a page hands over (the bounded build): a post's text and HTML, the DOM, a media item's bytes. */
export const PAGE_TEXT_MAX = 4_000_000;

export function rectSchema(k: Kit) {
  return k.object({ x: k.number, y: k.number, width: k.number, height: k.number });
}

export function pageInfoSchema(k: Kit) {
  const ntext = k.nullable(k.text(PAGE_TEXT_MAX));
  return k.object({
    url: k.text(PAGE_TEXT_MAX),
    title: k.text(PAGE_TEXT_MAX),
    canonicalUrl: ntext,
    lang: ntext,
    description: ntext,
    /** og:* and twitter:* meta tags, as the page states them. */
    meta: k.map(k.text(10_000), 200),
  });
}

export function postMediaSchema(k: Kit) {
  const ntext = k.nullable(k.text(PAGE_TEXT_MAX));
  return k.object({
    kind: k.oneOf(['image', 'video', 'audio', 'file'] as const),
    /**
     * The item's address; for a photo offered in several sizes (srcset, <picture>), the largest size of the source
     * the browser chose, on the same server as what it showed.
     */
    src: k.text(PAGE_TEXT_MAX),
    /**
     * A photo's only: the size the browser showed (its currentSrc), null when it had shown none (not loaded yet).
     * Dokaz keeps what was shown, and `src` beside it when that is another. Absent when it is `src`.
     */
    shownSrc: k.optional(ntext),
    /** The natural size of what the browser showed. */
    width: k.nullable(k.number),
    height: k.nullable(k.number),
  });
}

export function postInfoSchema(k: Kit) {
  const text = k.text(PAGE_TEXT_MAX);
  const ntext = k.nullable(text);
  return k.object({
    /** URL of the frame the post is in (the page's URL unless it is in an iframe). */
    frameUrl: text,
    /** Tag name and a short CSS path of the container, so a reader can find it in the page snapshot. */
    container: k.nullable(k.object({ tag: k.text(100), path: k.text(10_000) })),
    text,
    html: text,
    htmlTruncated: k.boolean,
    selection: text,
    linkUrl: ntext,
    mediaUrl: ntext,
    media: k.list(postMediaSchema(k), 100),
    /** The container in CSS pixels of the tab's viewport, after scrolling it into view, clipped to what is visible. */
    rect: k.nullable(rectSchema(k)),
    /** The container is taller than what the window shows: its screenshot is stitched from several. */
    tall: k.boolean,
    /** The extractor that read the post: a site's own (e.g. "telegram-web-k@1") or "generic@1". */
    extractor: k.text(100),
    /** What a site's extractor read (utils/sites/<site>/schema.ts; see docs/PACK-FORMAT.md). */
    structured: k.nullable(structuredPostSchema(k)),
  });
}

export function viewportSchema(k: Kit) {
  return k.object({ width: k.number, height: k.number, devicePixelRatio: k.number });
}

export function captureRecordSchema(k: Kit) {
  const text = k.text();
  const ntext = k.nullable(text);
  const { uuid, utcInstant, fileName, sha256 } = formats(k);
  return k.object({
    schema: k.oneOf(CAPTURE_SCHEMAS),
    id: uuid,
    /** The capture instant, ISO 8601 UTC with milliseconds. */
    capturedAt: utcInstant,
    /** The same instant in the user's local time, with its offset. */
    capturedAtLocal: text,
    timeZone: text,
    actor: text,
    trigger: k.object({
      /** What made the capture: the menu, the shortcut, the test API, or a run through a chat (`run`). */
      source: k.oneOf(['menu', 'shortcut', 'api', 'run'] as const),
      frameId: k.integer,
      /** The context-menu contexts the browser reported (selection, link, image, …). */
      mediaType: ntext,
      linkUrl: ntext,
      srcUrl: ntext,
      selectionText: ntext,
    }),
    page: pageInfoSchema(k),
    post: postInfoSchema(k),
    environment: k.object({
      browser: k.object({ name: text, version: text }),
      os: text,
      extensionVersion: text,
      userAgent: text,
      window: k.nullable(k.object({ width: k.number, height: k.number })),
      viewport: viewportSchema(k),
      locale: text,
    }),
    artifacts: k.list(
      k.object({
        id: uuid,
        kind: k.oneOf(ARTIFACT_KINDS),
        /** A readable file name, stable within the capture. */
        name: fileName,
        mime: text,
        size: k.count,
        sha256,
        /** Where the bytes came from, for media. */
        sourceUrl: k.optional(text),
        /** 'page' when fetched through the page (cookies, blob: URLs), 'extension' when the page could not. */
        fetchedVia: k.optional(k.oneOf(['page', 'extension'] as const)),
        width: k.optional(k.number),
        height: k.optional(k.number),
      }),
    ),
    skipped: k.list(
      k.object({
        kind: k.oneOf(['media'] as const),
        url: text,
        reason: text,
        /** `reason` as a note (dokaz-capture/3). */
        note: k.optional(noteSchema(k)),
      }),
    ),
    warnings: k.list(text),
    /** Each of `warnings` as a note, in the same order (dokaz-capture/3). */
    notes: k.optional(k.list(noteSchema(k))),
    /**
     * The capture of the same post this one is a later version of (its text, media or edited mark changed), null for
     * the first (dokaz-capture/3).
     */
    previousCaptureId: k.optional(k.nullable(uuid)),
    /**
     * The monitor run that documented it, null for a capture of its own (dokaz-capture/3); with the chat (its
     * catalogue key) and the message id as the chat's list gave them, for a message no site's extractor reads (a
     * service message), so that a later run knows it.
     */
    run: k.optional(
      k.nullable(k.object({ id: uuid, chatKey: k.optional(k.text(200)), messageId: k.optional(k.integer) })),
    ),
  });
}

export type CaptureRecord = v.InferOutput<ReturnType<typeof captureRecordSchema>>;
/** A record as Dokaz writes it now (dokaz-capture/3): with the members that records of earlier versions lack. */
export type WrittenRecord = CaptureRecord & Required<Pick<CaptureRecord, 'notes' | 'previousCaptureId' | 'run'>>;
export type ArtifactMeta = CaptureRecord['artifacts'][number];
export type ArtifactKind = ArtifactMeta['kind'];
export type SkippedItem = CaptureRecord['skipped'][number];
export type PageInfo = CaptureRecord['page'];
export type PostInfo = CaptureRecord['post'];
export type PostMedia = PostInfo['media'][number];
export type Rect = NonNullable<PostInfo['rect']>;
export type Environment = CaptureRecord['environment'];
export type CaptureTrigger = CaptureRecord['trigger'];
export type StructuredPost = NonNullable<PostInfo['structured']>;

/** What `dokaz.getCapture` returns: the record and the hash the custody log binds. */
export interface StoredCaptureView extends CaptureRecord {
  recordSha256: string;
}
