import { noteInEnglish } from '@/utils/notes/note';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { UnknownLayoutError } from '@/utils/sites/site';
import type { TelegramMessagePost } from '@/utils/sites/telegram/types';
import { SELECTORS, telegramWebA } from '@/utils/sites/telegram/web-a';
import {
  dateFromTimeAndGroup,
  parseFullDateTime,
  parseMetaTitle,
  parseWebAClock,
} from '@/utils/sites/telegram/web-a-dates';
import {
  albumItemId,
  messageIdFromHtmlId,
  parseWebAHash,
  serverMessageId,
  webAPeerId,
} from '@/utils/sites/telegram/web-a-ids';
import { parseDuration } from '@/utils/sites/telegram/common';
import { readMedia } from '@/utils/sites/telegram/web-a-media';
import { readText } from '@/utils/sites/telegram/web-a-text';
import { readTelegramFixture } from '../../../telegram-fixtures';
import { describeFixtureCases, loadIntoDocument, onlyElement } from './fixture-cases';

const originalTz = process.env.TZ;

function restoreTz(): void {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
}

const fixture = (page: string) => readTelegramFixture('web-a', page);
const load = loadIntoDocument;

function loadPage(page: string) {
  const json = fixture(page);
  process.env.TZ = json.timeZone;
  load(json.html, json.url);
  return json;
}

const one = onlyElement;

function extractAt(selector: string, url: string, now = '2026-11-23T12:00:00.000Z') {
  return telegramWebA.extract(one(selector), url, new Date(now));
}

function messageAt(selector: string, url: string, now?: string): TelegramMessagePost {
  const post = extractAt(selector, url, now)?.post;
  if (post?.kind !== 'message') throw new Error(`no message at ${selector}`);
  return post;
}

afterAll(restoreTz);

describeFixtureCases('web-a', telegramWebA);

describe('which pages and elements it takes', () => {
  it('matches Web A only', () => {
    expect(telegramWebA.matches(new URL('https://web.telegram.org/a/#-1001234567890'))).toBe(true);
    expect(telegramWebA.matches(new URL('https://web.telegram.org/a/?fixture=x#777'))).toBe(true);
    expect(telegramWebA.matches(new URL('https://web.telegram.org/a'))).toBe(true);
    expect(telegramWebA.matches(new URL('https://web.telegram.org/k/#@durov'))).toBe(false);
    expect(telegramWebA.matches(new URL('https://web.telegram.org/abc/'))).toBe(false);
    expect(telegramWebA.matches(new URL('https://t.me/s/durov'))).toBe(false);
  });

  it('returns null outside messages and the header', () => {
    const { url } = loadPage('supergroup');
    expect(extractAt('.message-date-group:nth-of-type(2) > .sticky-date > span', url)).toBeNull();
    expect(extractAt('.header-tools', url)).toBeNull();
    expect(extractAt('body', url)).toBeNull();
  });

  it('never takes a neighbouring message or the quoted one', () => {
    const { url } = loadPage('supergroup');
    expect(messageAt('#message-5022 .embedded-sender', url).messageId).toBe(5022);
    expect(messageAt('#message-5021 .message-time', url).messageId).toBe(5021);
    expect(extractAt('#message-5022 .text-content', url)?.element).toBe(one('#message-5022'));
  });
});

