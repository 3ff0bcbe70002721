import { bytesToBase64 } from '../base64';
import { cappedFetch } from '../capped-fetch';
import type { PostInfo, Rect } from '../capture/record';
import { FRAME_OFFSET_REPLY, FRAME_OFFSET_REQUEST, LAST_TARGET_KEY, type LastTarget } from '../marker-protocol';
import { chooseContainer, cssPath, describeMedia, mediaIn, pageInfo, sanitizedHtml, textOf } from './generic';
import type { ExtractRequest, ExtractResult, InPageApi, MediaFetchResult } from './protocol';

/** The part of the extractor that touches the live page: scrolling, frames, fetching. */
const MAX_POST_HTML = 2_000_000;
const FRAME_OFFSET_TIMEOUT_MS = 500;

export function createInPageApi(): InPageApi {
  return { extract, fetchMedia };
}

async function extract(request: ExtractRequest): Promise<ExtractResult> {
  const warnings: string[] = [];
  const post = request.post === 'none' ? null : await extractPost(request, warnings);
  return {
    page: pageInfo(document, location.href),
    post,
    viewport: { width: innerWidth, height: innerHeight, devicePixelRatio },
    locale: navigator.language,
    dom: request.dom ? serializeDom() : null,
    warnings,
  };
}

function lastTarget(): LastTarget | undefined {
  return (globalThis as Record<string, unknown>)[LAST_TARGET_KEY] as LastTarget | undefined;
}

function findTarget(request: ExtractRequest, warnings: string[]): Element | null {
  if (request.post === 'page') return null;
  const last = lastTarget();
  if (last?.element?.isConnected) return last.element;
  const byUrl =
    (request.srcUrl &&
      [...document.querySelectorAll('img, video, audio')].find(
        (m) =>
          describeMedia(m, location.href)?.src === request.srcUrl ||
          (m as HTMLImageElement).currentSrc === request.srcUrl,
      )) ||
    (request.linkUrl &&
      [...document.querySelectorAll('a[href]')].find((a) => (a as HTMLAnchorElement).href === request.linkUrl));
  if (byUrl) return byUrl;
  warnings.push(
    last
      ? 'The right-clicked element is no longer on the page; the whole page was documented.'
      : 'Dokaz did not see the right-click in this page (it was opened before Dokaz was installed or updated); the whole page was documented. Reload the page to document a single post.',
  );
  return null;
}

async function extractPost(request: ExtractRequest, warnings: string[]): Promise<PostInfo> {
  const target = findTarget(request, warnings);
  const container = chooseContainer(target, document);
  const { html, truncated } = sanitizedHtml(container, location.href, MAX_POST_HTML);
  if (truncated)
    warnings.push(
      `The post's HTML is longer than ${MAX_POST_HTML} characters and was cut; the page snapshot has all of it.`,
    );
  const media = mediaIn(container, location.href);
  const targetMedia = target ? describeMedia(target, location.href) : null;
  if (targetMedia && !media.some((m) => m.src === targetMedia.src)) media.unshift(targetMedia);

  const isPage = container === document.body || container === document.documentElement;
  if (!isPage) await scrollIntoView(container);
  const rect = isPage ? viewportRect() : await rectInTab(container, warnings);
  return {
    frameUrl: location.href,
    container: isPage ? null : { tag: container.tagName.toLowerCase(), path: cssPath(container) },
    text: textOf(container),
    html,
    htmlTruncated: truncated,
    selection: getSelection()?.toString() ?? '',
    linkUrl: request.linkUrl ?? (target?.closest('a[href]') as HTMLAnchorElement | null)?.href ?? null,
    mediaUrl: request.srcUrl ?? targetMedia?.src ?? null,
    media,
    rect,
  };
}

async function scrollIntoView(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  if (rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth) return;
  element.scrollIntoView({
    block: rect.height > innerHeight ? 'start' : 'center',
    inline: 'nearest',
    behavior: 'instant',
  });
  await nextPaint();
}

function nextPaint(): Promise<void> {
  // rAF does not run in a hidden tab; the timeout keeps a capture from hanging there.
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(timer), resolve())));
  });
}

function viewportRect(): Rect {
  return { x: 0, y: 0, width: innerWidth, height: innerHeight };
}

/** The element's box, clipped to the viewport, in CSS pixels of the top window. */
async function rectInTab(element: Element, warnings: string[]): Promise<Rect | null> {
  const box = element.getBoundingClientRect();
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const right = Math.min(innerWidth, box.right);
  const bottom = Math.min(innerHeight, box.bottom);
  if (right <= left || bottom <= top) {
    warnings.push('The post is not visible on screen, so no cropped screenshot was made.');
    return null;
  }
  if (box.height > innerHeight)
    warnings.push('The post is taller than the window; the cropped screenshot shows its visible part.');
  const offset = await frameOffset();
  if (!offset) {
    warnings.push('The frame of the post could not be located in the page, so no cropped screenshot was made.');
    return null;
  }
  return { x: left + offset.x, y: top + offset.y, width: right - left, height: bottom - top };
}

/** Where this frame's viewport sits in the top window: the sum of each ancestor's answer. */
async function frameOffset(): Promise<{ x: number; y: number } | null> {
  if (window === window.top) return { x: 0, y: 0 };
  const ancestors: Window[] = [];
  for (let w: Window = window; w !== w.parent; w = w.parent) ancestors.push(w.parent);
  const answers = await Promise.all(ancestors.map(askOffset));
  if (answers.some((a) => a === null)) return null;
  return answers.reduce<{ x: number; y: number }>((sum, a) => ({ x: sum.x + a!.x, y: sum.y + a!.y }), { x: 0, y: 0 });
}

function askOffset(ancestor: Window): Promise<{ x: number; y: number } | null> {
  const id = crypto.randomUUID();
  return new Promise((resolve) => {
    const done = (value: { x: number; y: number } | null) => {
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      resolve(value);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; id?: unknown; x?: unknown; y?: unknown } | null;
      if (event.source !== ancestor || data?.type !== FRAME_OFFSET_REPLY || data.id !== id) return;
      if (typeof data.x === 'number' && typeof data.y === 'number') done({ x: data.x, y: data.y });
    };
    const timer = setTimeout(() => done(null), FRAME_OFFSET_TIMEOUT_MS);
    addEventListener('message', onMessage);
    ancestor.postMessage({ type: FRAME_OFFSET_REQUEST, id }, '*');
  });
}

function serializeDom(): string {
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  return doctype + document.documentElement.outerHTML;
}

/** Fetches a media item as the page would (its cookies, its blob: URLs), up to a size limit. */
async function fetchMedia(url: string, maxBytes: number): Promise<MediaFetchResult> {
  const result = await cappedFetch(url, maxBytes);
  if (!result.ok) return result;
  return { ok: true, base64: bytesToBase64(result.bytes), mime: result.mime, size: result.size };
}
