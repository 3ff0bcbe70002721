/**
 * What a Dokaz page's address may say. Chromium records every address an
 * extension page has in the browser's history (Firefox does not record
 * extension pages), hash and all, where anyone at the computer sees it: a
 * search she typed, or the Telegram username of a group she documents, must
 * not be there. So a secret part of an address (a search and its filters, a
 * catalogue key) is written as a handle, `~` and a random id, that only this
 * page's memory resolves; after a reload it resolves to nothing, and the page
 * shows its view unfiltered. Addresses written plainly (an old bookmark) are
 * still read.
 */
const handles = new Map<string, string>();
const secrets = new Map<string, string>();

/** The handle that stands for `secret` in this page's addresses (the same one each time). */
export function hidden(secret: string): string {
  let handle = handles.get(secret);
  if (handle === undefined) {
    handle = `~${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    handles.set(secret, handle);
    secrets.set(handle, secret);
  }
  return handle;
}

/** What a part of an address says: a handle's secret (empty if this page never made it), or the part as written. */
export function revealed(part: string): string {
  return part.startsWith('~') ? (secrets.get(part) ?? '') : part;
}

/** The captures list with `query` (its filters, without "?") applied: "#/", or "#/?" and the query's handle. */
export const listAddress = (query: string): string => (query ? `#/?${hidden(query)}` : '#/');

/** A group's or an account's page, by its catalogue key. */
export const entryAddress = (kind: 'group' | 'account', key: string): string => `#/${kind}/${hidden(key)}`;