describe('names', () => {
  /** The forward's title of message 5031 (an origin without a photo: its avatar shows the initial "V"). */
  const title = () => one('#message-5031 .message-title-name');

  it('reads a forward origin only from its name, not from the initials of its avatar or a badge beside it', () => {
    const { url } = loadPage('supergroup');
    title().insertAdjacentHTML('beforeend', '<span class="FakeIcon">Scam</span><i class="icon icon-star"></i>');
    expect(messageAt('#message-5031 .text-content', url).forwardedFrom?.name).toBe('Vesti Balkan');
    // An older title, with the name as the text of .message-title-name itself: still without the initials.
    const name = one('#message-5031 .sender-title');
    name.replaceWith(name.textContent!);
    expect(title().textContent).toMatch(/^VVesti Balkan/);
    expect(messageAt('#message-5031 .text-content', url).forwardedFrom?.name).toBe('Vesti Balkan');
    expect(extractAt('#message-5031 .message-title-name', url)?.post).toMatchObject({
      kind: 'account',
      account: { name: 'Vesti Balkan' },
    });
  });

  it('never takes a via-bot\'s "@name" for the sender', () => {
    const { url } = loadPage('supergroup');
    const sender = messageAt('#message-5020 .text-content', url).sender;
    const titleOf = one('#message-5020 .message-title');
    titleOf.insertAdjacentHTML(
      'afterbegin',
      '<span class="interactive"><span class="via">via</span><span class="sender-title">@helper_bot</span></span>',
    );
    expect(messageAt('#message-5020 .text-content', url).sender).toEqual(sender);
  });
});

describe("the chat's username", () => {
  const post = (url: string) => messageAt('#message-880 .text-content', url);
  const panel = () => one('.profile-info');
  const panelAvatar = () => one('.ProfileInfo .Avatar');

  it('is read from the profile panel only when the panel shows the open chat', () => {
    const { url } = loadPage('channel');
    expect(post(url)).toMatchObject({
      chat: { username: 'vestibalkan', usernameSource: 'profile panel (same peer id)' },
      permalink: 'https://t.me/vestibalkan/880',
    });
    // The panel left open on another chat (a moment between two chats): its link is not this chat's.
    panelAvatar().setAttribute('data-peer-id', '-1009999999999');
    const other = post(url);
    expect(other).toMatchObject({
      chat: { username: null, usernameSource: null },
      permalink: 'https://t.me/c/1234567890/880',
    });
    expect(other.warnings).toContain(
      'The page shows no username for this chat: it has none, or its profile panel is not open.',
    );
  });

  it("reads no panel that does not carry the chat's peer id: an expanded one, whatever its title", () => {
    const { url } = loadPage('channel');
    panelAvatar().remove();
    expect(one('.ProfileInfo .fullName').textContent).toBe('Vesti Balkan');
    expect(post(url).chat).toMatchObject({ username: null, usernameSource: null });
  });

  it('takes no name when two panels of the chat disagree (one sliding out)', () => {
    const { url } = loadPage('channel');
    const stale = panel().cloneNode(true) as Element;
    stale.querySelector('.ChatExtra .icon-link + .multiline-item > .title')!.textContent = 'https://t.me/stari_naziv';
    panel().after(stale);
    expect(post(url).chat).toMatchObject({ username: null, usernameSource: null });
  });

  it('never takes an invite link, a link in the description or a row of another kind for a username', () => {
    const { url } = loadPage('channel');
    const link = one('.ChatExtra .icon-link + .multiline-item > .title');
    for (const shown of [
      'https://t.me/+AbCdEfGh12345',
      'https://t.me/joinchat/AbCdEf',
      't.me/vestibalkan',
      '@vestibalkan',
    ]) {
      link.textContent = shown;
      expect(post(url).chat.username, shown).toBeNull();
    }
    // A user's "@name" row (icon "mention") is never a channel's or a group's username.
    one('.ChatExtra .icon-link').className = 'icon icon-mention';
    expect(post(url).chat.username).toBeNull();
  });

  it('reads a private chat\'s username from its user\'s "@name" row, and never a link row there', () => {
    const { html } = fixture('channel');
    const userUrl = 'https://web.telegram.org/a/#5550001111';
    load(html.replaceAll('data-peer-id="-1001234567890"', 'data-peer-id="5550001111"'), userUrl);
    one('.MiddleHeader .status').textContent = 'last seen recently';
    const chatAt = () => extractAt('.MiddleHeader .fullName', userUrl)?.post;
    expect(chatAt()).toMatchObject({ kind: 'chat', chat: { type: 'user', username: null } });
    const row = one('.ChatExtra .icon-link');
    row.className = 'icon icon-mention';
    row.nextElementSibling!.querySelector('.title')!.textContent = '@ana_user';
    expect(chatAt()).toMatchObject({ chat: { username: 'ana_user', usernameSource: 'profile panel (same peer id)' } });
  });

  it('takes no "#@username" address for a username: Web A neither writes nor reads one', () => {
    const { html } = loadPage('channel');
    panel().remove();
    const named = 'https://web.telegram.org/a/#@vesti_bk';
    expect(post(named).chat).toMatchObject({ username: null, usernameSource: null });
    load(html, named);
    expect(post(named).chat).toMatchObject({ username: 'vestibalkan', usernameSource: 'profile panel (same peer id)' });
  });
});

