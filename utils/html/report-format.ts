import { INTL_LOCALES, isLocale, matchLocale, type Locale } from '../i18n/locales';
import { CATALOGS } from '../i18n/catalogs';
import { createFormats } from '../i18n/format';
import type { ReportLabels } from '../i18n/catalog';
import type { PluralMessage as PluralLabel } from '../i18n/plural';

/**
 * The report's building blocks: HTML escaping, the one rule for links, and
 * dates and numbers through Intl in the report's language. Pure string work,
 * so the extension and Node render the same bytes.
 *
 * Everything that came from a captured page is hostile (a chat title can be
 * `<script>…`, a canonical URL can be `javascript:…`): it goes through `esc`,
 * and a URL becomes a link only through `webLink`.
 */
export type Html = string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Controls other than tab and line breaks have no business in a report; shown as U+FFFD they stay noticed.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text (or a number) as HTML text or a double-quoted attribute value. */
export function esc(value: string | number): Html {
  return String(value)
    .replace(CONTROLS, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Captured text, isolated so a right-to-left override in a name cannot reorder the report around it. */
export function captured(value: string): Html {
  return `<bdi>${esc(value)}</bdi>`;
}

/**
 * The rule for captured URLs: only an http(s) URL becomes a link, an `<a>` with
 * the parsed (percent-encoded) address and rel="noreferrer"; the text shows the
 * URL as captured. Anything else (javascript:, data:, blob:, garbage) is text.
 * Captured URLs are never a `src`: the report fetches nothing.
 */
export function webLink(url: string): Html {
  const href = webHref(url);
  const text = `<bdi class="url">${esc(url)}</bdi>`;
  return href ? `<a href="${esc(href)}" rel="noreferrer noopener">${text}</a>` : text;
}

export function webHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const IMAGE_MIMES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A data: URI of a raster image, or null: no SVG (it can hold script), nothing that is not base64. */
export function imageDataUri(image: { mime: string; base64: string } | undefined): string | null {
  if (!image || !IMAGE_MIMES.has(image.mime) || !BASE64.test(image.base64) || !image.base64) return null;
  return `data:${image.mime};base64,${image.base64}`;
}

/** Fills `{name}` placeholders of a label with HTML the caller already escaped. */
export function fill(label: string, values: Record<string, Html> = {}): Html {
  return esc(label).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "3f2a 9c01 …": a fingerprint in blocks of four hex digits, to read aloud, eight blocks a line. */
export function fingerprintHtml(hex: string): Html {
  const blocks = (hex.match(/.{1,4}/g) ?? []).map(esc);
  return `<code class="fingerprint">${blocks.slice(0, 8).join(' ')}<br>${blocks.slice(8).join(' ')}</code>`;
}

/** A SHA-256, monospace, that wraps (if it must) into two halves rather than anywhere. */
export function hashHtml(hex: string): Html {
  return `<code class="hash">${esc(hex.slice(0, 32))}<wbr>${esc(hex.slice(32))}</code>`;
}

/** The first `max` characters of a text, not splitting a surrogate pair. */
export function excerpt(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return { text: text.slice(0, end), cut: true };
}

export interface ReportFormat {
  /** The BCP 47 tag the report is written in, for Intl and `<html lang>`. */
  locale: string;
  number(value: number): string;
  /** A full date and time, with the zone named; `day` precision gives the date alone. */
  dateTime(iso: string, options?: { timeZone?: string; precision?: 'second' | 'minute' | 'day' | null }): string;
  /** "1.4 MB" in the language's words. */
  bytes(size: number): string;
  plural(label: PluralLabel, count: number, values?: Record<string, Html>): Html;
}

/** The locale of a manifest's `language`: one of Dokaz's, or the nearest (English for an unknown tag). */
export function reportLocale(language: string): Locale {
  return isLocale(language) ? language : matchLocale([language]);
}

export function createReportFormat(language: Locale): ReportFormat {
  const locale = INTL_LOCALES[language];
  const formats = createFormats(language, CATALOGS[language].formats);
  const plurals = new Intl.PluralRules(locale);
  return {
    locale,
    number: formats.number,
    dateTime: (iso, { timeZone = 'UTC', precision = 'second' } = {}) =>
      formats.dateTime(iso, {
        timeZone,
        style: precision === 'day' ? 'day' : precision === 'minute' ? 'minute' : 'long',
      }),
    bytes: formats.bytes,
    plural(label, count, values = {}) {
      const template = label[plurals.select(count)] ?? label.other;
      return fill(template, { n: esc(formats.number(count)), ...values });
    },
  };
}

/** What every part of the report renders with. */
export interface ReportContext {
  /** The report's language: captured notes are shown in it (utils/i18n/notes.ts). */
  locale: Locale;
  labels: ReportLabels;
  fmt: ReportFormat;
}

/** One labelled fact of a facts table. */
export function factRow(label: string, value: Html): Html {
  return `<tr><th scope="row">${esc(label)}</th><td>${value}</td></tr>`;
}

export function factTable(rows: Html[]): Html {
  return `<table class="facts"><tbody>${rows.join('')}</tbody></table>`;
}

export function missing(text: string): Html {
  return `<span class="missing">${esc(text)}</span>`;
}

export function mono(text: string | number): Html {
  return `<code>${esc(text)}</code>`;
}

export const TEXT_EXCERPT_CHARS = 2000;

function text(value: string): Html {
  return `<div class="text">${captured(value)}</div>`;
}

/** A post's text, cut at TEXT_EXCERPT_CHARS with a note where the whole text is. */
export function textExcerpt(value: string, ctx: ReportContext, recordPath: string): Html {
  if (!value.trim()) return missing(ctx.labels.none);
  const { text: shown, cut } = excerpt(value, TEXT_EXCERPT_CHARS);
  const note = cut
    ? `<p class="sub">${fill(ctx.labels.textCut, {
        shown: esc(ctx.fmt.number(shown.length)),
        total: esc(ctx.fmt.number(value.length)),
        path: mono(recordPath),
      })}</p>`
    : '';
  return text(shown) + note;
}
