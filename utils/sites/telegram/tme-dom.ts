import { RESERVED, SEL, USERNAME, type PreviewAddress } from './tme-selectors';

/** Small readers of the preview's DOM, shared by the t.me extractor's parts. */
/** Elements of this post only: not the quoted reply, not the link preview. */
export function own(message: Element, selector: string): Element[] {
  return Array.from(message.querySelectorAll(selector)).filter((el) => !el.parentElement?.closest(SEL.foreign));
}

export function ownText(el: Element): string {
  return Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join('');
}

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function isUsername(name: string): boolean {
  return USERNAME.test(name) && !RESERVED.has(name.toLowerCase());
}

export function usernameOf(href: string | null | undefined): string | null {
  const m = /^(?:https?:)?\/\/(?:www\.)?(?:t|telegram)\.me\/([^/?#]+)(?:\/\d+)?\/?(?:[?#].*)?$/i.exec(href ?? '');
  return m && isUsername(m[1]!) ? m[1]! : null;
}

export function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

export function styleUrl(style: string | null | undefined): string | null {
  return /background-image\s*:\s*url\(\s*(['"]?)(.*?)\1\s*\)/i.exec(style ?? '')?.[2] || null;
}

export function px(style: string | null | undefined, prop: string): number | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style ?? '');
  return m ? Math.round(Number(m[1])) : null;
}

export function pct(style: string | null | undefined, prop: string): number | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)%`, 'i').exec(style ?? '');
  return m ? Number(m[1]) : null;
}

/** The channel (and post) a t.me preview address names, or null when it is not a preview. */
export function parsePreviewUrl(url: URL): PreviewAddress | null {
  if (!/^(?:www\.)?(?:t|telegram)\.me$/i.test(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const preview = parts[0] === 's';
  const [channel, id, ...rest] = preview ? parts.slice(1) : parts;
  if (!channel || !isUsername(channel) || rest.length > 0) return null;
  if (id === undefined) return preview ? { channel, messageId: null } : null;
  return /^\d{1,10}$/.test(id) ? { channel, messageId: Number(id) } : null;
}

/** A count as the preview shows it: "48" and "12 345" are exact; "1.2K" is rounded, so null. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}(?:[ \u00a0\u202f]\d{3})*$|^\d+$/.test(t)) return null;
  const n = Number(t.replace(/\D/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
