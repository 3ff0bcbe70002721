import { RESERVED, SEL, USERNAME } from './tme-selectors';

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
