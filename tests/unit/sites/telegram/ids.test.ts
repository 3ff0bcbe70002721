import { describe, expect, it } from 'vitest';
import { botApiPeerId, chatLink, messagePermalink, splitBotApiPeerId } from '@/utils/sites/telegram/ids';

describe('Bot API peer ids', () => {
  it('writes channels and supergroups as -100…, basic groups as -…, users as themselves', () => {
    expect(botApiPeerId('channel', 1234567890)).toBe(-1001234567890);
    expect(botApiPeerId('chat', 123456)).toBe(-123456);
    expect(botApiPeerId('user', 777000)).toBe(777000);
  });

  it('reads them back', () => {
    expect(splitBotApiPeerId(-1001234567890)).toEqual({ kind: 'channel', id: 1234567890 });
    expect(splitBotApiPeerId(-123456)).toEqual({ kind: 'chat', id: 123456 });
    expect(splitBotApiPeerId(42)).toEqual({ kind: 'user', id: 42 });
    for (const [kind, id] of [
      ['channel', 1],
      ['chat', 999999999],
      ['user', 8123456789],
    ] as const) {
      expect(splitBotApiPeerId(botApiPeerId(kind, id))).toEqual({ kind, id });
    }
  });

  it('refuses what is not an id', () => {
    expect(() => botApiPeerId('user', 0)).toThrow(RangeError);
    expect(() => botApiPeerId('channel', -5)).toThrow(RangeError);
    expect(() => botApiPeerId('chat', 1.5)).toThrow(RangeError);
    expect(() => splitBotApiPeerId(0)).toThrow(RangeError);
  });
});

describe('permalinks', () => {
  it('links public chats by username', () => {
    expect(messagePermalink({ username: 'smokva_test', peerId: -1001234567890, type: 'channel' }, 42)).toBe(
      'https://t.me/smokva_test/42',
    );
    expect(messagePermalink({ username: 'balkanroom', peerId: null, type: 'supergroup' }, 7)).toBe(
      'https://t.me/balkanroom/7',
    );
  });

  it('links private channels and supergroups by channel id, without -100', () => {
    expect(messagePermalink({ username: null, peerId: -1001234567890, type: 'supergroup' }, 9)).toBe(
      'https://t.me/c/1234567890/9',
    );
  });

  it('has none for basic groups, private chats, or unknown ids', () => {
    expect(messagePermalink({ username: null, peerId: -123456, type: 'group' }, 9)).toBeNull();
    expect(messagePermalink({ username: 'someone', peerId: 42, type: 'user' }, 9)).toBeNull();
    expect(messagePermalink({ username: null, peerId: null, type: 'channel' }, 9)).toBeNull();
    expect(messagePermalink({ username: 'x', peerId: null, type: 'channel' }, null)).toBeNull();
  });

  it('links a public chat', () => {
    expect(chatLink('smokva_test')).toBe('https://t.me/smokva_test');
    expect(chatLink(null)).toBeNull();
  });
});
