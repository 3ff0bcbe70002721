import { noteInEnglish, type Note } from '@/utils/notes/note';
import { afterAll, describe, expect, it } from 'vitest';
import { UnknownLayoutError } from '@/utils/sites/site';
import type { TelegramMessagePost } from '@/utils/sites/telegram/types';
import { telegramWebK } from '@/utils/sites/telegram/web-k';
import { exactCount } from '@/utils/sites/telegram/web-k-chat';
import { fullDateToIso, parseWebKFullDate, readDate } from '@/utils/sites/telegram/web-k-dates';
import {
  isChannelMid,
  parseWebKHash,
  serverMessageId,
  WEB_K_MESSAGE_ID_OFFSET,
  webKPeerToBotApi,
} from '@/utils/sites/telegram/web-k-ids';
import { parseDuration } from '@/utils/sites/telegram/common';
import { readText } from '@/utils/sites/telegram/web-k-text';
import { readTelegramFixture } from '../../../telegram-fixtures';
import { describeFixtureCases, loadIntoDocument, onlyElement } from './fixture-cases';

const originalTimeZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTimeZone;
});

function load(page: string, url: string): void {
  loadIntoDocument(readTelegramFixture('web-k', page).html, url);
}

const only = onlyElement;
const fixture = (page: string) => readTelegramFixture('web-k', page);

describeFixtureCases('web-k', telegramWebK);

describe('telegramWebK outside posts', () => {
  it('matches Web K only', () => {
    expect(telegramWebK.matches(new URL('https://web.telegram.org/k/#@durov'))).toBe(true);
    expect(telegramWebK.matches(new URL('https://web.telegram.org/k/?fixture=x#-1'))).toBe(true);
    expect(telegramWebK.matches(new URL('https://web.telegram.org/a/#-100'))).toBe(false);
    expect(telegramWebK.matches(new URL('https://t.me/durov/1'))).toBe(false);
  });

  it('returns null for a date separator and for the page around the chat', () => {
    const { url, now } = fixture('supergroup');
    load('supergroup', url);
    const separator = document.querySelector('.bubble.is-date:not(.is-fake) .service-msg')!;
    expect(telegramWebK.extract(separator, url, new Date(now))).toBeNull();
    expect(telegramWebK.extract(document.body, url, new Date(now))).toBeNull();
  });

  it('refuses a bubble without its ids', () => {
    const { url, now } = fixture('supergroup');
    load('supergroup', url);
    const bubble = only('#sg-text');
    bubble.removeAttribute('data-mid');
    expect(() => telegramWebK.extract(bubble.querySelector('.message')!, url, new Date(now))).toThrow(
      UnknownLayoutError,
    );
  });

  it('reads the title date in the page\u2019s time zone', () => {
    const { url, now } = fixture('basic-group');
    process.env.TZ = 'America/New_York';
    load('basic-group', url);
    const found = telegramWebK.extract(only('#bg-title .message'), url, new Date(now));
    expect((found?.post as TelegramMessagePost).date.iso).toBe('2026-11-19T00:05:10.000Z');
  });
});

describe('Web K names', () => {
  function textMessage(): TelegramMessagePost {
    const { url, now } = fixture('supergroup');
    const found = telegramWebK.extract(only('#sg-text .message'), url, new Date(now));
    if (found?.post.kind !== 'message') throw new Error('no message');
    return found.post;
  }

  it('never takes a via-bot\'s "@name" or a saved-from peer for the sender', () => {
    const { url, html, timeZone } = fixture('supergroup');
    process.env.TZ = timeZone;
    loadIntoDocument(html, url);
    const sender = textMessage().sender;
    const name = only('#sg-text .name');
    // bubbles.ts renderMessage(): the first line of a forward of a forward, then a via-bot after the name.
    name.insertAdjacentHTML(
      'afterbegin',
      '<div class="name-first-line"><span class="peer-title" data-peer-id="0">Сачувано од</span></div>',
    );
    name.insertAdjacentHTML(
      'beforeend',
      '<span class="is-via">via <span class="peer-title" data-peer-id="777">@helper_bot</span></span>',
    );
    expect(textMessage().sender).toEqual(sender);
  });
});

