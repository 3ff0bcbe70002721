import type { SiteMedia } from '../site';
import type { XStatusPost } from './types';

/**
 * What of an X post is kept as media: each photo at full size beside the size the page showed (the same server, so
 * the capture asks for the full size as it asks for a size a page offered: without cookies, kept only as a picture),
 * each GIF's file, and of a video the page streams (blob:, nothing to fetch) its poster, which is what was seen.
 * Never the quoted post's media, avatars or emoji: the extractor names only the post's own.
 */
export function xMedia(post: XStatusPost, pageUrl: string): SiteMedia[] {
  const absolute = (src: string) => new URL(src, pageUrl).href;
  return post.media.flatMap((m): SiteMedia[] => {
    if (m.kind === 'photo') {
      const shown = m.shownSrc ? absolute(m.shownSrc) : null;
      const full = m.src ? absolute(m.src) : shown;
      if (!full) return [];
      const sameServer = shown !== null && new URL(shown).origin === new URL(full).origin;
      const src = sameServer || shown === null ? full : shown;
      return [{ kind: 'image', src, ...(shown === src ? {} : { shownSrc: shown }), width: null, height: null }];
    }
    if (m.src) return [{ kind: 'video', src: absolute(m.src), width: null, height: null }];
    return m.shownSrc ? [{ kind: 'image', src: absolute(m.shownSrc), width: null, height: null }] : [];
  });
}
