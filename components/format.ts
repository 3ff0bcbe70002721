/** Formatting shared by the components that needs no language (words and numbers come from the Translator). */

/** "3f2a9c…e81b": enough of a hash to tell events apart; the full one goes in a title. */
export function shortHash(hash: string, head = 8, tail = 4): string {
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}

/** Only http(s) addresses become links: a hostile page can put `javascript:` in its canonical URL. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