describe('ids', () => {
  it('reads server message ids and refuses local ones', () => {
    expect(serverMessageId('4990')).toBe(4990);
    expect(serverMessageId('5000.0001')).toBeNull();
    expect(serverMessageId('5000-0001')).toBeNull();
    expect(serverMessageId('0')).toBeNull();
    expect(serverMessageId('')).toBeNull();
    expect(serverMessageId(null)).toBeNull();
    expect(serverMessageId('99999999999999999999')).toBeNull();
  });

  it('reads the ids getMessageHtmlId writes, in both its forms', () => {
    expect(messageIdFromHtmlId('message-4990')).toBe(4990);
    expect(messageIdFromHtmlId('message4990')).toBe(4990);
    expect(messageIdFromHtmlId('album-media-message-882')).toBe(882);
    expect(messageIdFromHtmlId('message-5000-0001')).toBeNull();
    expect(messageIdFromHtmlId('message-group-5020-5022')).toBeNull();
  });

  it("reads an album item's own id, a paid item's as its post's, and no local one", () => {
    expect(albumItemId('album-media-message-882', 881)).toBe(882);
    expect(albumItemId('album-media-message-881-2', 881)).toBe(881);
    expect(albumItemId('album-media-message-700-1', 881)).toBeNull();
    expect(albumItemId('album-media-message-5000-0001', null)).toBeNull();
    expect(albumItemId('album-media-message-x', 881)).toBeNull();
  });

  it('keeps peer ids in Bot API form', () => {
    expect(webAPeerId('-1001234567890')).toBe(-1001234567890);
    expect(webAPeerId('-123456')).toBe(-123456);
    expect(webAPeerId('777000')).toBe(777000);
    expect(webAPeerId('0')).toBeNull();
    expect(webAPeerId('abc')).toBeNull();
    expect(webAPeerId(undefined)).toBeNull();
  });

  it('parses the URL hash routing.ts writes', () => {
    const at = (hash: string) => parseWebAHash(`https://web.telegram.org/a/${hash}`);
    expect(at('#-1001234567890')).toEqual({ peerId: -1001234567890, threadId: null, listType: 'thread' });
    expect(at('#-1001234567890_42')).toMatchObject({ peerId: -1001234567890, threadId: 42, listType: 'thread' });
    expect(at('#-1001234567890_pinned')).toMatchObject({ threadId: null, listType: 'pinned' });
    expect(at('#-1001234567890_42_scheduled')).toMatchObject({ threadId: 42, listType: 'scheduled' });
    expect(at('#-123456')).toMatchObject({ peerId: -123456 });
    expect(at('#777000')).toMatchObject({ peerId: 777000 });
    expect(at('#-1001234567890?tgaddr=tg%3A%2F%2Fresolve')).toMatchObject({ peerId: -1001234567890 });
    expect(at('?fixture=chat#-1001987654321')).toMatchObject({ peerId: -1001987654321 });
    // Web A neither writes nor reads "#@username" (routing.ts parseLocationHash): it names no chat.
    for (const bad of ['', '#', '#abc', '#-100_x', '#-100_1_2_3', '#@a', '#@vesti_balkan', '#?tgaddr=x']) {
      expect(at(bad), bad).toEqual({ peerId: null, threadId: null, listType: 'thread' });
    }
  });
});