describe("Web K: the chat's username", () => {
  function postAt(url: string): TelegramMessagePost {
    const { now } = fixture('supergroup');
    const found = telegramWebK.extract(only('#sg-text .message'), url, new Date(now));
    if (found?.post.kind !== 'message') throw new Error('no message');
    return found.post;
  }
  const start = () => {
    const { url, html, timeZone } = fixture('supergroup');
    process.env.TZ = timeZone;
    loadIntoDocument(html, url);
    return url;
  };

  it('is read from the address Web K writes for the open chat', () => {
    start();
    expect(postAt('https://web.telegram.org/k/#@gradsko_vece')).toMatchObject({
      chat: { username: 'gradsko_vece', usernameSource: 'address #@username' },
      permalink: 'https://t.me/gradsko_vece/1201',
    });
  });

  it("is never read from the profile panel, whose rows a chat's admins can make look like a link", () => {
    start();
    // The Link row, and a location row (free text the admins write) before it, both plain "t.me/…" text.
    only('#column-right .row-clickable .row-title').textContent = 't.me/gradsko_vece';
    only('#column-right .sidebar-left-section-content').insertAdjacentHTML(
      'afterbegin',
      '<div class="row row-with-icon row-with-padding row-clickable"><div class="row-title" dir="auto">t.me/innocent_person</div>' +
        '<div class="row-subtitle" dir="auto">Location</div><span class="tgico row-icon"></span></div>',
    );
    const post = postAt('https://web.telegram.org/k/');
    expect(post).toMatchObject({
      chat: { username: null, usernameSource: null },
      permalink: 'https://t.me/c/1987654321/1201',
    });
    expect(post.warnings).toContain('The page address does not show whether this chat has a public username.');
  });
});

describe('Web K albums', () => {
  it('records the album under its first id, each item under its own, and no id it cannot read', () => {
    const { url, html, now, timeZone } = fixture('supergroup');
    process.env.TZ = timeZone;
    loadIntoDocument(html, url);
    const items = document.querySelectorAll('#sg-album .album-item');
    const read = () => {
      const found = telegramWebK.extract(items[2]!.querySelector('img')!, url, new Date(now));
      if (found?.post.kind !== 'message') throw new Error('no message');
      return found.post;
    };
    expect(read()).toMatchObject({ messageId: 1204 });
    expect(read().media.map((m) => m.messageId)).toEqual([1204, 1205, 1206]);
    // One still being sent (a local id) and one whose id the page lost.
    items[1]!.setAttribute('data-mid', '4294968501.0001');
    items[2]!.removeAttribute('data-mid');
    const post = read();
    expect(post.messageId).toBe(1204);
    expect(post.media.map((m) => m.messageId)).toEqual([1204, null, null]);
    expect(post.warnings).toEqual(
      expect.arrayContaining([
        'Item 2 of the album carries no message id.',
        'Item 3 of the album carries no message id.',
      ]),
    );
  });
});

describe('Web K ids', () => {
  it('turns a channel/supergroup mid (2^32 + id) into the server id', () => {
    expect(serverMessageId(WEB_K_MESSAGE_ID_OFFSET + 1201)).toBe(1201);
    expect(serverMessageId(4294968497)).toBe(1201);
    expect(isChannelMid(4294968497)).toBe(true);
  });

  it('keeps a basic group or private chat mid as it is', () => {
    expect(serverMessageId(310)).toBe(310);
    expect(isChannelMid(310)).toBe(false);
  });

  it('has no server id for unsent, local, sponsored or ephemeral messages', () => {
    expect(serverMessageId(4294968497.0001)).toBeNull();
    expect(serverMessageId(0)).toBeNull();
    expect(serverMessageId(-3)).toBeNull();
    expect(serverMessageId(WEB_K_MESSAGE_ID_OFFSET)).toBeNull();
    expect(serverMessageId(2 * WEB_K_MESSAGE_ID_OFFSET + 5)).toBeNull();
  });

  it('turns Web K peer ids into Bot API ones', () => {
    expect(webKPeerToBotApi(-1987654321, 'channel')).toBe(-1001987654321);
    expect(webKPeerToBotApi(-4012345678, 'chat')).toBe(-4012345678);
    expect(webKPeerToBotApi(5551234567, 'channel')).toBe(5551234567);
  });

  it('reads the chat from the URL hash', () => {
    expect(parseWebKHash('https://web.telegram.org/k/#@novisad_vesti')).toEqual({ username: 'novisad_vesti' });
    expect(parseWebKHash('https://web.telegram.org/k/?fixture=a#-1987654321')).toEqual({ peerId: -1987654321 });
    expect(parseWebKHash('https://web.telegram.org/k/#5551234567')).toEqual({ peerId: 5551234567 });
    expect(parseWebKHash('https://web.telegram.org/k/#/im?p=@durov')).toEqual({ username: 'durov' });
    expect(parseWebKHash('https://web.telegram.org/k/#/im?p=-123')).toEqual({ peerId: -123 });
    expect(parseWebKHash('https://web.telegram.org/k/')).toBeNull();
    expect(parseWebKHash('https://web.telegram.org/k/#@ab')).toBeNull();
    expect(parseWebKHash('not a url')).toBeNull();
  });
});

