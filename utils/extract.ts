import { note, type Note } from './notes/note';
import { chooseContainer } from './extract/generic';
import { SITE_EXTRACTORS, type StructuredPost } from './sites';
import { UnknownLayoutError } from './sites/site';

/**
 * Picks the extractor for the page: a site's own (utils/sites/index.ts) or the
 * generic one. Runs in the page, on demand; pure over the DOM.
 */
export const GENERIC_EXTRACTOR = 'generic@1';

export interface ExtractedPost {
  /** The element that shows the post: the crop, the text and the HTML come from it. */
  element: Element;
  extractor: string;
  structured: StructuredPost | null;
  /** What the capture's notes gain: why a site's extractor gave up. */
  notes: Note[];
}

export function extractPost(target: Element | null, pageUrl: string, now: Date = new Date()): ExtractedPost {
  const doc = target?.ownerDocument ?? document;
  const generic = (notes: Note[]): ExtractedPost => ({
    element: chooseContainer(target, doc),
    extractor: GENERIC_EXTRACTOR,
    structured: null,
    notes,
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
      if (found) {
        return { element: found.element, extractor: site.name, structured: found.post, notes: [] };
      }
    } catch (error) {
      if (!(error instanceof UnknownLayoutError)) throw error;
      return generic([note('extractorFailed', { extractor: site.name }, error.problem)]);
    }
  }
  return generic([]);
}