describe('dates', () => {
  afterEach(restoreTz);
  const now = new Date('2026-11-23T12:00:00.000Z'); // a Monday

  it('reads Web A clock times, 24 h and 12 h', () => {
    expect(parseWebAClock('21:07')).toEqual({ hours: 21, minutes: 7, seconds: null });
    expect(parseWebAClock('edited 09:41')).toEqual({ hours: 9, minutes: 41, seconds: null });
    expect(parseWebAClock('02:05\u00a0PM')).toEqual({ hours: 14, minutes: 5, seconds: null });
    expect(parseWebAClock('00:05\u00a0AM')).toEqual({ hours: 0, minutes: 5, seconds: null });
    expect(parseWebAClock('Mon')).toBeNull();
  });

  it.each([
    ['Europe/Belgrade', 'Today', '2026-11-23T20:07:00.000Z'],
    ['Europe/Belgrade', 'Yesterday', '2026-11-22T20:07:00.000Z'],
    ['Europe/Belgrade', 'Friday', '2026-11-20T20:07:00.000Z'],
    ['Europe/Belgrade', 'November 16', '2026-11-16T20:07:00.000Z'],
    ['Europe/Belgrade', 'December 30', '2025-12-30T20:07:00.000Z'],
    ['Europe/Belgrade', 'October 5, 2025', '2025-10-05T19:07:00.000Z'],
    ['America/New_York', 'Today', '2026-11-24T02:07:00.000Z'],
    ['America/New_York', 'Friday', '2026-11-21T02:07:00.000Z'],
    ['America/New_York', 'October 5, 2025', '2025-10-06T01:07:00.000Z'],
  ])('in %s, 21:07 under "%s" is %s', (zone, group, iso) => {
    process.env.TZ = zone;
    expect(dateFromTimeAndGroup('21:07', group, now)).toEqual({
      iso,
      text: '21:07',
      precision: 'minute',
      source: `time + date group '${group}'`,
      // A day named relative to the moment it is read records that moment; one with its year needs none.
      reference: /\d{4}/.test(group) ? null : now.toISOString(),
    });
  });

  it('takes "Today" in the page\'s own time zone, across midnight', () => {
    const lateUtc = new Date('2026-11-23T23:30:00.000Z');
    process.env.TZ = 'Europe/Belgrade'; // already 00:30 on the 24th
    expect(dateFromTimeAndGroup('00:10', 'Today', lateUtc).iso).toBe('2026-11-23T23:10:00.000Z');
    process.env.TZ = 'America/New_York'; // still 18:30 on the 23rd
    expect(dateFromTimeAndGroup('00:10', 'Today', lateUtc).iso).toBe('2026-11-23T05:10:00.000Z');
  });

  it('gives no date rather than a guess', () => {
    expect(dateFromTimeAndGroup('21:07', 'Понедељак', now)).toEqual({
      iso: null,
      text: '21:07',
      precision: null,
      source: null,
      reference: null,
    });
    expect(dateFromTimeAndGroup('21:07', null, now).iso).toBeNull();
    expect(dateFromTimeAndGroup('Mon', 'Today', now)).toMatchObject({ iso: null, text: 'Mon' });
  });

  it("reads the full date of the time's title to the second, in two zones", () => {
    process.env.TZ = 'Europe/Belgrade';
    expect(parseFullDateTime('Nov 23, 2026, 10:02:41', now)).toEqual({
      iso: '2026-11-23T09:02:41.000Z',
      precision: 'second',
    });
    expect(parseFullDateTime('23 Nov 2026, 10:02:41', now)?.iso).toBe('2026-11-23T09:02:41.000Z');
    expect(parseFullDateTime('Nov 23, 2026, 2:05:33\u202fPM', now)?.iso).toBe('2026-11-23T13:05:33.000Z');
    process.env.TZ = 'Asia/Tokyo';
    expect(parseFullDateTime('Nov 23, 2026, 10:02:41', now)?.iso).toBe('2026-11-23T01:02:41.000Z');
    expect(parseFullDateTime('23 нояб. 2026 г., 10:02:41', now)).toBeNull();
  });

  it('reads the sent and original dates of a title, line by line', () => {
    process.env.TZ = 'Europe/Belgrade';
    const title = 'Nov 23, 2026, 10:02:41\nEdited: Nov 23, 2026, 10:30:00\nOriginal: Nov 22, 2026, 20:15:07';
    expect(parseMetaTitle(title, now)).toEqual({
      sent: { iso: '2026-11-23T09:02:41.000Z', precision: 'second', text: 'Nov 23, 2026, 10:02:41' },
      originalIso: '2026-11-22T19:15:07.000Z',
    });
    expect(parseMetaTitle('', now)).toEqual({ sent: null, originalIso: null });
  });

  it('dates a fixture message in another time zone by the clock shown', () => {
    const { url } = loadPage('supergroup');
    process.env.TZ = 'America/New_York';
    expect(messageAt('#message-5020 .text-content', url).date.iso).toBe('2026-11-21T02:07:00.000Z');
    expect(messageAt('#message-4990 .text-content', url).date.iso).toBe('2025-10-05T13:41:00.000Z');
  });
});

