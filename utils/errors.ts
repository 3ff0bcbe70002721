import type { Text } from './i18n/translate';
import { formatMessage } from './i18n/translate';
import { en } from './i18n/locales/en';

/**
 * Errors a person can act on. `text` is what the person reads, shown in their
 * language when it is shown (describeError); `message` is its English form,
 * for logs and bug reports; `cause` keeps what the browser said.
 */
export class DokazError extends Error {
  override name = 'DokazError';
  readonly text: Text;
  constructor(text: Text, options?: { cause?: unknown }) {
    super(formatMessage('en', en.ui[text.key], text.params), options);
    this.text = text;
  }
}

/** The browser does not let extensions read this page (chrome://, the web store, …). */
export class RestrictedPageError extends DokazError {
  override name = 'RestrictedPageError';
}

/** The tab went away (closed, navigated) before the capture was complete. Nothing was stored. */
export class TabGoneError extends DokazError {
  override name = 'TabGoneError';
}

/** Writing to the store failed; the capture was not stored, not even in part. */
export class StoreError extends DokazError {
  override name = 'StoreError';
}

/** The custody log does not hold together. Never ignored. */
export class IntegrityError extends DokazError {
  override name = 'IntegrityError';
}

/** What went wrong, as a Text: a DokazError's own, anything else as "Something went wrong: …". */
export function errorText(error: unknown): Text {
  if (error instanceof DokazError) return error.text;
  const message = error instanceof Error ? error.message : String(error);
  return { key: 'error.unexpected', params: { message } };
}

/** What went wrong, in words for the person, in the language of `say` (a Translator's). */
export function describeError(error: unknown, say: (text: Text) => string): string {
  return say(errorText(error));
}
