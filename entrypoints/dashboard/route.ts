import { revealed } from '@/utils/page/address';

/**
 * The dashboard's routes live in the URL hash, so that a reload or a bookmark comes back to the same view; a search,
 * its filters and catalogue keys are written there only as handles this page resolves (utils/page/address.ts).
 */
export type Route =
  /** The list, with its search and filters (captures-filters.ts), from the hash's query or the handle standing for it. */
  | { name: 'captures'; query: string }
  | { name: 'capture'; id: string }
  | { name: 'custody' }
  | { name: 'settings' }
  /** The signing key's card, to print and hand over (issue 14). */
  | { name: 'keyCard' }
  | { name: 'cases' }
  | { name: 'groups' }
  | { name: 'group'; key: string }
  | { name: 'accounts' }
  | { name: 'account'; key: string }
  | { name: 'unknown' };

export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = (hash.replace(/^#/, '') || '/').split(/\?(.*)/s);
  if (path === '/') return { name: 'captures', query: revealed(query) };
  if (path === '/custody') return { name: 'custody' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/key-card') return { name: 'keyCard' };
  if (path === '/cases') return { name: 'cases' };
  if (path === '/groups') return { name: 'groups' };
  if (path === '/accounts') return { name: 'accounts' };
  const [, kind, raw] = /^\/(capture|group|account)\/([^/]+)$/.exec(path) ?? [];
  if (!kind || !raw) return { name: 'unknown' };
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return { name: 'unknown' };
  }
  if (kind === 'capture') return { name: 'capture', id: value };
  const key = revealed(value);
  if (!key) return { name: kind === 'group' ? 'groups' : 'accounts' };
  return kind === 'group' ? { name: 'group', key } : { name: 'account', key };
}
