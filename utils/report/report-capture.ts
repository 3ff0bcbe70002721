import { canonicalBytes } from '../canonical-json';
import type { CaptureRecord } from '../evidence/record';
import { shownNote, shownNotes } from '../i18n/notes';
import {
  captured,
  esc,
  factRow,
  factTable,
  fill,
  hashHtml,
  imageDataUri,
  missing,
  mono,
  webLink,
  type Html,
  textExcerpt,
  type ReportContext,
} from '../html/report-format';
import { summarize } from '../sites';
import { siteReport } from '../sites/reports';
import type { PackCapture } from '../evidence/manifest';

/**
 * One capture, on pages of its own: the post as it was on screen, what was
 * read from it, when and where it was taken, and its files with their hashes.
 */
export interface CaptureSectionInput {
  capture: PackCapture;
  /** 1-based, for "Capture 2 of 5" and the custody annex's references. */
  number: number;
  total: number;
  image: { mime: string; base64: string } | undefined;
  blur: boolean;
}

export function captureAnchor(number: number): string {
  return `capture-${number}`;
}

export function renderCapture(input: CaptureSectionInput, ctx: ReportContext): Html {
  const { capture, number, total } = input;
  const { record } = capture;
  const { labels } = ctx;
  const dir = `captures/${capture.id}/`;
  const recordPath = `${dir}record.json`;
  const structured = record.post.structured;
  return `<section class="capture" id="${captureAnchor(number)}">
<header class="capture-head">
<p class="kicker">${fill(labels.captureHeading, { n: esc(ctx.fmt.number(number)), total: esc(ctx.fmt.number(total)) })}</p>
<h2>${captureTitle(record, ctx)}</h2>
<p class="capture-id">${esc(labels.captureId)}: ${mono(capture.id)}</p>
</header>
${screenshot(input, ctx)}
${structured ? siteReport(structured, ctx, recordPath) : genericFacts(record, ctx, recordPath)}
${captureFacts(capture, ctx)}
${notes(record, ctx)}
${files(capture, dir, ctx)}
</section>`;
}

/** What a reader knows the capture by: as its site names it (a Telegram chat, an account) when one was read, else the page's title. */
export function captureTitle(record: CaptureRecord, ctx: ReportContext): Html {
  const structured = record.post.structured;
  const name = structured ? summarize(structured).title : null;
  const title = name?.trim() || record.page.title.trim();
  return title ? captured(title) : missing(ctx.labels.untitled);
}

function screenshot({ capture, image, blur }: CaptureSectionInput, ctx: ReportContext): Html {
  const { labels } = ctx;
  const src = imageDataUri(image);
  if (!src) return `<p class="no-shot">${esc(labels.noScreenshot)}</p>`;
  const artifact = capture.record.artifacts.find((a) => a.kind === 'post-screenshot');
  const path = (artifact && capture.files[artifact.id]) ?? `captures/${capture.id}/${artifact?.name ?? 'post.png'}`;
  const size =
    artifact?.width && artifact.height ? ` width="${esc(artifact.width)}" height="${esc(artifact.height)}"` : '';
  const caption = [fill(labels.screenshotCaption, { path: mono(path) })];
  if (blur) caption.push(`<strong>${fill(labels.blurredNote, { path: mono(path) })}</strong>`);
  return `<figure class="shot${blur ? ' blurred' : ''}">
<div class="frame"><img src="${esc(src)}" alt="${esc(labels.screenshotAlt)}"${size}></div>
<figcaption>${caption.join('<br>')}</figcaption>
</figure>`;
}

