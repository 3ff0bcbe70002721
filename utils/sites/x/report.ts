import { shownNotes } from '../../i18n/notes';
import {
  captured,
  esc,
  excerpt,
  factRow,
  factTable,
  fill,
  missing,
  mono,
  textExcerpt,
  webLink,
  type Html,
  type ReportContext,
} from '../../html/report-format';
import type { XCount, XStatusPost, XUserRef } from './types';

/**
 * The facts the X extractor read, one row each: who posted, which post by its id, when, where it was seen, what it
 * answers and quotes, its media, links and counts. Unknown is shown as unknown, as the record has it.
 */
export function renderX(post: XStatusPost, ctx: ReportContext, recordPath: string): Html {
  const { labels, fmt } = ctx;
  const unknown = () => missing(labels.unknown);
  const rows: Html[] = [
    factRow(labels.platform, esc('X (x.com)')),
    factRow(labels.xSeenOn, esc(labels.xViews[post.view])),
    factRow(labels.xAuthorName, post.author.name ? captured(post.author.name) : unknown()),
    factRow(labels.xAuthorHandle, handle(post.author.handle, ctx)),
    factRow(labels.xAuthorId, post.author.userId ? mono(post.author.userId) : unknown()),
    factRow(labels.xStatusId, post.statusId ? mono(post.statusId) : unknown()),
    factRow(labels.permalink, post.permalink ? webLink(post.permalink) : missing(labels.none)),
    factRow(labels.date, date(post, ctx)),
  ];
  if (post.repostedBy) rows.push(factRow(labels.xRepostedBy, user(post.repostedBy, ctx)));
  if (post.replyTo) {
    const parts = post.replyTo.handles.map((h) => handle(h, ctx));
    if (post.replyTo.statusId) parts.push(fill(labels.xPostNumber, { id: mono(post.replyTo.statusId) }));
    rows.push(factRow(labels.replyTo, parts.join('<br>') || unknown()));
  }
  if (post.quoted) {
    const q = post.quoted;
    const parts = [user(q.author, ctx), fill(labels.xPostNumber, { id: q.statusId ? mono(q.statusId) : unknown() })];
    if (q.permalink) parts.push(webLink(q.permalink));
    if (q.text) parts.push(`<q>${captured(excerpt(q.text, 300).text)}</q>`);
    rows.push(factRow(labels.xQuoted, parts.join('<br>')));
  }
  if (post.media.length) {
    const items = post.media.map((m) => {
      const bits = [esc(labels.mediaKinds[m.kind] ?? m.kind)];
      if (m.src) bits.push(webLink(m.src));
      else bits.push(esc(labels.mediaPreviewOnly));
      if (m.alt) bits.push(fill(labels.xAlt, { alt: captured(m.alt) }));
      return `<li>${bits.join(', ')}</li>`;
    });
    rows.push(factRow(labels.media, `<ul>${items.join('')}</ul>`));
  }
  if (post.links.length) {
    const items = post.links.map((l) => `<li>${captured(l.text)} → ${webLink(l.url)}</li>`);
    rows.push(factRow(labels.xLinks, `<ul>${items.join('')}</ul>`));
  }
  const counts: [string, XCount][] = [
    [labels.xReplies, post.counts.replies],
    [labels.xReposts, post.counts.reposts],
    [labels.xLikes, post.counts.likes],
    [labels.xBookmarks, post.counts.bookmarks],
    [labels.views, post.counts.views],
  ];
  for (const [label, c] of counts) {
    if (c.count === null && !c.text) continue;
    const exact = c.count !== null ? esc(fmt.number(c.count)) : '';
    const shown = c.text ? ` <span class="sub">(“${captured(c.text)}”)</span>` : '';
    rows.push(factRow(label, exact + shown));
  }
  rows.push(factRow(labels.postText, textExcerpt(post.text, ctx, recordPath)));
  rows.push(factRow(labels.extractor, mono(post.extractor)));
  if (post.warnings.length) {
    const notes = shownNotes(post.warnings, post.notes, ctx.locale).map((w) => `<li>${captured(w)}</li>`);
    rows.push(factRow(labels.extractorWarnings, `<ul>${notes.join('')}</ul>`));
  }
  return `<h3>${esc(labels.xPost)}</h3>${factTable(rows)}`;
}

function date(post: XStatusPost, ctx: ReportContext): Html {
  const { labels, fmt } = ctx;
  const { iso, text: shown, source } = post.date;
  const main = iso ? `${esc(fmt.dateTime(iso, { precision: 'second' }))}<br>${mono(iso)}` : missing(labels.unknown);
  const details = fill(labels.dateDetails, {
    text: shown ? captured(shown) : '—',
    precision: esc(iso ? labels.precisions.second : labels.precisionUnknown),
    source: source ? mono(source) : '—',
  });
  return `${main}<br><span class="sub">${details}</span>`;
}

function handle(value: string | null, ctx: ReportContext): Html {
  return value ? `<bdi class="mono">@${esc(value)}</bdi>` : missing(ctx.labels.none);
}

function user(u: XUserRef, ctx: ReportContext): Html {
  const parts = [u.name ? captured(u.name) : missing(ctx.labels.unknown)];
  if (u.handle) parts.push(handle(u.handle, ctx));
  if (u.userId) parts.push(mono(u.userId));
  return parts.join(' ');
}
