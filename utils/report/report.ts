import type { CustodyEvent } from '../custody';
import { captureAnchor, captureTitle, renderCapture } from './report-capture';
import { reportCss } from './report-css';
import {
  captured,
  createReportFormat,
  esc,
  factRow,
  factTable,
  fill,
  fingerprintHtml,
  hashHtml,
  mono,
  type Html,
  type ReportContext,
} from '../html/report-format';
import { reportLocale } from '../html/report-format';
import { reportLabels } from './report-labels';
import type { PackManifest } from '../pack/types';
import { handOverEvents, verifySteps } from './verify-instructions';

/**
 * report.html (docs/PACK-FORMAT.md): the pack for people. One self-contained
 * page, no script, no external resource (a Content-Security-Policy says so to
 * the browser as well), that prints to A4 with each capture on pages of its
 * own. Every value from a captured page is escaped; see report-format.ts.
 */
export interface ReportInput {
  manifest: Omit<PackManifest, 'files'>;
  custodyEvents: CustodyEvent[];
  /** The post screenshot of each capture, by capture id, inlined as a data: URI. */
  images: Map<string, { mime: string; base64: string }>;
  /** Blur the screenshots (CSS only: the pack's files stay as captured). */
  blurImages: boolean;
  /** The ZIP's file name, for the unzip command; by default the name docs/PACK-FORMAT.md gives. */
  zipName?: string;
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderReport(input: ReportInput): string {
  const { manifest } = input;
  const locale = reportLocale(manifest.language);
  const ctx: ReportContext = { locale, labels: reportLabels(locale), fmt: createReportFormat(locale) };
  const { labels } = ctx;
  const total = manifest.captures.length;
  const captures = manifest.captures.map((capture, index) =>
    renderCapture(
      { capture, number: index + 1, total, image: input.images.get(capture.id), blur: input.blurImages },
      ctx,
    ),
  );
  const footer = `${labels.brand} · ${labels.documentTitle} · ${manifest.createdAt}`;
  return `<!doctype html>
<html lang="${esc(ctx.fmt.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${labels.brand} · ${labels.documentTitle} · ${manifest.createdAt.slice(0, 10)}`)}</title>
<style>${reportCss({ footer })}</style>
</head>
<body>
${summary(input, ctx)}
${captures.join('\n')}
${custodyAnnex(input, ctx)}
${verifySection(input, ctx)}
</body>
</html>
`;
}

function summary({ manifest, custodyEvents, blurImages }: ReportInput, ctx: ReportContext): Html {
  const { labels, fmt } = ctx;
  const { exporter, selection } = manifest;
  const selected =
    'all' in selection
      ? esc(labels.selectionAll)
      : 'captureIds' in selection
        ? fmt.plural(labels.selectionIds, selection.captureIds.length)
        : fill(labels.selectionCase, { case: captured(selection.caseId) });
  // The install id comes after the key, and says it proves nothing: anyone can copy it into a pack (issue 14).
  const rows = [
    factRow(labels.exportedAt, `${esc(fmt.dateTime(manifest.createdAt))}<br>${mono(manifest.createdAt)}`),
    factRow(labels.captureCount, esc(fmt.number(manifest.captures.length))),
    factRow(labels.selection, selected),
    factRow(
      labels.keyFingerprint,
      `${fingerprintHtml(exporter.keyFingerprint)}<br><span class="sub">${esc(labels.keyFingerprintNote)}</span>`,
    ),
    ...earlierKeys(custodyEvents, ctx),
    factRow(labels.keyAlgorithm, esc(exporter.keyAlgorithm)),
    factRow(labels.exportedBy, mono(exporter.installId)),
    factRow(labels.packFormat, mono(manifest.format)),
    factRow(labels.madeWith, esc(`${manifest.tool.name} ${manifest.tool.version}`)),
    factRow(labels.custodyEvents, esc(fmt.number(custodyEvents.length))),
    factRow(labels.custodyHead, hashHtml(manifest.custody.headHash)),
    factRow(labels.images, esc(blurImages ? labels.imagesBlurred : labels.imagesShown)),
  ];
  const contents = manifest.captures.map((capture, index) => {
    return `<li><a href="#${captureAnchor(index + 1)}">${captureTitle(capture.record, ctx)}</a> <span class="sub">${mono(
      capture.record.capturedAt,
    )}</span></li>`;
  });
  return `<header class="cover">
