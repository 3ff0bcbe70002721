import type { Site } from '../site';
import { xWeb } from './extract';
import { xMedia } from './media-rule';
import type { XStatusPost } from './types';

/**
 * X (x.com, twitter.com): posts on their own page, in timelines and in search results. Its accounts do not join the
 * catalogue yet, which knows Telegram's chats and accounts by their peer ids and has no column for the platform.
 */
export const x: Site<XStatusPost> = {
  platform: 'x',
  extractors: [xWeb],
  media: xMedia,
  observe: () => ({ chat: null, accounts: [] }),
  summarize: (post) => ({
    title: post.author.name ?? (post.author.handle ? `@${post.author.handle}` : null),
    id: post.statusId,
    link: post.permalink,
    author: { name: post.author.name, id: post.author.userId, username: post.author.handle },
    date: post.date.iso,
    text: post.text,
  }),
};
