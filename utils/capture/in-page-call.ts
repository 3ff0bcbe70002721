import { text } from '../i18n/translate';
import { browser } from 'wxt/browser';
import { IN_PAGE_API_KEY, type InPageApi } from '../extract/protocol';
import { FRAME_OFFSET_ARM_KEY, type FrameOffsetArm } from '../marker-protocol';
import { TabGoneError } from '../errors';

/**
 * Calls the extractor's in-page API in one frame, loading the extractor into
 * that document first if it has not got it yet. What comes back is the page's
 * answer: unchecked here, validated by the caller.
 */
export async function callInPage(
  tabId: number,
  frameId: number,
  method: keyof InPageApi,
  args: unknown[],
): Promise<unknown> {
  const target = { tabId, frameIds: [frameId] };
  const run = async () => {
    const [injection] = await browser.scripting.executeScript({
      target,
      func: async (key: string, name: string, params: unknown[]) => {
        type Api = Record<string, (...a: unknown[]) => Promise<unknown>>;
        const api = (globalThis as unknown as Record<string, Api | undefined>)[key];
        return api ? { value: (await api[name]!(...params)) ?? null } : { missing: true };
      },
      args: [IN_PAGE_API_KEY, method, args],
    });
    if (!injection) throw new TabGoneError(text('error.frameGone'));
    return injection.result as { value?: unknown; missing?: true } | undefined;
  };
  // In a frame, the post's place in the tab is the sum of its ancestors' answers (utils/extract/geometry.ts), which
  // the always-on marker gives only to a request with a nonce of this call's.
  const disarm = frameId !== 0 && ASKS_OFFSET.has(method) ? await armFrameOffsets(tabId) : null;
  try {
    let answer = await run();
    if (answer?.missing) {
      await browser.scripting.executeScript({ target, files: ['/extract.js' as const] });
      answer = await run();
    }
    return answer?.value ?? null;
  } finally {
    await disarm?.();
  }
}

/** The calls that may place a post inside a frame in the tab, and so ask the frames above it where it sits. */
const ASKS_OFFSET: ReadonlySet<keyof InPageApi> = new Set(['extract', 'slice']);
/** How long an armed nonce is answered at most, should the call never end. */
const ARMED_MS = 10_000;

/**
 * Leaves a fresh one-time nonce in every frame of the tab, in the extension's
 * own world, where the marker looks for it and no page can: outside a call
 * that asks, the marker answers nothing (docs/ARCHITECTURE.md, the marker).
 * Resolves to what takes it away again. A frame that cannot be reached is
 * left out: its children's posts are then placed without it, as before.
 */
async function armFrameOffsets(tabId: number): Promise<() => Promise<void>> {
  const set = (arm: FrameOffsetArm | null) =>
    browser.scripting
      .executeScript({
        target: { tabId, allFrames: true },
        func: (key: string, value: FrameOffsetArm | null) => {
          const world = globalThis as Record<string, unknown>;
          if (value) world[key] = value;
          else delete world[key];
        },
        args: [FRAME_OFFSET_ARM_KEY, arm],
      })
      .then(
        () => undefined,
        () => undefined,
      );
  await set({ nonce: crypto.randomUUID(), until: Date.now() + ARMED_MS });
  return () => set(null);
}