<p class="kicker">${esc(labels.brand)}</p>
<h1>${esc(labels.documentTitle)}</h1>
<p class="lede">${esc(labels.intro)}</p>
<p class="confidential">${esc(labels.confidential)}</p>
<h2>${esc(labels.summaryHeading)}</h2>
<p class="signer-caution">${esc(labels.signerCaution)}</p>
${factTable(rows)}
<h2>${esc(labels.contentsHeading)}</h2>
<ol class="contents">${contents.join('')}</ol>
</header>`;
}

/** The keys the pack's key replaced, each with when it handed over: a row only for a pack that holds hand-overs. */
function earlierKeys(custodyEvents: readonly CustodyEvent[], { labels, fmt }: ReportContext): Html[] {
  const handOvers = handOverEvents(custodyEvents);
  if (handOvers.length === 0) return [];
  const items = handOvers.map(({ seq, at, details }) => {
    const when = fill(labels.earlierKeyHandedOver, { date: `${esc(fmt.dateTime(at))} (${mono(at)})`, seq: esc(seq) });
    return `<li>${fingerprintHtml(details.from)}<br><span class="sub">${when}</span></li>`;
  });
  return [
    factRow(
      labels.earlierKeys,
      `<ol class="earlier-keys">${items.join('')}</ol><span class="sub">${esc(labels.earlierKeysNote)}</span>`,
    ),
  ];
}

function custodyAnnex({ manifest, custodyEvents }: ReportInput, ctx: ReportContext): Html {
  const { labels, fmt } = ctx;
  const numbers = new Map(manifest.captures.map((capture, index) => [capture.id, index + 1]));
  const gapRow = (from: number, to: number) => {
    const range = from === to ? esc(from) : `${esc(from)}–${esc(to)}`;
    return `<tr class="gap"><td colspan="6">${fmt.plural(labels.gap, to - from + 1, { range })}</td></tr>`;
  };
  const rows: Html[] = [];
  let previous = 0;
  for (const event of custodyEvents) {
    if (event.seq > previous + 1) rows.push(gapRow(previous + 1, event.seq - 1));
    previous = event.seq;
    const number = event.captureId === null ? undefined : numbers.get(event.captureId);
    const capture =
      event.captureId === null
        ? '—'
        : `${number ? `<a href="#${captureAnchor(number)}">${fill(labels.captureRef, { n: esc(number) })}</a><br>` : ''}<code class="id">${event.captureId.split('-').map(esc).join('-<wbr>')}</code>`;
    const type = (labels.eventTypes as Record<string, string>)[event.type] ?? event.type;
    rows.push(`<tr${event.type === 'exported' ? ' class="export"' : ''}>
<td class="num">${esc(event.seq)}</td><td>${esc(type)}</td><td>${isoHtml(event.at)}</td><td>${capture}</td>
<td>${hashHtml(event.payloadSha256)}</td><td>${hashHtml(event.hash)}</td></tr>`);
  }
  return `<section class="annex custody">
<h2>${esc(labels.custodyHeading)}</h2>
<p>${esc(labels.custodyIntro)}</p>
<table class="events"><thead><tr><th class="num">${esc(labels.seq)}</th><th>${esc(labels.type)}</th><th>${esc(
    labels.timeUtc,
  )}</th><th>${esc(labels.capture)}</th><th>${esc(labels.payloadHash)}</th><th>${esc(labels.eventHash)}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}

function verifySection({ manifest, zipName }: ReportInput, ctx: ReportContext): Html {
  const { labels } = ctx;
  const name = zipName ?? defaultZipName(manifest);
  const steps = verifySteps(name).map((step) => {
    const expected = step.expected
      ? mono(step.expected)
      : step.id === 'sums'
        ? esc(labels.expectedLines)
        : step.id === 'fingerprint'
          ? esc(labels.expectedFingerprint)
          : '';
    return `<li><pre>${esc(step.command)}</pre><p>${esc(labels.verifyProves[step.id])}${
      expected ? `<br><span class="sub">${esc(labels.expectedOutput)}:</span> ${expected}` : ''
    }</p></li>`;
  });
  return `<section class="annex verify">
<h2>${esc(labels.verifyHeading)}</h2>
<p>${esc(labels.verifyIntro)}</p>
<ol class="steps">${steps.join('\n')}</ol>
<p>${esc(labels.verifyMore)}</p>
<p class="sub">${fill(labels.footer, {
    version: esc(manifest.tool.version),
    date: esc(ctx.fmt.dateTime(manifest.createdAt)),
  })}</p>
</section>`;
}

/** An ISO instant that may wrap after its date, not inside a number. */
function isoHtml(iso: string): Html {
  const at = iso.indexOf('T');
  return at < 0 ? mono(iso) : `<code>${esc(iso.slice(0, at + 1))}<wbr>${esc(iso.slice(at + 1))}</code>`;
}

/** `dokaz-<case or "all">-<YYYY-MM-DD>.zip`, as docs/PACK-FORMAT.md names a pack. */
function defaultZipName(manifest: Omit<PackManifest, 'files'>): string {
  const scope = 'caseId' in manifest.selection ? manifest.selection.caseId : 'all';
  return `dokaz-${scope}-${manifest.createdAt.slice(0, 10)}.zip`;
}
