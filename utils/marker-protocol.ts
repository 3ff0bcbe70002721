/** Shared between the tiny always-on marker and the extractor injected on demand. */
export const LAST_TARGET_KEY = '__dokazLastTarget';
export const FRAME_OFFSET_REQUEST = 'dokaz:frame-offset?';
export const FRAME_OFFSET_REPLY = 'dokaz:frame-offset';

export interface LastTarget {
  element: Element | null;
  x: number;
  y: number;
  at: number;
}
