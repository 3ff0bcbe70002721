import { absolute, usernameOf } from './tme-dom';
import { ENTITY_TAGS, SEL } from './tme-selectors';
import type { TelegramEntity, TelegramEntityType } from './types';

/** Text as shown (<br> is a line break) and its entities, offsets in UTF-16 units. */
export function readText(root: Element, pageUrl: string): { text: string; entities: TelegramEntity[] } {
  let text = '';
  const found: (TelegramEntity | null)[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'br') text += '\n';
    // The emoji's <b> is its character, not bold; the custom emoji's animation holds no text.
    if (el.matches(SEL.emoji)) text += el.textContent ?? '';
    if (tag === 'br' || tag === 'script' || tag === 'style' || el.matches(`${SEL.emoji}, ${SEL.emojiAnimation}`))
      return;
    const start = text.length;
    const slot = found.push(null) - 1;
    el.childNodes.forEach(walk);
    const type =
      tag === 'a' ? linkType(el, text.slice(start)) : tag === 'code' && el.closest('pre') ? null : ENTITY_TAGS[tag];
    const url = type === 'text_link' ? (absolute(el.getAttribute('href'), pageUrl) ?? undefined) : undefined;
    if (type && text.length > start)
      found[slot] = { type, offset: start, length: text.length - start, ...(url && { url }) };
  };
  root.childNodes.forEach(walk);
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  const entities = found.flatMap((e) => {
    if (!e) return [];
    const offset = Math.max(0, e.offset - lead);
    const length = Math.min(body.length, e.offset + e.length - lead) - offset;
    return length > 0 ? [{ ...e, offset, length }] : [];
  });
  return { text: body, entities: entities.sort((a, b) => a.offset - b.offset) };
}

/**
 * Links: hashtags search the channel (?q=%23…), a link with a hidden address asks "Open this link?" (RSSHUB),
 * mentions are t.me links (TCHAN, and the t.me/s/mchs_bryansk copy in syndexmx tgsiren).
 */
function linkType(a: Element, content: string): TelegramEntityType | null {
  const href = a.getAttribute('href') ?? '';
  if (/^\?q=%23/i.test(href) && content.startsWith('#')) return 'hashtag';
  if (/^\?q=%24/i.test(href) && content.startsWith('$')) return 'cashtag';
  if (/^mailto:/i.test(href)) return 'email';
  if (/^tel:/i.test(href)) return 'phone_number';
  const user = usernameOf(href);
  if (user && content.toLowerCase() === `@${user.toLowerCase()}`) return 'mention';
  const bare = (s: string): string => s.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  if (!a.hasAttribute('onclick') && bare(content) === bare(href)) return 'url';
  return href ? 'text_link' : null;
}
