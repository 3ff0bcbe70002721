import { validateSlice } from '../evidence/page-answer';
import type { PostSlice } from '../extract/geometry';
import { callInPage } from './in-page-call';
import { captureViewport } from './screenshot';

/**
 * The screenshot of a post taller than the window: the post is scrolled
 * through slice by slice, each slice is cut from its own viewport screenshot
 * (two a second at most: Chrome's quota), and the slices are laid out where
 * they sit in the post.
 */
const MAX_SLICES = 12;
/** Canvas limits in Chromium and Firefox are about 32,767 px a side; stay well under. */
const MAX_HEIGHT_PX = 16_000;

export interface Stitched {
  blob: Blob;
  width: number;
  height: number;
  /** False when the post was longer than MAX_SLICES screens or MAX_HEIGHT_PX: the image shows its beginning. */
  complete: boolean;
}

export async function stitchTallPost(
  tabId: number,
  frameId: number,
  windowId: number,
  viewportWidth: number,
): Promise<Stitched | null> {
  const shots: { slice: PostSlice; png: Blob }[] = [];
  let complete = false;
  for (let step = 0; step < MAX_SLICES; step++) {
    const slice = validateSlice(await callInPage(tabId, frameId, 'slice', [step]));
    if (!slice) {
      complete = shots.length > 0;
      break;
    }
    shots.push({ slice, png: await captureViewport(windowId) });
    if (slice.last) {
      complete = true;
      break;
    }
  }
  const first = shots[0];
  if (!first) return null;

  const bitmaps = await Promise.all(shots.map((s) => createImageBitmap(s.png)));
  try {
    const scale = bitmaps[0]!.width / viewportWidth;
    const width = Math.round(first.slice.box.width * scale);
    const fullHeight = Math.round(first.slice.box.height * scale);
    const height = Math.min(fullHeight, MAX_HEIGHT_PX);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    let covered = 0;
    for (const [i, { slice }] of shots.entries()) {
      const { box, visible } = slice;
      // Where this slice sits in the post: its visible part's offset from the post's top.
      const dy = Math.round((visible.y - box.y) * scale);
      const sx = Math.round(visible.x * scale);
      const sy = Math.round(visible.y * scale);
      const sw = Math.round(visible.width * scale);
      const sh = Math.round(visible.height * scale);
      const dx = Math.round((visible.x - box.x) * scale);
      context.drawImage(bitmaps[i]!, sx, sy, sw, sh, dx, dy, sw, sh);
      covered = Math.max(covered, dy + sh);
    }
    return {
      blob: await canvas.convertToBlob({ type: 'image/png' }),
      width,
      height,
      complete: complete && covered >= fullHeight - 1 && fullHeight <= MAX_HEIGHT_PX,
    };
  } finally {
    for (const bitmap of bitmaps) bitmap.close();
  }
}
