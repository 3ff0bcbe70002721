import { describe, expect, it } from 'vitest';
import type { TelegramMessagePost } from '@/utils/sites/telegram/types';
import { renderReport } from '@/utils/report/report';
import { makeCapture, telegramMediaItem } from '../../../factories';
import { fact, makeInput, parse } from '../../pack/report-input';

function telegramPost(): TelegramMessagePost {
  return {
    platform: 'telegram',
    client: 'web-k',
    extractor: 'telegram-web-k@1',
    warnings: ['sender username: not shown in the bubble'],
    kind: 'message',
    chat: {
      title: 'Градско веће',
      peerId: -1001987654321,
      username: 'gradsko',
      usernameSource: 'address #@username',
      type: 'supergroup',
      memberCount: 1234,
      memberCountText: '1 234 members',
    },
    messageId: 1201,
    sender: { name: 'Милица Петровић', peerId: 5551234567, username: null, signature: null },
    date: {
      iso: '2026-11-18T13:05:33.000Z',
      text: '14:05',
      precision: 'second',
      source: 'data-timestamp',
      reference: null,
    },
    edited: true,
    text: 'Седница почиње у 18 часова',
    entities: [],
    forwardedFrom: { name: 'Извор', peerId: 777000111, username: 'izvor', date: null },
    replyTo: { messageId: 1199, senderName: 'Ана', text: 'Ко је ово објавио?' },
    views: 15321,
    viewsText: '15.3K',
    reactions: [],
    media: [],
    permalink: 'https://t.me/c/1987654321/1201',
  };
}

/** The text of the facts row with this label. */
describe('renderReport for Telegram', () => {
  it('shows the fields a Telegram extractor read', async () => {
    const { record } = await makeCapture();
    record.post = { ...record.post, extractor: 'telegram-web-k@1', structured: telegramPost() };
    const doc = parse(renderReport(await makeInput([record])));
    const section = doc.querySelector('.capture')!;
    expect(section.querySelector('h2')!.textContent).toBe('Градско веће');
    expect(fact(section, 'Platform / client')).toBe('Telegram · Telegram Web K');
    expect(fact(section, 'Chat title')).toBe('Градско веће');
    expect(fact(section, 'Chat peer id')).toBe('-1001987654321');
    expect(fact(section, 'Chat username')).toBe('@gradskoread from address #@username');
    expect(section.querySelector('.sub code')?.textContent).toBe('address #@username');
    expect(fact(section, 'Chat type')).toBe('supergroup');
    expect(fact(section, 'Message id')).toBe('1201');
    expect(fact(section, 'Sender name')).toBe('Милица Петровић');
    expect(fact(section, 'Sender peer id')).toBe('5551234567');
    expect(fact(section, 'Sender username')).toBe('None');
    expect(fact(section, 'Date')).toContain('2026-11-18T13:05:33.000Z');
    expect(fact(section, 'Date')).toContain('Wednesday, 18 November 2026');
    expect(fact(section, 'Date')).toContain('“14:05”, to the second, read from data-timestamp');
    expect(fact(section, 'Edited')).toBe('Yes');
    expect(fact(section, 'Forwarded from')).toContain('Извор');
    expect(fact(section, 'Forwarded from')).toContain('777000111');
    expect(fact(section, 'Reply to')).toContain('message 1199');
    expect(fact(section, 'Views')).toContain('15,321');
    expect(fact(section, 'Message text')).toBe('Седница почиње у 18 часова');
    expect(fact(section, 'Not read')).toBe('sender username: not shown in the bubble');
    const permalink = section.querySelector('a[href="https://t.me/c/1987654321/1201"]');
    expect(permalink?.textContent).toBe('https://t.me/c/1987654321/1201');
    // The generic fields are for posts no site extractor read.
    expect(fact(section, 'Site title')).toBeUndefined();
  });

  it("names each album item's own message, not the post's", async () => {
    const { record } = await makeCapture();
    // An item without `messageId` is one of a record made before it.
    const photo = (messageId?: number) => {
      const { messageId: _, ...item } = telegramMediaItem();
      return messageId === undefined ? item : { ...item, messageId };
    };
    const media = [photo(1201), photo(1202), photo(), { ...photo(), messageId: null }];
    record.post = { ...record.post, extractor: 'telegram-web-k@1', structured: { ...telegramPost(), media } as never };
    const doc = parse(renderReport(await makeInput([record])));
    const items = Array.from(doc.querySelectorAll('.capture li')).filter((li) => li.textContent!.startsWith('photo'));
    expect(items.map((li) => li.textContent)).toEqual([
      'photo, 800 × 600 pixels',
      'photo, message 1202, 800 × 600 pixels',
      'photo, 800 × 600 pixels',
      'photo, message Unknown, 800 × 600 pixels',
    ]);
  });

  it("shows a chat's username without a source when its record kept none", async () => {
    const { record } = await makeCapture();
    const { usernameSource: _source, ...older } = telegramPost().chat;
    record.post = {
      ...record.post,
      extractor: 'telegram-web-k@1',
      structured: { ...telegramPost(), chat: older } as never,
    };
    const doc = parse(renderReport(await makeInput([record])));
    expect(fact(doc.querySelector('.capture')!, 'Chat username')).toBe('@gradsko');
  });

  it('shows a Telegram chat and a Telegram account', async () => {
    const base = telegramPost();
    const { record: chat } = await makeCapture();
    chat.post = {
      ...chat.post,
      structured: {
        ...base,
        kind: 'chat',
        chat: { ...base.chat, description: 'Опис <b>групе</b>', link: 'https://t.me/gradsko' },
      },
    };
    const { record: account } = await makeCapture();
    account.post = {
      ...account.post,
      structured: { ...base, kind: 'account', account: { name: 'Марко', peerId: 42, username: 'marko' } },
    };
    const doc = parse(renderReport(await makeInput([chat, account])));
    const [first, second] = doc.querySelectorAll('.capture');
    expect(first!.querySelector('h3')!.textContent).toBe('Telegram chat');
    expect(fact(first!, 'Chat description')).toBe('Опис <b>групе</b>');
    expect(fact(first!, 'Chat link')).toBe('https://t.me/gradsko');
    expect(second!.querySelector('h2')!.textContent).toBe('Марко');
    expect(fact(second!, 'Account peer id')).toBe('42');
    expect(fact(second!, 'Account username')).toBe('@marko');
    expect(fact(second!, 'Chat peer id')).toBe('-1001987654321');
  });
});
