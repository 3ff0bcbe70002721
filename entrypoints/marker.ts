import {
  FRAME_OFFSET_ARM_KEY,
  FRAME_OFFSET_REQUEST,
  FRAME_OFFSET_REPLY,
  LAST_TARGET_KEY,
  type FrameOffsetArm,
} from '@/utils/marker-protocol';

/**
 * The always-on content script. It must stay tiny (under 5 KB built): it only
 * remembers the last right-clicked element of its frame, for the extractor that
 * is injected on demand, and tells a child frame where that frame sits, so that
 * a post inside an iframe can be cropped from the tab's screenshot: only during
 * a capture, to a request that carries the nonce the background left here for
 * it, once. Otherwise it answers nothing and changes nothing a page can see.
 */
export default defineUnlistedScript({
  main() {
    addEventListener(
      'contextmenu',
      (event) => {
        // Only the person's own right-click: a page could otherwise dispatch one to name another element.
        if (!event.isTrusted) return;
        const target = event.composedPath()[0];
        (globalThis as Record<string, unknown>)[LAST_TARGET_KEY] = {
          element: target instanceof Element ? target : null,
          x: event.clientX,
          y: event.clientY,
          at: Date.now(),
        };
      },
      true,
    );
    addEventListener('message', (event) => {
      const data = event.data as { type?: unknown; id?: unknown; nonce?: unknown } | null;
      const armed = (globalThis as Record<string, unknown>)[FRAME_OFFSET_ARM_KEY] as FrameOffsetArm | undefined;
      if (data?.type !== FRAME_OFFSET_REQUEST || !event.source || !armed) return;
      if (data.nonce !== armed.nonce || Date.now() > armed.until) return;
      // The asking frame may be a grandchild: find our iframe that contains it.
      const asker = event.source as Window;
      for (const frame of document.querySelectorAll('iframe, frame')) {
        const child = (frame as HTMLIFrameElement).contentWindow;
        for (let w: Window | null = asker; w && w !== window; w = w.parent === w ? null : w.parent) {
          if (w !== child) continue;
          delete (globalThis as Record<string, unknown>)[FRAME_OFFSET_ARM_KEY];
          const rect = frame.getBoundingClientRect();
          asker.postMessage(
            { type: FRAME_OFFSET_REPLY, id: data.id, x: rect.left + frame.clientLeft, y: rect.top + frame.clientTop },
            '*',
          );
          return;
        }
      }
    });
  },
});
