import { describe, expect, it } from 'vitest';
import { currentName, mergeAccount, mergeChat, observe, seenAt } from '@/utils/case-work/catalogue';
import { catalogueUpdates } from '@/utils/case-work/catalogue-updates';
import type { AccountEntry, ChatEntry } from '@/utils/case-work/types';
import { makeCapture, telegramMessage } from '../../factories';

async function telegramCapture(id: string, at: string, post: ReturnType<typeof telegramMessage>) {
  const { record } = await makeCapture({ id, capturedAt: at });
  record.post.structured = post;
  return record;
}

describe('the catalogue', () => {
  it('keeps each title and username with when it was first and last seen', () => {
    let history = seenAt([], 'Smokva', '2026-11-10T00:00:00.000Z');
    history = seenAt(history, 'Smokva 2', '2026-11-12T00:00:00.000Z');
    history = seenAt(history, 'Smokva', '2026-11-14T00:00:00.000Z');
    history = seenAt(history, 'Smokva', '2026-11-01T00:00:00.000Z'); // an older capture, stored later
    history = seenAt(history, null, '2026-11-20T00:00:00.000Z');
    expect(history).toEqual([
      { value: 'Smokva', firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-14T00:00:00.000Z' },
      { value: 'Smokva 2', firstSeen: '2026-11-12T00:00:00.000Z', lastSeen: '2026-11-12T00:00:00.000Z' },
    ]);
    expect(currentName(history, [], 'peer:1')).toBe('Smokva');
  });

  it('merges a renamed group under its stable id, with its member counts over time', async () => {
    const first = await telegramCapture(
      'c1',
      '2026-11-10T10:00:00.000Z',
      telegramMessage({ chat: { title: 'Balkan Room', username: 'balkanroom' } }),
    );
    const renamed = await telegramCapture(
      'c2',
      '2026-11-12T10:00:00.000Z',
      telegramMessage({
        chat: { title: 'Balkan Room 2', username: 'balkanroom2', memberCount: 2000, memberCountText: '2 000 members' },
      }),
    );
    const chats = new Map<string, ChatEntry>();
    for (const record of [first, renamed]) {
      const { chat } = catalogueUpdates(
        record,
        (k) => chats.get(k),
        () => undefined,
      );
      chats.set(chat!.key, chat!);
    }
    expect([...chats.keys()]).toEqual(['peer:-1001987654321']);
    const entry = chats.get('peer:-1001987654321')!;
    expect(entry.titles.map((t) => [t.value, t.firstSeen, t.lastSeen])).toEqual([
      ['Balkan Room', '2026-11-10T10:00:00.000Z', '2026-11-10T10:00:00.000Z'],
      ['Balkan Room 2', '2026-11-12T10:00:00.000Z', '2026-11-12T10:00:00.000Z'],
    ]);
    expect(entry.usernames.map((u) => u.value)).toEqual(['balkanroom', 'balkanroom2']);
    expect(entry.memberCounts.map((m) => m.count)).toEqual([1234, 2000]);
    expect(entry.captureIds).toEqual(['c1', 'c2']);
    expect(entry.link).toBe('https://t.me/balkanroom2');
  });

  it('follows an account across groups, its names and usernames over time', async () => {
    const accounts = new Map<string, AccountEntry>();
    const sightings = [
      telegramCapture(
        '1',
        '2026-11-01T00:00:00.000Z',
        telegramMessage({
          chat: { peerId: -1001, title: 'Balkan Room' },
          sender: { peerId: 42, name: 'Marko', username: 'marko' },
        }),
      ),
      telegramCapture(
        '2',
        '2026-11-02T00:00:00.000Z',
        telegramMessage({
          chat: { peerId: -1002, title: 'Public Room' },
          sender: { peerId: 42, name: 'M.', username: 'marko' },
        }),
      ),
      telegramCapture(
        '3',
        '2026-11-03T00:00:00.000Z',
        telegramMessage({
          chat: { peerId: -1003, title: 'Serbian Room' },
          sender: { peerId: 42, name: 'M.', username: 'marko_new' },
        }),
      ),
    ];
    for (const record of await Promise.all(sightings)) {
      for (const account of catalogueUpdates(
        record,
        () => undefined,
        (k) => accounts.get(k),
      ).accounts)
        accounts.set(account.key, account);
    }
    const marko = accounts.get('peer:42')!;
    expect(marko.chatKeys).toEqual(['peer:-1001', 'peer:-1002', 'peer:-1003']);
    expect(marko.names.map((n) => [n.value, n.firstSeen, n.lastSeen])).toEqual([
      ['Marko', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
      ['M.', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z'],
    ]);
    expect(marko.usernames.map((u) => u.value)).toEqual(['marko', 'marko_new']);
    expect(marko.captureIds).toEqual(['1', '2', '3']);
  });

  it('keys an entry by username until its id is known, and never counts a channel as its own account', async () => {
    const channelPost = await telegramCapture(
      'x',
      '2026-11-01T00:00:00.000Z',
      telegramMessage({
        chat: { peerId: null, username: 'Smokva_Test' },
        sender: { peerId: null, username: 'smokva_test', name: 'Smokva' },
      }),
    );
    const seen = observe(channelPost);
    expect(seen.chat?.key).toBe('username:smokva_test');
    expect(seen.accounts).toEqual([]);
    const nothing = await makeCapture();
    expect(observe(nothing.record)).toEqual({ chat: null, accounts: [] });
    const merged = mergeAccount(
      undefined,
      { key: 'peer:1', peerId: 1, name: null, username: null },
      null,
      '2026-11-01T00:00:00.000Z',
      'x',
    );
    expect(merged.names).toEqual([]);
    expect(
      mergeChat(
        undefined,
        {
          key: 'peer:-1',
          peerId: -1,
          title: 'T',
          username: null,
          type: null,
          memberCount: null,
          memberCountText: null,
          link: null,
        },
        'a',
        'x',
      ).memberCounts,
    ).toEqual([]);
  });
});
