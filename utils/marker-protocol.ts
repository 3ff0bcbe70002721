/** Shared between the tiny always-on marker and the extractor injected on demand. */
export const LAST_TARGET_KEY = '__dokazLastTarget';
export const FRAME_OFFSET_REQUEST = 'dokaz:frame-offset?';
export const FRAME_OFFSET_REPLY = 'dokaz:frame-offset';
/**
 * Where the background leaves, in every frame of the tab and in the
 * extension's own world (no page can read it), the one-time nonce a frame
 * offset may be asked with (FrameOffsetArm). Without one, the marker answers
 * nothing: outside a capture, a page cannot learn that Dokaz is there.
 */
export const FRAME_OFFSET_ARM_KEY = '__dokazFrameOffsetArm';

export interface FrameOffsetArm {
  nonce: string;
  /** Date.now() after which the nonce is no longer answered. */
  until: number;
}

export interface LastTarget {
  element: Element | null;
  x: number;
  y: number;
  at: number;
}
