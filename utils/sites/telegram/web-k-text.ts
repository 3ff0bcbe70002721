import type { TelegramEntity, TelegramEntityType } from './types';
import { NOT_TEXT } from './web-k-selectors';

/**
 * A message's text and entities read back from the elements tweb's
 * wrapRichText() made of them (src/lib/richTextProcessor/wrapRichText.ts):
 * offsets and lengths in UTF-16 code units, as Telegram's own.
 */
export interface TextWithEntities {
  text: string;
  entities: TelegramEntity[];
}

const TAG_ENTITIES: Record<string, TelegramEntityType> = {
  STRONG: 'bold',
  B: 'bold',
  EM: 'italic',
  U: 'underline',
  DEL: 'strikethrough',
  S: 'strikethrough',
  BLOCKQUOTE: 'blockquote',
  PRE: 'pre',
};

function withoutSlash(url: string): string {
  return url.replace(/\/$/, '');
}

/** A link entity: 'url' when the text is the address itself, 'text_link' (with its url) when it is other text. */
function linkEntity(anchor: Element, text: string): Pick<TelegramEntity, 'type' | 'url'> | null {
  const href = anchor.getAttribute('href') ?? '';
  if (anchor.classList.contains('mention')) return { type: 'mention' };
  if (anchor.classList.contains('follow')) return { type: 'mention_name' };
  if (anchor.classList.contains('anchor-hashtag')) return { type: text.startsWith('$') ? 'cashtag' : 'hashtag' };
  if (href.startsWith('mailto:')) return { type: 'email' };
  if (href.startsWith('tel:')) return { type: 'phone_number' };
  if (href.startsWith('tg://bot_command')) return { type: 'bot_command' };
  if (!anchor.classList.contains('anchor-url') || !href) return null;
  const shown = withoutSlash(text.trim());
  const same = [href, href.replace(/^https?:\/\//, '')].some((h) => withoutSlash(h) === shown);
  return same ? { type: 'url' } : { type: 'text_link', url: href };
}

function entityOf(element: Element, text: string): Pick<TelegramEntity, 'type' | 'url'> | null {
  if (element.tagName === 'A') return linkEntity(element, text);
  if (element.tagName === 'CODE' && element.classList.contains('monospace-text')) return { type: 'code' };
  if (element.classList.contains('spoiler')) return { type: 'spoiler' };
  const type = TAG_ENTITIES[element.tagName];
  return type ? { type } : null;
}

/** Text and entities of a message's text element, leaving out the time, reactions and quotes inside it. */
export function readText(root: Element): TextWithEntities {
  let text = '';
  const entities: TelegramEntity[] = [];

  const walk = (node: Node): void => {
    if (node.nodeType === node.TEXT_NODE) {
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.matches(NOT_TEXT)) return;
    if (element.tagName === 'BR') {
      text += '\n';
      return;
    }
    // Custom emoji keep their text only in an attribute; emoji images in alt.
    const emoji = element.getAttribute('data-sticker-emoji');
    if (emoji !== null) {
      entities.push({ type: 'custom_emoji', offset: text.length, length: emoji.length });
      text += emoji;
      return;
    }
    if (element.tagName === 'IMG') {
      text += element.classList.contains('emoji') ? (element.getAttribute('alt') ?? '') : '';
      return;
    }
    const start = text.length;
    element.childNodes.forEach(walk);
    const entity = entityOf(element, text.slice(start));
    if (entity && text.length > start) entities.push({ ...entity, offset: start, length: text.length - start });
  };

  root.childNodes.forEach(walk);
  const trimmed = text.replace(/\s+$/, '');
  return {
    text: trimmed,
    entities: entities
      .map((e) => ({ ...e, length: Math.min(e.length, trimmed.length - e.offset) }))
      .filter((e) => e.length > 0)
      .sort((a, b) => a.offset - b.offset || b.length - a.length),
  };
}
