import { text } from '../i18n/translate';
import { browser } from 'wxt/browser';
import { IN_PAGE_API_KEY, type InPageApi } from '../extract/protocol';
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
  let answer = await run();
  if (answer?.missing) {
    await browser.scripting.executeScript({ target, files: ['/extract.js' as const] });
    answer = await run();
  }
  return answer?.value ?? null;
}