describe('text and entities', () => {
  it('reads entities by their data-entity-type and their tags, in UTF-16 offsets', () => {
    document.body.innerHTML =
      '<div id="t">🙂 <span class="spoiler" data-entity-type="MessageEntitySpoiler">тајна</span> ' +
      '<a class="text-entity-link" data-entity-type="MessageEntityMentionName" data-user-id="42">Ана</a> ' +
      '<a class="text-entity-link" href="mailto:a@b.rs" data-entity-type="MessageEntityEmail">a@b.rs</a> ' +
      '<a class="text-entity-link">@old_mention</a> <pre class="CodeBlock"><code>x = 1</code></pre>' +
      '<del>no</del><ins>yes</ins> <a class="text-entity-link" href="https://x.org/">x.org</a>' +
      '<div class="custom-emoji" data-entity-type="MessageEntityCustomEmoji" data-alt="🔥"><img alt="🔥"></div>' +
      '<span class="MessageMeta">12:00</span></div>';
    expect(readText(one('#t'), SELECTORS.text)).toEqual({
      text: '🙂 тајна Ана a@b.rs @old_mention x = 1noyes x.org🔥',
      entities: [
        { type: 'spoiler', offset: 3, length: 5 },
        { type: 'mention_name', offset: 9, length: 3 },
        { type: 'email', offset: 13, length: 6 },
        { type: 'mention', offset: 20, length: 12 },
        { type: 'pre', offset: 33, length: 5 },
        { type: 'strikethrough', offset: 38, length: 2 },
        { type: 'underline', offset: 40, length: 3 },
        { type: 'url', offset: 44, length: 5 },
        { type: 'custom_emoji', offset: 49, length: 2 },
      ],
    });
  });
});

