/**
 * Where X's web client (x.com, formerly twitter.com; its code is not public) puts a post's parts. X marks them with
 * `data-testid` attributes, which outlive its generated class names; public code that reads X's pages relies on the
 * same ones. Sources, cited per selector:
 * CPT = insin/control-panel-for-twitter script.js (an extension that rewrites X's timeline, maintained against the
 * live site: tweet, User-Name, tweetText, socialContext, the action buttons, the analytics link);
 * RIU = llyyr/twitter_rewrite_img_urls twitter_rewrite_img_urls.js (photos on pbs.twimg.com/media, any size by its
 * `name` parameter, the original as `name=orig`);
 * TBM = OzakIOne/TwitterBookmarkMediaDownloader src/index.ts (the same, with `format` kept).
 * The fixtures in tests/fixtures/x/ reproduce them.
 */
export const SEL = {
  // CPT: every post of a timeline, a search and a conversation is an <article data-testid="tweet">.
  post: 'article[data-testid="tweet"]',
  // CPT: the author's name, @handle and the post's time (its link is the post's address).
  userName: '[data-testid="User-Name"]',
  // CPT: the post's text; a quoted post has its own.
  text: '[data-testid="tweetText"]',
  // CPT: "<name> reposted", "Pinned" above a post of a timeline.
  socialContext: '[data-testid="socialContext"]',
  // The quoted post: a card inside the post, with a User-Name and tweetText of its own; X names it in some builds.
  quote: '[data-testid="quotedTweet"]',
  quoteCard: 'div[role="link"]',
  // RIU, TBM: a photo of the post; its <img> is on pbs.twimg.com/media/.
  photo: '[data-testid="tweetPhoto"] img',
  // Videos and GIFs: X streams a video through a blob: address; a GIF is an mp4 on video.twimg.com/tweet_video/.
  video: 'video',
  // CPT: the action buttons, whose aria-label says the count ("12 Replies. Reply"); the number shown is in a
  // text-transition container; liked, reposted or bookmarked posts show unlike, unretweet, removeBookmark.
  counts: {
    replies: '[data-testid="reply"]',
    reposts: '[data-testid="retweet"], [data-testid="unretweet"]',
    likes: '[data-testid="like"], [data-testid="unlike"]',
    bookmarks: '[data-testid="bookmark"], [data-testid="removeBookmark"]',
    views: 'a[href$="/analytics"]',
  },
  shownCount: '[data-testid="app-text-transition-container"]',
  // A long post's text cut on a timeline ends with this link to the post's page.
  showMore: '[data-testid="tweet-text-show-more-link"]',
  // The conversation's rows: each post of a timeline or a thread is in one, in the order shown.
  cell: '[data-testid="cellInnerDiv"]',
  // A follow button carries the account's numeric id: data-testid="<id>-follow" (or "-unfollow").
  follow: '[data-testid$="-follow"], [data-testid$="-unfollow"]',
} as const;

export const X_HOSTS = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/i;
/** A handle: 1 to 15 letters, digits or underscores. */
export const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
