import { chooseContainer } from './extract/generic';
import { UnknownLayoutError, type SiteExtractor } from './extract/site';
import { telegramPreview } from './extract/telegram/tme';
import { telegramWebA } from './extract/telegram/web-a';
import { telegramWebK } from './extract/telegram/web-k';
import type { TelegramPost } from './extract/telegram/types';

/**
 * Picks the extractor for the page: a site's own (registered below, one file
 * each) or the generic one. Runs in the page, on demand; pure over the DOM.
 */
const SITE_EXTRACTORS: SiteExtractor[] = [telegramWebK, telegramWebA, telegramPreview];

export const GENERIC_EXTRACTOR = 'generic@1';

export interface ExtractedPost {
  /** The element that shows the post: the crop, the text and the HTML come from it. */
  element: Element;
  extractor: string;
  structured: TelegramPost | null;
  warnings: string[];
}

export function extractPost(target: Element | null, pageUrl: string, now: Date = new Date()): ExtractedPost {
  const doc = target?.ownerDocument ?? document;
  const generic = (warnings: string[]): ExtractedPost => ({
    element: chooseContainer(target, doc),
    extractor: GENERIC_EXTRACTOR,
    structured: null,
    warnings,
  });
  if (!target) return generic([]);
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return generic([]);
  }
  for (const site of SITE_EXTRACTORS) {
    if (!site.matches(url)) continue;
    try {
      const found = site.extract(target, pageUrl, now);
      if (found) return { element: found.element, extractor: site.name, structured: found.post, warnings: [] };
    } catch (error) {
      if (!(error instanceof UnknownLayoutError)) throw error;
      return generic([`${site.name} could not read this: ${error.message}. It was documented as a plain web page.`]);
    }
  }
  return generic([]);
}
