import { browser } from 'wxt/browser';
import { base64ToBytes } from '../base64';
import type { Rect } from '../evidence/record';

/**
 * Screenshots of the visible tab. Chrome allows two captureVisibleTab calls a
 * second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND); calls are spaced so that a
 * quick second capture waits instead of failing.
 */
const MIN_INTERVAL_MS = 510;
let lastCall = 0;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Resolves when a screenshot may be taken without waiting for the quota: a run waits first, then makes sure the page
 * is still, and only then takes the screenshot, so that what the page does while it waits costs no screenshot.
 */
export async function captureAllowed(): Promise<void> {
  await queue;
  const wait = lastCall + MIN_INTERVAL_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

export function captureViewport(windowId: number): Promise<Blob> {
  const call = queue.then(async () => {
    const wait = lastCall + MIN_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastCall = Date.now();
    const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
    return new Blob([base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1))], { type: 'image/png' });
  });
  queue = call.catch(() => undefined);
  return call;
}

/**
 * The viewport screenshot's size and, when the post is on screen, the part of
 * it that shows the post. The scale is read off the screenshot itself (its
 * width over the viewport's CSS width), so devicePixelRatio and zoom are both
 * honoured. One decode serves both.
 */
export async function measureAndCrop(
  png: Blob,
  rect: Rect | null,
  viewportWidth: number,
): Promise<{ width: number; height: number; crop: { blob: Blob; width: number; height: number } | null }> {
  const bitmap = await createImageBitmap(png);
  try {
    const size = { width: bitmap.width, height: bitmap.height };
    return { ...size, crop: rect ? await cropBitmap(bitmap, rect, viewportWidth) : null };
  } finally {
    bitmap.close();
  }
}

/**
 * The part of a decoded screenshot that shows `rect` (CSS pixels of the viewport), as a PNG; null when none of it is
 * on screen. A run decodes each screen once and crops every message on it from that.
 */
export async function cropBitmap(
  bitmap: ImageBitmap,
  rect: Rect,
  viewportWidth: number,
): Promise<{ blob: Blob; width: number; height: number } | null> {
  const scale = bitmap.width / viewportWidth;
  const x = Math.max(0, Math.round(rect.x * scale));
  const y = Math.max(0, Math.round(rect.y * scale));
  const width = Math.min(bitmap.width - x, Math.round(rect.width * scale));
  const height = Math.min(bitmap.height - y, Math.round(rect.height * scale));
  if (width <= 0 || height <= 0) return null;
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(bitmap, x, y, width, height, 0, 0, width, height);
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), width, height };
}
