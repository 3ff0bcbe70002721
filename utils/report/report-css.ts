/**
 * The report's only style sheet, inline: sober, black on white, A4. Each
 * capture and each annex starts a page; a screenshot is never taller than a
 * page, so it is never cut. Margin boxes (Chrome 131+) put the title and page
 * numbers in the footer; browsers without them print without.
 */
export function reportCss({ footer }: { footer: string }): string {
  return `
@page {
  size: A4;
  margin: 16mm 16mm 18mm;
  @bottom-left { content: ${cssString(footer)}; font: 7.5pt ${SANS}; color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt ${SANS}; color: #555; }
}
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font: 10pt/1.45 ${SANS}; color: #111; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { max-width: 182mm; margin: 0 auto; padding: 10mm 6mm 16mm; }
h1 { font-size: 22pt; font-weight: 700; margin: 1mm 0 4mm; letter-spacing: -0.01em; }
h2 { font-size: 14pt; font-weight: 700; margin: 8mm 0 3mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #111; }
h3 { font-size: 10.5pt; font-weight: 700; margin: 6mm 0 1.5mm; padding-bottom: 1mm; border-bottom: 0.5pt solid #999; break-after: avoid; }
p { margin: 0 0 2.5mm; }
a { color: #0a3a7a; }
code, pre, .mono { font-family: ${MONO}; font-size: 0.92em; }
.kicker { margin: 0; font-size: 8pt; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; color: #555; }
.lede { font-size: 10.5pt; max-width: 160mm; }
.signer-caution { margin: 0 0 3mm; padding: 2mm 3.5mm; border-left: 4pt solid #4a4a4a; max-width: 160mm; }
.confidential { margin: 4mm 0; padding: 2.5mm 3.5mm; border: 1pt solid #7a1f1f; border-left-width: 4pt; color: #5c1515; font-weight: 700; }
.sub { color: #555; font-size: 0.9em; }
.missing { color: #666; font-style: italic; }
.url, code.id { overflow-wrap: anywhere; word-break: break-all; }
code.hash { font-size: 8.5pt; }
.fingerprint { font-size: 10.5pt; font-weight: 700; word-spacing: 0.25em; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding-left: 3mm; border-left: 2pt solid #bbb; }
ul, ol { margin: 0; padding-left: 5mm; }
q { quotes: "“" "”"; }

table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; }
table.facts th { width: 30%; padding: 1.3mm 4mm 1.3mm 0; font-weight: 700; color: #222; }
table.facts td { padding: 1.3mm 0; overflow-wrap: anywhere; }
table.facts tr { border-bottom: 0.5pt solid #d4d4d4; }
table.files, table.events { font-size: 8.5pt; }
table.files th, table.events th { padding: 1.2mm 1.5mm; background: #eee; border-bottom: 1pt solid #111; font-weight: 700; }
table.files td, table.events td { padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid #ccc; }
table.files tr, table.events tr { break-inside: avoid; }
table.files .path { width: 30%; overflow-wrap: anywhere; }
table.files code.hash { font-size: 7.5pt; }
table.files .num .sub { display: block; }
.num { text-align: right; white-space: nowrap; }
table.events code, table.events code.hash { font-size: 7pt; }
table.events code.id { word-break: normal; overflow-wrap: normal; }
/* The hashes take the width of their halves; the capture id gets the rest. */
table.events td:nth-child(5), table.events td:nth-child(6) { width: 1%; }
table.events tr.export td { font-weight: 700; background: #f4f4f4; }
table.events tr.gap td { padding: 1.5mm; text-align: center; font-style: italic; color: #444; background: #fafafa; }

.cover h2:first-of-type { margin-top: 6mm; }
.contents li { margin: 0.8mm 0; }
.capture, .annex { break-before: page; }
.capture-head h2 { margin-top: 1mm; border-bottom: none; padding-bottom: 0; font-size: 15pt; overflow-wrap: anywhere; }
.capture-id { font-size: 8.5pt; color: #444; padding-bottom: 2mm; border-bottom: 1.5pt solid #111; }
.shot { margin: 4mm 0 2mm; break-inside: avoid; }
.shot .frame { width: fit-content; max-width: 100%; margin: 0 auto; overflow: hidden; border: 0.5pt solid #888; background: #f4f4f4; }
.shot img { display: block; max-width: 100%; height: auto; max-height: 150mm; width: auto; }
.shot.blurred img { filter: blur(22px); }
.shot figcaption { margin-top: 1.5mm; font-size: 8.5pt; color: #444; text-align: center; }
.shot.blurred strong { color: #5c1515; }
.no-shot { margin: 4mm 0; padding: 3mm; border: 0.5pt dashed #999; color: #444; text-align: center; }
.notes li { margin: 0.8mm 0; }
.steps > li { margin: 0 0 4mm; }
pre { margin: 1mm 0 1.5mm; padding: 2mm 3mm; white-space: pre-wrap; word-break: break-all; background: #f2f2f2; border: 0.5pt solid #bbb; font-size: 8.5pt; }

@media screen {
  html { background: #e8e8e8; }
  body { max-width: 210mm; background: #fff; margin: 8mm auto; padding: 14mm 16mm; box-shadow: 0 0 0 0.5pt #bbb; }
  .capture, .annex { margin-top: 14mm; padding-top: 8mm; border-top: 3pt double #999; }
  .shot img { max-height: 80vh; }
}
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;
}

const SANS =
  '"Liberation Sans", "DejaVu Sans", Arial, "Segoe UI", "Noto Sans", sans-serif, "Segoe UI Emoji", "Apple Color Emoji", "Noto Color Emoji"';
const MONO = '"DejaVu Sans Mono", "Liberation Mono", Consolas, "Noto Sans Mono", monospace';

/** A CSS string that no value can close: everything but plain characters as a hex escape. */
function cssString(value: string): string {
  return `"${value.replace(/[^\w .:·-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
