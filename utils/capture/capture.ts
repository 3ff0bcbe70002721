import { browser } from 'wxt/browser';
import { IN_PAGE_API_KEY, type ExtractRequest, type ExtractResult } from '../extract/protocol';
import { validateExtractResult } from '../extract/validate';
import { DokazError, TabGoneError } from '../errors';
import { sha256Hex } from '../hash';
import type { Store } from '../store';
import { localIsoString, staticEnvironment } from './environment';
import { fetchPostMedia, fileExtension } from './media';
import { assertCapturable, explainBrowserError } from './page-access';
import { CAPTURE_SCHEMA, type ArtifactKind, type ArtifactMeta, type CaptureRecord, type CaptureTrigger } from './record';
import { captureViewport, cropScreenshot, imageSize } from './screenshot';
import { hasPageCapture, saveMhtml } from './snapshot';

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
  /** Documents the right-clicked post (or the page) of a tab; resolves to the stored capture's id. */
  return async function capture(info: CaptureInfo, tab: CaptureTab | undefined, options: CaptureOptions = {}): Promise<string> {
    const startedAt = now();
    if (tab?.id === undefined || tab.windowId === undefined) throw new DokazError('There is no tab to document.');
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

async function captureTab(store: Store, job: CaptureJob): Promise<string> {
  const { info, tabId, windowId, startedAt } = job;
  const frameId = info.frameId ?? 0;
  const request: ExtractRequest = {
    post: job.wholePage ? 'page' : 'last-right-click',
    srcUrl: info.srcUrl ?? null, linkUrl: info.linkUrl ?? null, dom: !hasPageCapture && frameId === 0 };
  const [target, top] = await Promise.all([
    extractIn(tabId, frameId, request),
    frameId === 0 ? null : extractIn(tabId, 0, { post: 'none', srcUrl: null, linkUrl: null, dom: !hasPageCapture }),
  ]);
  const topFrame = top ?? target;
  const post = target.post!;

  // The tab must be the one on screen: captureVisibleTab shows whatever tab is active.
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) throw new DokazError('The tab to document is not the one on screen; switch to it and try again.');
  const [viewport, mhtml, media, environment, browserWindow] = await Promise.all([
    captureViewport(windowId),
    hasPageCapture ? saveMhtml(tabId) : null,
    fetchPostMedia(tabId, frameId, post.media),
    staticEnvironment(),
    browser.windows.get(windowId).catch(() => null),
  ]);
  // A page that navigated away meanwhile would pair this record with another page's screenshot.
  const after = await browser.tabs.get(tabId);
  if (after.url !== tab.url) throw new TabGoneError('The page changed while it was being documented; nothing was stored. Try again.');

  const warnings = [...target.warnings, ...(top?.warnings ?? [])];
  const blobs = new Map<string, Blob>();
  const artifacts: ArtifactMeta[] = [];
  const add = async (kind: ArtifactKind, name: string, blob: Blob, extra: Partial<ArtifactMeta> = {}) => {
    const id = crypto.randomUUID();
    blobs.set(id, blob);
    artifacts.push({ id, kind, name, mime: blob.type || 'application/octet-stream', size: blob.size, sha256: await sha256Hex(blob), ...extra });
  };

  await add('viewport-screenshot', 'viewport.png', viewport, await imageSize(viewport));
  if (post.rect) {
    const crop = await cropScreenshot(viewport, post.rect, topFrame.viewport.width);
    if (crop) await add('post-screenshot', 'post.png', crop.blob, { width: crop.width, height: crop.height });
  }
  if (mhtml) await add('page-mhtml', 'page.mhtml', mhtml);
  else if (topFrame.dom !== null) await add('page-html', 'page.html', new Blob([topFrame.dom], { type: 'text/html' }));
  else warnings.push('No snapshot of the page could be made.');

  const skipped: CaptureRecord['skipped'] = [];
  let mediaIndex = 0;
  for (const outcome of media) {
    if (!outcome.ok) {
      skipped.push({ kind: 'media', url: outcome.media.src, reason: outcome.reason });
      continue;
    }
    const name = `media-${String(++mediaIndex).padStart(2, '0')}.${fileExtension(outcome.bytes.type, outcome.media.src)}`;
    await add('media', name, outcome.bytes, {
      sourceUrl: outcome.media.src,
      fetchedVia: outcome.fetchedVia,
      ...(outcome.media.width ? { width: outcome.media.width } : {}),
      ...(outcome.media.height ? { height: outcome.media.height } : {}),
    });
  }

  const record: CaptureRecord = {
    schema: CAPTURE_SCHEMA,
    id: crypto.randomUUID(),
    capturedAt: startedAt.toISOString(),
    capturedAtLocal: localIsoString(startedAt),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    actor: await store.installId(),
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
      window: browserWindow?.width && browserWindow.height ? { width: browserWindow.width, height: browserWindow.height } : null,
      viewport: topFrame.viewport,
      locale: topFrame.locale,
    },
    artifacts,
    skipped,
    warnings,
  };
  const stored = await store.saveCapture(record, blobs);
  return stored.id;
}

async function extractIn(tabId: number, frameId: number, request: ExtractRequest): Promise<ExtractResult> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, files: ['/extract.js' as const] });
  const [injection] = await browser.scripting.executeScript({
    target,
    func: (key: string, req: ExtractRequest) =>
      (globalThis as unknown as Record<string, { extract(r: ExtractRequest): Promise<unknown> }>)[key]!.extract(req),
    args: [IN_PAGE_API_KEY, request],
  });
  if (!injection) throw new TabGoneError('The frame to document is gone; nothing was stored.');
  return validateExtractResult(injection.result);
}
