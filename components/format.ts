/** Formatting shared by the components: pure, locale-aware, no browser API beyond Intl. */

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "1.4 MB": decimal units, as file managers show them. */
export function formatBytes(size: number): string {
  if (!Number.isFinite(size) || size < 0) return '—';
  let value = size;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return size === 1 ? '1 byte' : `${size} bytes`;
  return `${value.toLocaleString(undefined, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${UNITS[unit]}`;
}

/** "1,400,233 bytes": the exact number, which is what a hash is checked against. */
export function formatExactBytes(size: number): string {
  return size === 1 ? '1 byte' : `${size.toLocaleString()} bytes`;
}

/** A readable date and time in the reader's time zone, or in `timeZone` if given and known. */
export function formatDateTime(iso: string, options: { timeZone?: string; long?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const style: Intl.DateTimeFormatOptions = options.long
    ? { dateStyle: 'full', timeStyle: 'long' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(undefined, { ...style, timeZone: options.timeZone }).format(date);
  } catch {
    // An unknown time zone name in an old record: fall back to the reader's own.
    return new Intl.DateTimeFormat(undefined, style).format(date);
  }
}

/** "3f2a9c…e81b": enough of a hash to tell events apart; the full one goes in a title. */
export function shortHash(hash: string, head = 8, tail = 4): string {
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Only http(s) addresses become links: a hostile page can put `javascript:` in its canonical URL. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
