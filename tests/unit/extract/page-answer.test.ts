import { describe, expect, it } from 'vitest';
import { BOUNDED } from '@/utils/schema/kit';
import { parseWith, SchemaError } from '@/utils/schema/problems';
import { telegramPostSchema } from '@/utils/sites/telegram/schema';
import type { TelegramAccountPost } from '@/utils/sites/telegram/types';

/** The bounded build of a Telegram post's schema: what the background makes of a page's answer. */
const PAGE = telegramPostSchema(BOUNDED);
const checkShape = (value: unknown) => parseWith(PAGE, value);

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
    expect(checkShape(account)).toEqual(account);
  });

  it('copies only declared members', () => {
    const hostile = { ...account, extra: '<script>', account: { ...account.account, toString: 'x' } };
    expect(checkShape(hostile)).toEqual(account);
  });

  it("accepts a record made before the chat kept its username's source, and refuses a source of another type", () => {
    const { usernameSource: _source, ...older } = account.chat;
    expect(checkShape({ ...account, chat: older })).toEqual({ ...account, chat: older });
    expect(() => checkShape({ ...account, chat: { ...account.chat, usernameSource: 7 } })).toThrow(
      /\$\.chat\.usernameSource/,
    );
  });

  it('refuses wrong types, unknown kinds and oversized lists, naming the place', () => {
    expect(() => checkShape({ ...account, kind: 'virus' })).toThrow(/\$\.kind/);
    expect(() => checkShape({ ...account, account: { ...account.account, peerId: '42' } })).toThrow(
      /\$\.account\.peerId is not a whole number/,
    );
    expect(() => checkShape({ ...account, account: { ...account.account, peerId: 1.5 } })).toThrow(/whole number/);
    expect(() => checkShape({ ...account, warnings: Array(101).fill('w') })).toThrow(SchemaError);
    expect(() => checkShape({ ...account, platform: 'facebook' })).toThrow(/platform/);
    expect(() => checkShape(null)).toThrow(/not an object/);
  });
});
