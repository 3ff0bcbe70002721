import type { TelegramEntity, TelegramEntityType } from './types';

/**
 * A message's text and its entities, read back from the elements telegram-tt
 * renders them as (src/components/common/helpers/renderTextWithEntities.tsx):
 * each entity is an element, most with data-entity-type set to the API's type
 * name (src/api/types/messages.ts ApiMessageEntityTypes). Offsets count UTF-16
 * code units, as Telegram's do. Emoji drawn as images count as their alt text,
 * and <br> as a line break (renderText's 'emoji' and 'br' filters).
 */

const BY_DATA_TYPE: Record<string, TelegramEntityType> = {
  MessageEntityBold: 'bold',
  MessageEntityItalic: 'italic',
  MessageEntityUnderline: 'underline',
  MessageEntityStrike: 'strikethrough',
  MessageEntitySpoiler: 'spoiler',
  MessageEntityCode: 'code',
  MessageEntityPre: 'pre',
  MessageEntityBlockquote: 'blockquote',
  MessageEntityMention: 'mention',
  MessageEntityMentionName: 'mention_name',
  MessageEntityHashtag: 'hashtag',
  MessageEntityCashtag: 'cashtag',
  MessageEntityBotCommand: 'bot_command',
  MessageEntityEmail: 'email',
  MessageEntityPhone: 'phone_number',
  MessageEntityTextUrl: 'text_link',
  MessageEntityCustomEmoji: 'custom_emoji',
};

const BY_TAG: Record<string, TelegramEntityType> = {
  STRONG: 'bold',
  B: 'bold',
  EM: 'italic',
  I: 'italic',
  INS: 'underline',
  U: 'underline',
  DEL: 'strikethrough',
  S: 'strikethrough',
  CODE: 'code',
  PRE: 'pre',
  BLOCKQUOTE: 'blockquote',
};

/** The selectors this reads, kept with the others at the top of web-a.ts. */
export interface TextSelectors {
  /** Elements inside the text that are not text: the time, the reactions. */
  skip: string;
  spoiler: string;
  customEmoji: string;
}

export interface ReadText {
  text: string;
  entities: TelegramEntity[];
}

/** The text under root, leaving out the elements that are not text. */
export function readText(root: Element, sel: TextSelectors): ReadText {
  const out: ReadText = { text: '', entities: [] };
  walk(root, sel, out);
  return out;
}

function walk(node: Node, sel: TextSelectors, out: ReadText): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) {
      const data = child.nodeValue ?? '';
      // Whitespace with a line break is the page source's indentation: telegram-tt renders breaks as <br>.
      if (!(data.includes('\n') && data.trim() === '')) out.text += data;
      continue;
    }
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const el = child as Element;
    if (sel.skip && el.matches(sel.skip)) continue;
    if (el.tagName === 'BR') {
      out.text += '\n';
      continue;
    }
    if (el.tagName === 'IMG') {
      out.text += el.getAttribute('alt') ?? '';
      continue;
    }
    const entity = entityOf(el, sel);
    const start = out.text.length;
    const slot = entity ? out.entities.push({ type: entity.type, offset: start, length: 0 }) - 1 : -1;
    if (entity?.type === 'custom_emoji') {
      out.text += el.getAttribute('data-alt') ?? el.querySelector('img')?.getAttribute('alt') ?? el.textContent ?? '';
    } else {
      walk(el, sel, out);
    }
    if (slot < 0) continue;
    const length = out.text.length - start;
    if (length === 0) out.entities.splice(slot, 1);
    else out.entities[slot] = { ...out.entities[slot]!, length, ...(entity?.url ? { url: entity.url } : {}) };
  }
}

function entityOf(el: Element, sel: TextSelectors): { type: TelegramEntityType; url?: string } | null {
  if (el.matches(sel.customEmoji)) return { type: 'custom_emoji' };
  if (el.matches(sel.spoiler)) return { type: 'spoiler' };
  if (el.tagName === 'A') return linkEntity(el);
  const byData = BY_DATA_TYPE[el.getAttribute('data-entity-type') ?? ''];
  if (byData) return { type: byData };
  const byTag = BY_TAG[el.tagName];
  // A code block's <code> sits inside its <pre>: one entity, not two.
  if (byTag === 'code' && el.parentElement?.closest('pre')) return null;
  return byTag ? { type: byTag } : null;
}

/**
 * SafeLink.tsx marks a link "MessageEntityUrl" whether the text is the URL
 * itself or a word linking elsewhere (TextUrl): the two differ in whether the
 * text is the address. MentionLink.tsx renders mentions as links without href.
 */
function linkEntity(a: Element): { type: TelegramEntityType; url?: string } | null {
  const dataType = a.getAttribute('data-entity-type') ?? '';
  const href = a.getAttribute('href');
  const text = (a.textContent ?? '').trim();
  if (dataType && dataType !== 'MessageEntityUrl' && dataType !== 'MessageEntityTextUrl') {
    const type = BY_DATA_TYPE[dataType];
    return type ? { type } : null;
  }
  if (!href) {
    if (!a.classList.contains('text-entity-link')) return null;
    const first = text.charAt(0);
    if (first === '@') return { type: 'mention' };
    if (first === '#') return { type: 'hashtag' };
    if (first === '$') return { type: 'cashtag' };
    if (first === '/') return { type: 'bot_command' };
    return { type: 'mention_name' };
  }
  if (/^mailto:/i.test(href)) return { type: 'email' };
  if (/^tel:/i.test(href)) return { type: 'phone_number' };
  return sameAddress(text, href) && dataType !== 'MessageEntityTextUrl'
    ? { type: 'url' }
    : { type: 'text_link', url: href };
}

function sameAddress(text: string, href: string): boolean {
  const bare = (s: string) =>
    s
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return bare(text) === bare(href);
}
