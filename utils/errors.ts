/**
 * Errors a person can act on. `message` is written for the user; `cause`
 * keeps what the browser said, for a bug report.
 */
export class DokazError extends Error {
  override name = 'DokazError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
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

export function describeError(error: unknown): string {
  if (error instanceof DokazError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return `Something went wrong: ${String(error)}`;
}
