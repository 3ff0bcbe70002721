import { createInPageApi } from '@/utils/extract/in-page';
import { IN_PAGE_API_KEY } from '@/utils/extract/protocol';

/**
 * Injected into a frame only when a capture starts (never on every page): it
 * installs the extractor where the background's next call can reach it.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[IN_PAGE_API_KEY] ??= createInPageApi();
});
