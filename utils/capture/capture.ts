import { text } from '../i18n/translate';
import { browser } from 'wxt/browser';
import type { ExtractRequest, ExtractResult } from '../extract/protocol';
import { validateExtractResult } from '../evidence/page-answer';
import { DokazError, TabGoneError } from '../errors';
import type { Store } from '../store';
import { localIsoString, staticEnvironment } from './environment';
import { fetchPostMedia } from './media';
import { hashPieces, mediaPieces, type Piece } from './record-parts';
import { assertCapturable, explainBrowserError } from './page-access';
import { CAPTURE_SCHEMA, type WrittenRecord, type CaptureTrigger, type StoredCaptureView } from '../evidence/record';
import { callInPage } from './in-page-call';
import { captureViewport, measureAndCrop } from './screenshot';
import { stitchTallPost } from './stitch';
import { startTimings, timed } from './timing';
import { hasPageCapture, saveMhtml } from './snapshot';
import { note, noteInEnglish } from '../notes/note';

/** What the context menu passes (browser.menus.OnClickData), as far as a capture needs it. */
export interface CaptureInfo {
  menuItemId?: string | number;
  frameId?: number;
  pageUrl?: string;
  frameUrl?: string;
  linkUrl?: string;
  srcUrl?: string;
  mediaType?: string;
  selectionText?: string;
  /** Firefox only, with the "menus" permission: the right-clicked element, for menus.getTargetElement in its frame. */
  targetElementId?: number;
}

export interface CaptureTab {
  id?: number;
  windowId?: number;
  url?: string;
  active?: boolean;
}

export interface CaptureOptions {
  source?: CaptureTrigger['source'];
  /** Document the whole page rather than the last right-clicked element (the shortcut, with no right-click seen). */
  wholePage?: boolean;
}

export function createCapture(store: Store, now: () => Date = () => new Date()) {
  /** Documents the right-clicked post (or the page) of a tab; resolves to the stored capture. */
  return async function capture(
    info: CaptureInfo,
    tab: CaptureTab | undefined,
    options: CaptureOptions = {},
  ): Promise<StoredCaptureView> {
    const startedAt = now();
    if (tab?.id === undefined || tab.windowId === undefined) throw new DokazError(text('error.noTab'));
    const tabId = tab.id;
    const url = tab.url ?? info.pageUrl;
    assertCapturable(url);
    try {
      return await captureTab(store, {
        info,
        tabId,
        windowId: tab.windowId,
        startedAt,
        source: options.source ?? 'menu',
        wholePage: options.wholePage ?? false,
      });
    } catch (error) {
      throw explainBrowserError(error, url);
    }
  };
}

interface CaptureJob {
  info: CaptureInfo;
  tabId: number;
  windowId: number;
  startedAt: Date;
  source: CaptureTrigger['source'];
  wholePage: boolean;
}

async function captureTab(store: Store, job: CaptureJob): Promise<StoredCaptureView> {
  startTimings();
  const { info, tabId, windowId, startedAt } = job;
  const frameId = info.frameId ?? 0;
  const request: ExtractRequest = {
    post: job.wholePage ? 'page' : 'last-right-click',
    srcUrl: info.srcUrl ?? null,
    linkUrl: info.linkUrl ?? null,
    targetElementId: info.targetElementId ?? null,
    dom: !hasPageCapture && frameId === 0,
    now: startedAt.toISOString(),
  };
  // The page snapshot does not depend on scrolling: it starts at once, beside the extraction.
  const snapshot = hasPageCapture ? timed('mhtml', saveMhtml(tabId)) : Promise.resolve(null);
  snapshot.catch(() => undefined); // awaited below; this only keeps an early failure elsewhere from leaving it unhandled
  const [target, top, tab] = await Promise.all([
    timed('extract', extractIn(tabId, frameId, request)),
    frameId === 0
      ? null
      : extractIn(tabId, 0, {
          ...request,
          post: 'none',
          srcUrl: null,
          linkUrl: null,
          targetElementId: null,
          dom: !hasPageCapture,
        }),
    browser.tabs.get(tabId),
  ]);
  performance.measure('dokaz:read-post', { start: performance.now() - target.readingMs, duration: target.readingMs });
  const topFrame = top ?? target;
  const post = target.post!;

  // The tab must be the one on screen: captureVisibleTab shows whatever tab is active.
  if (!tab.active) throw new DokazError(text('error.tabNotActive'));
  // The screenshot goes alone: on a small machine, work beside it slows it down.
  const png = await timed('screenshot', captureViewport(windowId));
  const [screenshot, mhtml, media, environment, browserWindow, actor] = await Promise.all([
    timed('crop', measureAndCrop(png, post.rect, topFrame.viewport.width)).then((measured) => ({ png, ...measured })),
    snapshot,
    timed('media', fetchPostMedia(tabId, frameId, target.page.url, post.media)),
    staticEnvironment(),
    browser.windows.get(windowId).catch(() => null),
    store.installId(),
  ]);
  const notes = [...target.notes, ...(top?.notes ?? [])];
  const pieces: Piece[] = [];
  pieces.push({
    kind: 'viewport-screenshot',
    name: 'viewport.png',
    blob: screenshot.png,
    extra: { width: screenshot.width, height: screenshot.height },
  });
  const stitched = post.tall
    ? await timed('stitch', stitchTallPost(tabId, frameId, windowId, topFrame.viewport.width))
    : null;
  if (stitched && !stitched.complete) {
    notes.push(note('postTooLong'));
  }
  // A page that navigated away meanwhile would pair this record with another page's screenshot.
  const after = await browser.tabs.get(tabId);
  if (after.url !== tab.url) throw new TabGoneError(text('error.pageChanged'));
  const crop = stitched ?? screenshot.crop;
  if (crop)
    pieces.push({
      kind: 'post-screenshot',
      name: 'post.png',
      blob: crop.blob,
      extra: { width: crop.width, height: crop.height },
    });
  if (mhtml) pieces.push({ kind: 'page-mhtml', name: 'page.mhtml', blob: mhtml });
  else if (topFrame.dom !== null)
    pieces.push({ kind: 'page-html', name: 'page.html', blob: new Blob([topFrame.dom], { type: 'text/html' }) });
  else notes.push(note('noSnapshot'));

  const kept = mediaPieces(media);
  pieces.push(...kept.pieces);
  const skipped = kept.skipped;
  const { artifacts, blobs } = await hashPieces(pieces);

  const record: WrittenRecord = {
    schema: CAPTURE_SCHEMA,
    id: crypto.randomUUID(),
    capturedAt: startedAt.toISOString(),
    capturedAtLocal: localIsoString(startedAt),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    actor,
    trigger: {
      source: job.source,
      frameId,
      mediaType: info.mediaType ?? null,
      linkUrl: info.linkUrl ?? null,
      srcUrl: info.srcUrl ?? null,
      selectionText: info.selectionText ?? null,
    },
    page: topFrame.page,
    post,
    environment: {
      ...environment,
      window:
        browserWindow?.width && browserWindow.height
          ? { width: browserWindow.width, height: browserWindow.height }
          : null,
      viewport: topFrame.viewport,
      locale: topFrame.locale,
    },
    artifacts,
    skipped,
    warnings: notes.map(noteInEnglish),
    notes,
    previousCaptureId: null,
    run: null,
  };
  return timed('store', store.saveCapture(record, blobs));
}

function extractIn(tabId: number, frameId: number, request: ExtractRequest): Promise<ExtractResult> {
  return callInPage(tabId, frameId, 'extract', [request]).then(validateExtractResult);
}
