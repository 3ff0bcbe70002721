import { defineExtractor, UnknownLayoutError } from '../site';
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
import { note, type Drafted, type Note } from '../../notes/note';

/**
 * X (x.com, twitter.com): a post on its own page, in a timeline or in search results. Pure: it reads the DOM it is
 * given and changes nothing. The selectors and their sources are in selectors.ts.
 */
const NAME = 'x-web@1';

export const xWeb = defineExtractor<XStatusPost>({
  name: NAME,
  matches: (url) => X_HOSTS.test(url.hostname),
  read(target, pageUrl) {
    // A right-click on a quoted card documents the post that quotes it: the card is part of that post.
    const post = target.closest(SEL.post);
    if (!post) return null;
    return { post: readPost({ post, quote: quoteIn(post), pageUrl }), element: post };
  },
});

function readPost(scope: Scope): Drafted<XStatusPost> {
  const notes: Note[] = [];
  const time = timeOf(scope);
  if (!time) throw new UnknownLayoutError(note('layoutXNoTime'));
  const block = own(scope, SEL.userName)[0];
  if (!block) throw new UnknownLayoutError(note('layoutXNoAuthor'));
  const author = userIn(block, scope.pageUrl, own(scope, SEL.follow));
  if (!author.handle) notes.push(note('xNoHandle'));
  else if (!author.userId) notes.push(note('xNoUserId', { handle: author.handle }));

  const status = time.status;
  if (!status) notes.push(note('xNoStatusLink'));
  else if (author.handle && status.handle.toLowerCase() !== author.handle.toLowerCase()) {
    notes.push(note('xLinkOtherAuthor', { linked: status.handle, handle: author.handle }));
  }
  const view = viewOf(scope.pageUrl);
  const { text, links } = textOf(scope, notes);
  const media = mediaOf(scope, notes);
  const quoted = quotedOf(scope, notes);
  return {
    platform: 'x',
    kind: 'status',
    extractor: NAME,
    notes,
    view,
    statusId: status?.statusId ?? null,
    permalink: status ? permalinkOf(status.handle, status.statusId) : null,
    author,
    date: time.date,
    text,
    links,
    media,
    quoted,
    replyTo: replyTo(scope, status?.statusId ?? null, notes),
    repostedBy: repostedByOf(scope),
    counts: countsOf(scope),
  };
}

/**
 * What the post answers. "Replying to @a" names the handles. On a post's own page, the posts above the one the address
 * names are the conversation it answers, the nearest the post it replies to: its id is known only when that post is
 * in the row right above, in the same list (a placeholder of a deleted post, or another list, says nothing).
 */
function replyTo(scope: Scope, statusId: string | null, notes: Note[]): XStatusPost['replyTo'] {
  const handles = replyHandles(scope, notes);
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
