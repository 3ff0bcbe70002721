import type { SiteMedia } from '../site';
import { urlOf } from './ids';
import type { XStatusPost } from './types';

/** The server of X's photos: a photo's full size is kept only from it, as the size shown is. */
const PHOTOS = 'https://pbs.twimg.com';

/**
 * What of an X post is kept as media: each photo at full size beside the size the page showed (the same server, so
 * the capture asks for the full size as it asks for a size a page offered: without cookies, kept only as a picture),
 * each GIF's file, and of a video the page streams (blob:, nothing to fetch) its poster, which is what was seen.
 * Never the quoted post's media, avatars or emoji: the extractor names only the post's own.
 */
export function xMedia(post: XStatusPost, pageUrl: string): SiteMedia[] {
  const absolute = (src: string | null) => (src ? (urlOf(src, pageUrl)?.href ?? null) : null);
  return post.media.flatMap((m): SiteMedia[] => {
    const shown = absolute(m.shownSrc);
    if (m.kind === 'photo') {
      const full = absolute(m.src);
      // A full size is only ever asked for on the server of what was shown, or of X's photos when nothing was shown.
      const sameServer = full !== null && urlOf(full, full)!.origin === (shown ? urlOf(shown, shown)!.origin : PHOTOS);
      const src = sameServer ? full : shown;
      if (!src) return [];
      return [{ kind: 'image', src, ...(shown === src ? {} : { shownSrc: shown }), width: null, height: null }];
    }
    const file = absolute(m.src);
    if (file) return [{ kind: 'video', src: file, width: null, height: null }];
    return shown ? [{ kind: 'image', src: shown, width: null, height: null }] : [];
  });
}
