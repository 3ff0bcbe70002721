import { text } from '../i18n/translate';
import { RestrictedPageError, TabGoneError } from '../errors';

/**
 * Which pages a browser lets extensions read, and the browser's refusals put in
 * words a person can act on.
 */
export const BROWSER_NAME = import.meta.env.FIREFOX ? 'Firefox' : 'Chrome';

// The browsers' own stores refuse every extension (Chrome: "The extensions gallery cannot be scripted").
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
];

export function assertCapturable(url: string | undefined): void {
  if (!url) throw new RestrictedPageError(text('error.restricted', { browser: BROWSER_NAME }));
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (!['http:', 'https:', 'file:'].includes(scheme) || STORE_PAGES.some((p) => p.test(url))) {
    throw new RestrictedPageError(text('error.restrictedScheme', { browser: BROWSER_NAME, scheme }));
  }
}

/** Turns what the browser threw into an error that says what happened. */
export function explainBrowserError(error: unknown, url: string | undefined): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (
    // A tab closed with its window (its last tab) takes the window's id with it: Firefox then names the window.
    /no tab with id|tab was closed|frame with id \d+ (is not found|was removed)|no frame with id|invalid (tab|window) id|no window with id/i.test(
      message,
    )
  ) {
    return new TabGoneError(text('error.tabGone'), { cause: error });
  }
  if (url?.startsWith('file:') && /cannot access/i.test(message)) {
    return new RestrictedPageError(text('error.fileAccess', { browser: BROWSER_NAME }), { cause: error });
  }
  if (/cannot access|cannot be scripted|missing host permission|error page|cannot script/i.test(message)) {
    return new RestrictedPageError(text('error.restricted', { browser: BROWSER_NAME }), { cause: error });
  }
  return error;
}
