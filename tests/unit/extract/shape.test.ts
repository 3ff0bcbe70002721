import { describe, expect, it } from 'vitest';
import { checkShape, ShapeError } from '@/utils/extract/shape';
import { TELEGRAM_POST_SHAPE } from '@/utils/extract/telegram/shape';
import type { TelegramAccountPost } from '@/utils/extract/telegram/types';

const account: TelegramAccountPost = {
  platform: 'telegram',
  kind: 'account',
  client: 'web-k',
  extractor: 'telegram-web-k@1',
  warnings: [],
  account: { name: 'Марко', peerId: 42, username: 'marko' },
  chat: {
    title: 'Smokva',
    peerId: -1001234567890,
    username: null,
    usernameSource: null,
    type: 'supergroup',
    memberCount: 1200,
    memberCountText: '1 200 members',
  },
};

describe('the shape check of what a page hands back', () => {
  it('accepts a well-formed post and copies it', () => {
    expect(checkShape(account, TELEGRAM_POST_SHAPE)).toEqual(account);
  });

  it('copies only declared members', () => {
    const hostile = { ...account, extra: '<script>', account: { ...account.account, toString: 'x' } };
    expect(checkShape(hostile, TELEGRAM_POST_SHAPE)).toEqual(account);
  });

  it("accepts a record made before the chat kept its username's source, and refuses a source of another type", () => {
    const { usernameSource: _source, ...older } = account.chat;
    expect(checkShape({ ...account, chat: older }, TELEGRAM_POST_SHAPE)).toEqual({ ...account, chat: older });
    expect(() => checkShape({ ...account, chat: { ...account.chat, usernameSource: 7 } }, TELEGRAM_POST_SHAPE)).toThrow(
      /\$\.chat\.usernameSource/,
    );
  });

  it('refuses wrong types, unknown kinds and oversized lists, naming the place', () => {
    expect(() => checkShape({ ...account, kind: 'virus' }, TELEGRAM_POST_SHAPE)).toThrow(/\$\.kind/);
    expect(() =>
      checkShape({ ...account, account: { ...account.account, peerId: '42' } }, TELEGRAM_POST_SHAPE),
    ).toThrow(/\$\.account\.peerId is not a number/);
    expect(() => checkShape({ ...account, account: { ...account.account, peerId: 1.5 } }, TELEGRAM_POST_SHAPE)).toThrow(
      /whole number/,
    );
    expect(() => checkShape({ ...account, warnings: Array(101).fill('w') }, TELEGRAM_POST_SHAPE)).toThrow(ShapeError);
    expect(() => checkShape({ ...account, platform: 'facebook' }, TELEGRAM_POST_SHAPE)).toThrow(/platform/);
    expect(() => checkShape(null, TELEGRAM_POST_SHAPE)).toThrow(/not an object/);
  });
});