function genericFacts(record: CaptureRecord, ctx: ReportContext, recordPath: string): Html {
  const { labels } = ctx;
  const { page, post } = record;
  const rows = [
    factRow(labels.siteTitle, page.title.trim() ? captured(page.title) : missing(labels.untitled)),
    factRow(labels.pageUrl, webLink(page.url)),
  ];
  if (page.canonicalUrl && page.canonicalUrl !== page.url) {
    rows.push(factRow(labels.canonicalUrl, webLink(page.canonicalUrl)));
  }
  if (post.frameUrl && post.frameUrl !== page.url) rows.push(factRow(labels.frameUrl, webLink(post.frameUrl)));
  rows.push(
    factRow(
      labels.container,
      post.container ? `${mono(post.container.tag)}<br>${mono(post.container.path)}` : esc(labels.wholePage),
    ),
    factRow(labels.postText, textExcerpt(post.text, ctx, recordPath)),
  );
  if (post.linkUrl) rows.push(factRow(labels.linkUrl, webLink(post.linkUrl)));
  if (post.mediaUrl) rows.push(factRow(labels.mediaUrl, webLink(post.mediaUrl)));
  rows.push(factRow(labels.extractor, mono(post.extractor)));
  return `<h3>${esc(labels.postHeading)}</h3>${factTable(rows)}`;
}

function captureFacts(capture: PackCapture, ctx: ReportContext): Html {
  const { labels, fmt } = ctx;
  const { record } = capture;
  const env = record.environment;
  const local = `${esc(fmt.dateTime(record.capturedAt, { timeZone: record.timeZone }))}<br>${mono(
    record.capturedAtLocal,
  )} <span class="sub">(${esc(record.timeZone)})</span>`;
  const rows = [
    factRow(labels.pageUrl, webLink(record.page.url)),
    factRow(labels.capturedAtUtc, `${esc(fmt.dateTime(record.capturedAt))}<br>${mono(record.capturedAt)}`),
    factRow(labels.capturedAtLocal, local),
    factRow(
      labels.recordSha256,
      `${hashHtml(capture.recordSha256)}<br><span class="sub">${esc(labels.recordNote)}</span>`,
    ),
    factRow(labels.capturedBy, mono(record.actor)),
    factRow(
      labels.capturedWith,
      fill(labels.capturedWithValue, {
        browser: esc(env.browser.name),
        version: esc(env.browser.version),
        os: esc(env.os),
        dokaz: esc(env.extensionVersion),
      }),
    ),
  ];
  return `<h3>${esc(labels.captureFactsHeading)}</h3>${factTable(rows)}`;
}

function notes(record: CaptureRecord, ctx: ReportContext): Html {
  const items = [
    ...shownNotes(record.warnings, record.notes, ctx.locale).map(captured),
    ...record.skipped.map((item) =>
      fill(ctx.labels.skippedItem, {
        url: `<bdi class="url">${esc(item.url)}</bdi>`,
        reason: captured(shownNote(item.reason, item.note, ctx.locale)),
      }),
    ),
  ];
  if (!items.length) return '';
  return `<h3>${esc(ctx.labels.notesHeading)}</h3><ul class="notes">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function files(capture: PackCapture, dir: string, ctx: ReportContext): Html {
  const { labels, fmt } = ctx;
  // A file several captures of a run share lies once under shared/ (dokaz-pack/3): its path from this folder.
  const up = '../'.repeat(dir.split('/').filter(Boolean).length);
  const relative = (path: string) => (path.startsWith(dir) ? path.slice(dir.length) : `${up}${path}`);
  const row = (path: Html, size: number | null, sha256: string) =>
    `<tr><td class="path">${path}</td><td class="num">${
      size === null ? '—' : `${esc(fmt.number(size))}<span class="sub">${esc(fmt.bytes(size))}</span>`
    }</td><td>${hashHtml(sha256)}</td></tr>`;
  const rows = [row(mono('record.json'), recordSize(capture.record), capture.recordSha256)];
  for (const artifact of capture.record.artifacts) {
    const path = capture.files[artifact.id];
    const name = path
      ? mono(relative(path))
      : `${mono(artifact.name)} <span class="sub">${esc(labels.notInPack)}</span>`;
    rows.push(row(name, artifact.size, artifact.sha256));
  }
  return `<h3>${fill(labels.filesHeading, { dir: mono(dir) })}</h3>
<table class="files"><thead><tr><th>${esc(labels.file)}</th><th class="num">${esc(labels.sizeBytes)}</th><th>${esc(
    labels.sha256,
  )}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** record.json is the record's canonical JSON (docs/PACK-FORMAT.md), so its size follows from the record. */
function recordSize(record: CaptureRecord): number | null {
  try {
    return canonicalBytes(record).byteLength;
  } catch {
    return null;
  }
}
