import type { PluralLabel, ReportLabels } from './report-labels';

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

// dateStyle cannot be combined with hour and minute, so the full date is spelled out.
const FULL_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };

export interface ReportFormat {
  /** The canonical BCP 47 tag the report is written in ("en" when the manifest's is not one). */
  locale: string;
  number(value: number): string;
  /** A full date and time, with the zone named; `day` precision gives the date alone. */
  dateTime(iso: string, options?: { timeZone?: string; precision?: 'second' | 'minute' | 'day' | null }): string;
  /** "1.4 MB" in the language's words. */
  bytes(size: number): string;
  plural(label: PluralLabel, count: number, values?: Record<string, Html>): Html;
}

export function createReportFormat(language: string): ReportFormat {
  const locale = canonicalLocale(language);
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  return {
    locale,
    number: (value) => numbers.format(value),
    dateTime(iso, { timeZone = 'UTC', precision = 'second' } = {}) {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      const style: Intl.DateTimeFormatOptions =
        precision === 'day'
          ? { dateStyle: 'full' }
          : precision === 'minute'
            ? { ...FULL_DATE, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }
            : { dateStyle: 'full', timeStyle: 'long' };
      try {
        return new Intl.DateTimeFormat(locale, { ...style, timeZone }).format(date);
      } catch {
        // An unknown time zone name in an old record: UTC, which is always right.
        return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(date);
      }
    },
    bytes(size) {
      if (!Number.isFinite(size) || size < 0) return '—';
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
      const step = Math.min(units.length - 1, size < 1 ? 0 : Math.floor(Math.log10(size) / 3));
      const value = size / 1000 ** step;
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[step],
        unitDisplay: step === 0 ? 'long' : 'short',
        maximumFractionDigits: value < 10 ? 1 : 0,
      }).format(value);
    },
    plural(label, count, values = {}) {
      const template = label[plurals.select(count)] ?? label.other;
      return fill(template, { n: esc(numbers.format(count)), ...values });
    },
  };
}

function canonicalLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** What every part of the report renders with. */
export interface ReportContext {
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
