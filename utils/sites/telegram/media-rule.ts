import type { SiteMedia } from '../site';
import type { TelegramMediaKind, TelegramPost } from './types';

const KINDS: Record<TelegramMediaKind, SiteMedia['kind']> = {
  photo: 'image',
  sticker: 'image',
  video: 'video',
  gif: 'video',
  round: 'video',
  voice: 'audio',
  audio: 'audio',
  file: 'file',
};

/**
 * What of a Telegram post is kept as media: the items of a message the page holds bytes of (not avatars, not emoji);
 * nothing of a chat or an account.
 */
export function telegramMedia(post: TelegramPost, pageUrl: string): SiteMedia[] {
  if (post.kind !== 'message') return [];
  return post.media.flatMap((m) =>
    m.src ? [{ kind: KINDS[m.kind], src: new URL(m.src, pageUrl).href, width: m.width, height: m.height }] : [],
  );
}
