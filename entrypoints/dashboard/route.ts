/** The dashboard's routes live in the URL hash, so that a reload or a bookmark comes back to the same view. */
export type Route =
  | { name: 'captures' }
  | { name: 'capture'; id: string }
  | { name: 'custody' }
  | { name: 'settings' }
  | { name: 'unknown' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'captures' };
  if (path === '/custody') return { name: 'custody' };
  if (path === '/settings') return { name: 'settings' };
  const capture = /^\/capture\/([^/]+)$/.exec(path);
  if (capture?.[1]) {
    try {
      return { name: 'capture', id: decodeURIComponent(capture[1]) };
    } catch {
      return { name: 'unknown' };
    }
  }
  return { name: 'unknown' };
}