describe('media', () => {
  const url = 'https://web.telegram.org/a/#-1001';

  it('parses durations', () => {
    expect(parseDuration('0:42')).toBe(42);
    expect(parseDuration('12:05')).toBe(725);
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('GIF')).toBeNull();
    expect(parseDuration('1:99')).toBeNull();
  });

  it('reads a GIF, a voice message and a file mid-download with its preview', () => {
    document.body.innerHTML =
      '<div id="c"><div class="media-inner"><video class="full-media" src="/g.mp4"></video>' +
      '<div class="message-media-duration">GIF</div></div>' +
      '<div class="Audio inline"><div class="toogle-play-wrapper play"></div><div class="content">' +
      '<div class="waveform-wrapper"><div class="waveform"><canvas></canvas></div></div>' +
      '<p class="voice-duration">0:07</p></div></div>' +
      '<div class="File"><div class="file-icon-container"><div class="file-preview media-inner">' +
      '<img class="full-media" src="blob:https://web.telegram.org/p1"></div></div><div class="file-info">' +
      '<div class="file-title" title="скан.jpg">скан.jpg</div><div class="file-subtitle"><span>0.3 MB / 2.4 MB</span>' +
      '</div></div></div>' +
      '<div class="EmbeddedMessage"><div class="embedded-thumb"><img class="pictogram" src="/q.png"></div></div></div>';
    const { media, notes } = readMedia(one('#c'), url, 70, SELECTORS.media);
    const warnings = notes.map(noteInEnglish);
    expect(media).toEqual([
      {
        kind: 'gif',
        messageId: 70,
        src: 'https://web.telegram.org/g.mp4',
        width: null,
        height: null,
        duration: null,
        fileName: null,
        fileSizeText: null,
        thumbnail: false,
      },
      {
        kind: 'voice',
        messageId: 70,
        src: null,
        width: null,
        height: null,
        duration: 7,
        fileName: null,
        fileSizeText: null,
        thumbnail: false,
      },
      {
        kind: 'file',
        messageId: 70,
        src: 'blob:https://web.telegram.org/p1',
        width: null,
        height: null,
        duration: null,
        fileName: 'скан.jpg',
        fileSizeText: '2.4 MB',
        thumbnail: true,
      },
    ]);
    expect(warnings).toEqual([
      'GIF 1: the page does not state its dimensions.',
      'Voice message 2: the recording itself is not in the page.',
      'File 3: only its preview picture is in the page, not the file.',
    ]);
  });

  it('keeps a video that has only its preview as a thumbnail, and no length while one plays', () => {
    document.body.innerHTML =
      '<div id="c"><div class="media-inner" style="--media-width: 640px; --media-aspect-ratio: 1.7777777777777777">' +
      '<img class="thumbnail" src="/prev.jpg"><div class="message-media-duration">1:05</div></div>' +
      '<div class="Audio inline"><div class="toogle-play-wrapper pause"></div><div class="content">' +
      '<p class="voice-duration">0:03</p><div class="waveform"></div></div></div></div>';
    const { media, notes } = readMedia(one('#c'), url, 70, SELECTORS.media);
    const warnings = notes.map(noteInEnglish);
    expect(media.map((m) => [m.kind, m.src, m.width, m.height, m.duration, m.thumbnail])).toEqual([
      ['video', 'https://web.telegram.org/prev.jpg', 640, 360, 65, true],
      ['voice', null, null, null, null, false],
    ]);
    expect(warnings).toContain('Video 1: only its preview picture is in the page.');
    expect(warnings).toContain('Voice message 2 was playing; its length could not be read.');
  });
});

