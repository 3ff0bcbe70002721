import { note, type Note } from '../notes/note';
import type { PostSlice } from '../evidence/page-answer';
import type { Rect } from '../evidence/record';

export type { PostSlice };
import {
  FRAME_OFFSET_ARM_KEY,
  FRAME_OFFSET_REPLY,
  FRAME_OFFSET_REQUEST,
  type FrameOffsetArm,
} from '../marker-protocol';

/**
 * Where a post is on screen, in the live page: scrolling it into view, its box
 * in the coordinates of the tab's screenshot (across frames), and the slices
 * of a post taller than the window.
 */
const FRAME_OFFSET_TIMEOUT_MS = 500;

export async function scrollIntoView(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  const view = visibleArea(element);
  if (rect.top >= view.top && rect.left >= view.left && rect.bottom <= view.bottom && rect.right <= view.right) return;
  element.scrollIntoView({
    block: rect.height > view.bottom - view.top ? 'start' : 'center',
    inline: 'nearest',
    behavior: 'instant',
  });
  await nextPaint();
}

export function nextPaint(): Promise<void> {
  // rAF does not run in a hidden tab; the timeout keeps a capture from hanging there.
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** The nearest ancestor that scrolls, or the document. */
function scroller(element: Element): Element {
  for (
    let el = element.parentElement;
    el && el !== document.body && el !== document.documentElement;
    el = el.parentElement
  ) {
    const { overflowY } = getComputedStyle(el);
    if (
      (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') &&
      el.scrollHeight > el.clientHeight
    )
      return el;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** The area in which the element can be seen: the viewport, narrowed to its scrolling ancestor. */
function visibleArea(element: Element): { top: number; left: number; bottom: number; right: number } {
  const view = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
  const box = scroller(element);
  if (box === document.scrollingElement || box === document.documentElement) return view;
  const r = box.getBoundingClientRect();
  return {
    top: Math.max(0, r.top),
    left: Math.max(0, r.left),
    bottom: Math.min(innerHeight, r.bottom),
    right: Math.min(innerWidth, r.right),
  };
}

export function viewportRect(): Rect {
  return { x: 0, y: 0, width: innerWidth, height: innerHeight };
}

export function isTall(element: Element): boolean {
  const area = visibleArea(element);
  return element.getBoundingClientRect().height > area.bottom - area.top + 1;
}

/** The element's box and its visible part, in CSS pixels of the top window; null when off screen or unplaceable. */
export async function placeInTab(element: Element, notes: Note[]): Promise<PostSlice | null> {
  const box = element.getBoundingClientRect();
  const area = visibleArea(element);
  const left = Math.max(area.left, box.left);
  const top = Math.max(area.top, box.top);
  const right = Math.min(area.right, box.right);
  const bottom = Math.min(area.bottom, box.bottom);
  if (right <= left || bottom <= top) {
    notes.push(note('notOnScreen'));
    return null;
  }
  const offset = await frameOffset();
  if (!offset) {
    notes.push(note('frameNotFound'));
    return null;
  }
  return {
    box: { x: box.left + offset.x, y: box.top + offset.y, width: box.width, height: box.height },
    visible: { x: left + offset.x, y: top + offset.y, width: right - left, height: bottom - top },
    last: box.bottom <= area.bottom + 1,
  };
}

/**
 * Slice `step` of a tall post: step 0 puts its top at the top of the visible
 * area; each next step scrolls on by what the last one showed.
 */
export async function scrollToSlice(element: Element, step: number): Promise<PostSlice | null> {
  if (step === 0) {
    element.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
  } else {
    const area = visibleArea(element);
    const box = scroller(element);
    const before = element.getBoundingClientRect().top;
    box.scrollBy({ top: area.bottom - Math.max(area.top, before), behavior: 'instant' });
    if (element.getBoundingClientRect().top === before) return null; // nothing more to scroll
  }
  await nextPaint();
  return placeInTab(element, []);
}

/** Where this frame's viewport sits in the top window: the sum of each ancestor's answer. */
async function frameOffset(): Promise<{ x: number; y: number } | null> {
  if (window === window.top) return { x: 0, y: 0 };
  const ancestors: Window[] = [];
  for (let w: Window = window; w !== w.parent; w = w.parent) ancestors.push(w.parent);
  const answers = await Promise.all(ancestors.map(askOffset));
  let x = 0;
  let y = 0;
  for (const answer of answers) {
    if (!answer) return null;
    x += answer.x;
    y += answer.y;
  }
  return { x, y };
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
    // The nonce the background left in this frame too: the ancestors' markers answer only a request that has it.
    const nonce = ((globalThis as Record<string, unknown>)[FRAME_OFFSET_ARM_KEY] as FrameOffsetArm | undefined)?.nonce;
    if (!nonce) {
      done(null);
      return;
    }
    ancestor.postMessage({ type: FRAME_OFFSET_REQUEST, id, nonce }, '*');
  });
}
