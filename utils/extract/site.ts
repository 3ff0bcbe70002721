import type { ExtractedTelegram } from './telegram/types';

/**
 * A site extractor: a pure function over the DOM for one site or client. It
 * returns null when the right-clicked element is not inside something it
 * knows (the generic extractor then takes the post), and throws
 * UnknownLayoutError when it is, but the page is not as it expects (a client
 * update, a service message): the generic extractor takes over and the
 * reason goes into the capture's warnings.
 */
export interface SiteExtractor {
  /** Name and version, e.g. "telegram-web-k@1". */
  name: string;
  matches(url: URL): boolean;
  extract(target: Element, pageUrl: string, now: Date): ExtractedTelegram | null;
}

export class UnknownLayoutError extends Error {
  override name = 'UnknownLayoutError';
}