describe('Web K dates', () => {
  const now = new Date('2026-11-23T12:00:00.000Z'); // a Monday

  /** A bubble showing 14:05, without a timestamp, in a date group with this label. */
  function bubbleIn(label: string): Element {
    document.body.innerHTML = `<section class="bubbles-date-group"><div class="bubble service is-date"><div class="bubble-content"><div class="service-msg">${label}</div></div></div><div class="bubbles-group"><div class="bubble" data-mid="5"><span class="time"><span>14:05</span><div class="time-inner">14:05</div></span></div></div></section>`;
    return document.querySelector('.bubble[data-mid]')!;
  }

  const groups: [string, string, string][] = [
    ['Today', '2026-11-23T13:05:00.000Z', '2026-11-23T19:05:00.000Z'],
    ['Yesterday', '2026-11-22T13:05:00.000Z', '2026-11-22T19:05:00.000Z'],
    ['Friday', '2026-11-20T13:05:00.000Z', '2026-11-20T19:05:00.000Z'],
    ['Monday', '2026-11-16T13:05:00.000Z', '2026-11-16T19:05:00.000Z'],
    ['November 18', '2026-11-18T13:05:00.000Z', '2026-11-18T19:05:00.000Z'],
    ['December 30, 2025', '2025-12-30T13:05:00.000Z', '2025-12-30T19:05:00.000Z'],
  ];

  it.each(groups)('combines the time with the date group "%s" in two time zones', (label, belgrade, newYork) => {
    for (const [zone, iso] of [
      ['Europe/Belgrade', belgrade],
      ['America/New_York', newYork],
    ] as const) {
      process.env.TZ = zone;
      const bubble = bubbleIn(label);
      const warnings: Note[] = [];
      expect(readDate(bubble, bubble.querySelector('.time'), now, warnings)).toEqual({
        iso,
        text: '14:05',
        precision: 'minute',
        source: `time + date group '${label}'`,
        reference: /\d{4}/.test(label) ? null : now.toISOString(),
      });
      expect(warnings).toHaveLength(1);
    }
  });

  it('prefers data-timestamp, which needs no time zone', () => {
    process.env.TZ = 'America/New_York';
    const bubble = bubbleIn('Today');
    bubble.setAttribute('data-timestamp', '1763903133');
    expect(readDate(bubble, bubble.querySelector('.time'), now, [])).toEqual({
      iso: '2025-11-23T13:05:33.000Z',
      text: '14:05',
      precision: 'second',
      source: 'data-timestamp',
      reference: null,
    });
  });

  it('says so when the date group is not a date it can read', () => {
    process.env.TZ = 'Europe/Belgrade';
    const bubble = bubbleIn('Сегодня');
    const warnings: Note[] = [];
    expect(readDate(bubble, bubble.querySelector('.time'), now, warnings).iso).toBeNull();
    expect(noteInEnglish(warnings[0]!)).toContain('Сегодня');
  });

  it('parses the full date of the time\u2019s title (getFullDate) in the page\u2019s zone', () => {
    expect(parseWebKFullDate('18 November 2026, 19:05:10')).toEqual({
      day: { year: 2026, month: 11, day: 18 },
      time: { hours: 19, minutes: 5, seconds: 10 },
    });
    process.env.TZ = 'Europe/Belgrade';
    expect(fullDateToIso('18 November 2026, 19:05:10')).toBe('2026-11-18T18:05:10.000Z');
    process.env.TZ = 'America/New_York';
    expect(fullDateToIso('18 November 2026, 19:05:10')).toBe('2026-11-19T00:05:10.000Z');
    expect(fullDateToIso('21 January 1970, 05:00:00')).toBeNull();
    expect(parseWebKFullDate('18 Noviembre 2026, 19:05:10')).toBeNull();
  });
});

describe('Web K text and numbers', () => {
  it('keeps emoji images, custom emoji and line breaks as text', () => {
    document.body.innerHTML =
      '<div class="message">a<img class="emoji" alt="😀"><br><strong>b<custom-emoji-element data-sticker-emoji="🔥"></custom-emoji-element></strong><span class="time">12:00</span></div>';
    expect(readText(document.querySelector('.message')!)).toEqual({
      text: 'a😀\nb🔥',
      entities: [
        { type: 'bold', offset: 4, length: 3 },
        { type: 'custom_emoji', offset: 5, length: 2 },
      ],
    });
  });

  it('reads durations and exact counts, not rounded ones', () => {
    expect(parseDuration('0:42')).toBe(42);
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('GIF')).toBeNull();
    expect(exactCount('12 345')).toBe(12345);
    expect(exactCount('1,234')).toBe(1234);
    expect(exactCount('987')).toBe(987);
    expect(exactCount('1.2K')).toBeNull();
  });
});