describe('layouts and chats beyond the fixtures', () => {
  const message = (attrs: string, body: string) =>
    `<div class="message-date-group"><div class="sticky-date"><span>Today</span></div>` +
    `<div ${attrs}><div class="message-content"><div class="content-inner">${body}` +
    `<div class="text-content">hi<span class="MessageMeta"><span class="message-time">10:00</span></span></div>` +
    `</div></div></div></div>`;
  const header = (peer: string, title: string, status: string) =>
    `<div class="MiddleHeader"><div class="ChatInfo"><div class="Avatar" data-peer-id="${peer}"></div>` +
    `<div class="info"><div class="title"><h3 class="fullName">${title}</h3></div>` +
    `<span class="status">${status}</span></div></div></div>`;

  it('reads older versions: no data-message-id, "message<id>", the avatar inside the last message', () => {
    const url = 'https://web.telegram.org/a/#-123456';
    load(
      header('-123456', 'Basic', '<span class="group-status">5 members</span>') +
        '<div class="message-date-group"><div class="sticky-date"><span>Today</span></div>' +
        '<div id="message77" class="Message message-list-item first-in-group"><div class="message-content">' +
        '<div class="content-inner"><div class="message-title"><span class="message-title-name interactive">Old Name</span>' +
        '</div><div class="text-content">first<span class="MessageMeta"><span class="message-time">10:00</span></span>' +
        '</div></div></div></div>' +
        '<div id="message78" class="Message message-list-item last-in-group">' +
        '<div class="Avatar" data-peer-id="99" aria-label="Old Name"><div class="inner">ON</div></div>' +
        '<div class="message-content"><div class="content-inner"><div class="text-content">second<span class="MessageMeta">' +
        '<span class="message-time">10:01</span></span></div></div></div></div></div>',
      url,
    );
    const first = messageAt('#message77 .text-content', url);
    expect(first).toMatchObject({
      messageId: 77,
      chat: { peerId: -123456, type: 'group', memberCount: 5 },
      sender: { name: 'Old Name', peerId: 99 },
      text: 'first',
      permalink: null,
    });
    expect(first.warnings).toContain('No t.me link can be made for this chat.');
    expect(messageAt('#message78 .text-content', url)).toMatchObject({
      messageId: 78,
      sender: { name: 'Old Name', peerId: 99 },
    });
    const account = extractAt('#message78 > .Avatar', url);
    expect(account?.post).toMatchObject({ kind: 'account', account: { name: 'Old Name', peerId: 99 } });
    expect(account?.element).toBe(one('#message78'));
  });

  it("takes a private chat's messages as the other side's, and a bot by its status", () => {
    const url = 'https://web.telegram.org/a/#777000';
    load(
      header('777000', 'Ана', 'last seen recently') +
        message('id="message-5" class="Message message-list-item" data-message-id="5"', ''),
      url,
    );
    expect(messageAt('#message-5 .text-content', url)).toMatchObject({
      chat: { peerId: 777000, type: 'user', memberCount: null },
      sender: { name: 'Ана', peerId: 777000 },
      permalink: null,
    });
    load(header('93372553', 'BotFather', 'bot'), 'https://web.telegram.org/a/#93372553');
    expect(extractAt('.fullName', 'https://web.telegram.org/a/#93372553')?.post).toMatchObject({
      kind: 'chat',
      chat: { type: 'bot', peerId: 93372553 },
    });
  });

  it('says so instead of guessing: local ids, scheduled lists, another chat in the header', () => {
    const body = message(
      'id="message-5000-0001" class="Message message-list-item own" data-message-id="5000.0001"',
      '',
    );
    load(
      header('-1001', 'X', '<span class="group-status">3 members</span>') + body,
      'https://web.telegram.org/a/#-1002',
    );
    const local = messageAt('#message-5000-0001 .text-content', 'https://web.telegram.org/a/#-1002');
    expect(local).toMatchObject({ messageId: null, permalink: null, chat: { peerId: null } });
    expect(local.warnings).toContain('The message has only a local id: it had not reached the server.');
    expect(local.warnings).toContain('The URL names chat -1002 but the header shows chat -1001.');

    const scheduled = 'https://web.telegram.org/a/#-1001_scheduled';
    load(message('id="message-9" class="Message message-list-item own" data-message-id="9"', ''), scheduled);
    const post = messageAt('#message-9 .text-content', scheduled);
    expect(post).toMatchObject({ messageId: null, chat: { peerId: -1001, title: null, type: null } });
    expect(post.warnings).toContain('A scheduled message has no message id of its own yet.');
    expect(post.warnings).toContain("The chat's header is not on the page: its title, type and size are unknown.");
  });

  it('throws for list items it cannot read', () => {
    const url = 'https://web.telegram.org/a/#-1001';
    load('<div class="Message message-list-item"><div class="message-content">x</div></div>', url);
    expect(() => extractAt('.Message', url)).toThrow('the message carries no id');
    load('<div id="message-3" class="Message message-list-item" data-message-id="3">x</div>', url);
    expect(() => extractAt('#message-3', url)).toThrow('no .message-content');
    load('<div id="s" class="SponsoredMessage message-list-item">ad</div>', url);
    expect(() => extractAt('#s', url)).toThrow(UnknownLayoutError);
  });
});
