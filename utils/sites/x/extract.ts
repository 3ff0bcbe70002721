import { UnknownLayoutError, type SiteExtractor } from '../site';
import { pagePostId, permalinkOf, viewOf } from './ids';
import {
  countsOf,
  mediaOf,
  own,
  quotedOf,
  quoteIn,
  replyHandles,
  repostedByOf,
  textOf,
  timeOf,
  userIn,
  type Scope,
} from './parts';
import { SEL, X_HOSTS } from './selectors';
import type { XStatusPost } from './types';

/**
 * X (x.com, twitter.com): a post on its own page, in a timeline or in search results. Pure: it reads the DOM it is
 * given and changes nothing. The selectors and their sources are in selectors.ts.
 */
const NAME = 'x-web@1';

export const xWeb: SiteExtractor<XStatusPost> = {
  name: NAME,
  matches: (url) => X_HOSTS.test(url.hostname),
  extract(target, pageUrl) {
    // A right-click on a quoted card documents the post that quotes it: the card is part of that post.
    const post = target.closest(SEL.post);
    if (!post) return null;
    return { post: readPost({ post, quote: quoteIn(post), pageUrl }), element: post };
  },
};

function readPost(scope: Scope): XStatusPost {
  const warnings: string[] = [];
  const time = timeOf(scope);
  if (!time) throw new UnknownLayoutError('the post shows no time');
  const block = own(scope, SEL.userName)[0];
  if (!block) throw new UnknownLayoutError('the post names no author');
  const author = userIn(block, scope.pageUrl, own(scope, SEL.follow));
  if (!author.handle) warnings.push('The page shows no handle for the author.');
  else if (!author.userId) warnings.push(`The page holds no numeric id for the author @${author.handle}.`);

  const status = time.status;
  if (!status) warnings.push('The page shows no link to the post, so its id is unknown.');
  else if (author.handle && status.handle.toLowerCase() !== author.handle.toLowerCase()) {
    warnings.push(`The post's link names @${status.handle}, not its author @${author.handle}.`);
  }
  const view = viewOf(scope.pageUrl);
  const { text, links } = textOf(scope, warnings);
  const media = mediaOf(scope, warnings);
  const quoted = quotedOf(scope, warnings);
  return {
    platform: 'x',
    kind: 'status',
    extractor: NAME,
    warnings,
    view,
    statusId: status?.statusId ?? null,
    permalink: status ? permalinkOf(status.handle, status.statusId) : null,
    author,
    date: time.date,
    text,
    links,
    media,
    quoted,
    replyTo: replyTo(scope, status?.statusId ?? null, warnings),
    repostedBy: repostedByOf(scope),
    counts: countsOf(scope),
  };
}

/**
 * What the post answers. "Replying to @a" names the handles. On a post's own page, the posts above the one the address
 * names are the conversation it answers, the nearest the post it replies to: its id is known only when that post is
 * in the row right above, in the same list (a placeholder of a deleted post, or another list, says nothing).
 */
function replyTo(scope: Scope, statusId: string | null, warnings: string[]): XStatusPost['replyTo'] {
  const handles = replyHandles(scope, warnings);
  if (statusId !== null && pagePostId(scope.pageUrl) === statusId) {
    const cell = scope.post.closest(SEL.cell);
    const parent = cell ? rowAbove(cell)?.querySelector(SEL.post) : null;
    const parentStatus = parent
      ? timeOf({ post: parent, quote: quoteIn(parent), pageUrl: scope.pageUrl })?.status
      : null;
    if (parentStatus && parentStatus.statusId !== statusId) return { statusId: parentStatus.statusId, handles };
  }
  return handles.length ? { statusId: null, handles } : null;
}

/**
 * The row shown right above `cell` in its list. X draws a long list by placing each row itself (transform:
 * translateY), and the order of the rows in the page need not be the order on screen: where every row says where it
 * stands, that order is taken; else the page's.
 */
function rowAbove(cell: Element): Element | null {
  const rows = Array.from(cell.parentElement?.children ?? []).filter((el) => el.matches(SEL.cell));
  const placed = rows.map((el, index) => {
    const y = /translateY\((-?\d+(?:\.\d+)?)px\)/.exec(el.getAttribute('style') ?? '')?.[1];
    return { el, index, y: y === undefined ? null : Number(y) };
  });
  const onScreen = placed.every((row) => row.y !== null);
  placed.sort((a, b) => (onScreen ? a.y! - b.y! : a.index - b.index));
  const at = placed.findIndex((row) => row.el === cell);
  return at > 0 ? placed[at - 1]!.el : null;
}
