// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { siteFiles, type PackedCapture } from '@/utils/sites';
import { FILE_NOT_INCLUDED } from '@/utils/sites/telegram/desktop-export';
import type { TelegramMessagePost } from '@/utils/sites/telegram/types';
import { telegramMediaItem, telegramMessage } from '../../../factories';

/** A capture of a pack as manifest.json lists it, holding `post` and, for each `media` address, a kept file. */
function packed(
  post: TelegramMessagePost,
  { capturedAt = '2026-11-23T12:00:00.000Z', media = [] as string[], id = crypto.randomUUID() } = {},
): PackedCapture {
  const artifacts = media.map((sourceUrl, i) => ({
    id: `art-${i}`,
    kind: 'media',
    mime: 'image/jpeg',
    size: 1000 + i,
    sourceUrl,
  }));
  return {
    id,
    record: {
      capturedAt,
      post: { frameUrl: 'https://web.telegram.org/k/#@smokva_grupa', structured: post },
      artifacts,
    },
    files: Object.fromEntries(artifacts.map((a, i) => [a.id, `captures/${id}/media-0${i + 1}.jpg`])),
  };
}

function exported(captures: PackedCapture[]) {
  return siteFiles(captures).map((file) => ({ path: file.path, text: file.text, json: JSON.parse(file.text) }));
}

describe("Telegram Desktop's export of a pack's messages", () => {
  it("writes one result.json per chat, in Desktop's keys, order and layout", () => {
    const [file] = exported([packed(telegramMessage({ text: 'Слики од Смоква' }))]);
    expect(file!.path).toBe('telegram/-1001987654321/result.json');
    // One space a level, raw UTF-8, no final line break: as Desktop writes it.
    expect(file!.text.startsWith('{\n "name": "Smokva",\n "type": "public_supergroup",\n "id": 1987654321,')).toBe(
      true,
    );
    expect(file!.text).toContain('Слики од Смоква');
    expect(file!.text.endsWith('\n}')).toBe(true);
    const [message] = file!.json.messages;
    expect(Object.keys(message)).toEqual([
      'id',
      'type',
      'date',
      'date_unixtime',
      'from',
      'from_id',
      'text',
      'text_entities',
      'dokaz_capture_id',
    ]);
    expect(message).toMatchObject({
      id: 2047,
      type: 'message',
      // UTC, where Desktop writes local time: the same file on every computer.
      date: '2026-11-20T15:30:00',
      date_unixtime: String(Date.UTC(2026, 10, 20, 15, 30) / 1000),
      from: 'Marko',
      from_id: 'user5551234',
      text: 'Слики од Смоква',
      text_entities: [{ type: 'plain', text: 'Слики од Смоква' }],
    });
  });

  it('names chat types and ids as Desktop does', () => {
    const typeOf = (chat: Partial<TelegramMessagePost['chat']>) => {
      const [file] = exported([packed(telegramMessage({ chat }))]);
      return [file!.json.type, file!.json.id];
    };
    expect(typeOf({ type: 'channel', username: null })).toEqual(['private_channel', 1987654321]);
    expect(typeOf({ type: 'channel' })).toEqual(['public_channel', 1987654321]);
    expect(typeOf({ type: 'supergroup', username: null })).toEqual(['private_supergroup', 1987654321]);
    expect(typeOf({ type: 'group', peerId: -4567 })).toEqual(['private_group', 4567]);
    expect(typeOf({ type: 'user', peerId: 777 })).toEqual(['personal_chat', 777]);
    expect(typeOf({ type: 'bot', peerId: 778 })).toEqual(['bot_chat', 778]);
    // What the page did not say is not guessed.
    expect(typeOf({ type: null })).toEqual(['', 1987654321]);
  });

  it("gives a channel's post as the channel's, with its signature as author", () => {
    const post = telegramMessage({
      chat: { type: 'channel', title: 'Public Room' },
      sender: { name: 'Public Room', peerId: -1001987654321, username: null, signature: 'Admin M.' },
    });
    const [message] = exported([packed(post)])[0]!.json.messages;
    expect(message).toMatchObject({ from: 'Public Room', from_id: 'channel1987654321', author: 'Admin M.' });
  });

  it('marks what the page never shows: an edit without its time, an unknown sender, an unknown date', () => {
    const post = { ...telegramMessage({ sender: null }), edited: true };
    post.date = { ...post.date, iso: null, precision: null };
    const [message] = exported([packed(post)])[0]!.json.messages;
    expect(message).toMatchObject({
      date: null,
      date_unixtime: null,
      edited: null,
      edited_unixtime: null,
      from: null,
      from_id: null,
    });
    // Not edited: no key, as in Desktop's.
    const [plain] = exported([packed(telegramMessage())])[0]!.json.messages;
    expect(plain).not.toHaveProperty('edited');
  });

  it('writes replies and forwards', () => {
    const post = { ...telegramMessage({ forwardedFrom: { name: 'Balkan Room' } }) };
    post.replyTo = { messageId: 2001, senderName: 'Ana', text: 'hi' };
    const [message] = exported([packed(post)])[0]!.json.messages;
    expect(message).toMatchObject({ forwarded_from: 'Balkan Room', reply_to_message_id: 2001 });
  });

  it('cuts the text into parts, each plain or of one entity, with the keys Desktop gives each', () => {
    const text = 'Ana 070123456 see https://x.y bold link';
    const post = { ...telegramMessage({ text }) };
    post.entities = [
      { type: 'phone_number', offset: 4, length: 9 },
      { type: 'url', offset: 18, length: 11 },
      { type: 'text_link', offset: 30, length: 9, url: 'https://evil.example/' },
      // Nested in the link: the outer entity names the part.
      { type: 'bold', offset: 30, length: 4 },
      { type: 'pre', offset: 0, length: 0 },
    ];
    const [message] = exported([packed(post)])[0]!.json.messages;
    expect(message.text_entities).toEqual([
      { type: 'plain', text: 'Ana ' },
      { type: 'phone', text: '070123456' },
      { type: 'plain', text: ' see ' },
      { type: 'link', text: 'https://x.y' },
      { type: 'plain', text: ' ' },
      { type: 'text_link', text: 'bold link', href: 'https://evil.example/' },
    ]);
    expect(message.text).toEqual([
      'Ana ',
      { type: 'phone', text: '070123456' },
      ' see ',
      { type: 'link', text: 'https://x.y' },
      ' ',
      { type: 'text_link', text: 'bold link', href: 'https://evil.example/' },
    ]);
  });

  it("points at the pack's own media files, and says Desktop's words for a file not kept", () => {
    const post = telegramMessage();
    post.media = [
      { ...telegramMediaItem({ kind: 'photo', src: 'blob:https://web.telegram.org/a1' }), messageId: 2047 },
      { ...telegramMediaItem({ kind: 'photo', src: 'blob:https://web.telegram.org/a2' }), messageId: 2048 },
      {
        ...telegramMediaItem({ kind: 'video', src: 'blob:https://web.telegram.org/a3' }),
        messageId: 2049,
        duration: 12.4,
      },
      { ...telegramMediaItem({ kind: 'voice', src: null }), messageId: 2050 },
    ];
    const capture = packed(post, {
      media: [
        'blob:https://web.telegram.org/a1',
        'blob:https://web.telegram.org/a2',
        'blob:https://web.telegram.org/a3',
      ],
    });
    const messages = exported([capture])[0]!.json.messages;
    // An album: one message per item, each with its own id; the text goes with the post's own.
    expect(messages.map((m: { id: number }) => m.id)).toEqual([2047, 2048, 2049, 2050]);
    expect(messages[0]).toMatchObject({ photo: `../../${capture.files['art-0']}`, width: 800, height: 600 });
    expect(messages[0].text).toBe('Слики од Смоква');
    expect(messages[1]).toMatchObject({ photo: `../../${capture.files['art-1']}`, text: '', text_entities: [] });
    expect(messages[2]).toMatchObject({
      file: `../../${capture.files['art-2']}`,
      media_type: 'video_file',
      mime_type: 'image/jpeg',
      duration_seconds: 12,
    });
    expect(messages[3]).toMatchObject({ file: FILE_NOT_INCLUDED, media_type: 'voice_message', file_size: 0 });
  });

  it('gives each message once, as its latest version says, and each chat its own file', () => {
    const first = packed(telegramMessage({ text: 'before' }), { capturedAt: '2026-11-23T12:00:00.000Z' });
    const edited = packed(
      { ...telegramMessage({ text: 'after' }), edited: true },
      {
        capturedAt: '2026-11-24T12:00:00.000Z',
      },
    );
    const other = packed(telegramMessage({ chat: { peerId: null, username: 'gevgelijahub' }, messageId: 5 }));
    // A message without an id has no place in Desktop's format; a chat with neither id nor username no file.
    const noId = packed({ ...telegramMessage(), messageId: null });
    const nowhere = packed(telegramMessage({ chat: { peerId: null, username: null } }));
    const files = exported([edited, other, first, noId, nowhere]);
    expect(files.map((f) => f.path)).toEqual([
      'telegram/-1001987654321/result.json',
      'telegram/gevgelijahub/result.json',
    ]);
    expect(files[0]!.json.messages).toHaveLength(1);
    expect(files[0]!.json.messages[0]).toMatchObject({ text: 'after', edited: null, dokaz_capture_id: edited.id });
    expect(files[1]!.json).toMatchObject({ id: null, messages: [{ id: 5 }] });
  });

  it("puts a chat's messages in one file when only some pages gave its id", () => {
    const withId = packed(telegramMessage({ messageId: 1 }));
    const withoutId = packed(telegramMessage({ messageId: 2, chat: { peerId: null, username: 'SMOKVA_grupa' } }));
    const files = exported([withoutId, withId]);
    expect(files.map((f) => f.path)).toEqual(['telegram/-1001987654321/result.json']);
    expect(files[0]!.json.messages.map((m: { id: number }) => m.id)).toEqual([1, 2]);
  });

  it("never names a folder after an id no pack may hold: a hostile page's 1e21", () => {
    const hostile = packed(
      telegramMessage({ chat: { peerId: -1e21, username: 'smokva_grupa' }, sender: { peerId: 1e300 } }),
    );
    const [file] = exported([hostile]);
    expect(file!.path).toBe('telegram/smokva_grupa/result.json');
    expect(file!.json.id).toBeNull();
    expect(file!.json.messages[0].from_id).toBeNull();
  });

  it('keeps one chat in one folder whatever the case of its username, and a username two chats claimed in neither', () => {
    const chat = (username: string, peerId: number | null = null) => ({ peerId, username });
    const files = exported([
      packed(telegramMessage({ chat: chat('SmokvA'), messageId: 1 })),
      packed(telegramMessage({ chat: chat('smokva'), messageId: 2 })),
      // "foo" moved from one chat to another: its id-less capture is neither's.
      packed(telegramMessage({ chat: chat('foo'), messageId: 5, text: 'A says 5' })),
      packed(telegramMessage({ chat: chat('Foo', -1001), messageId: 7 })),
      packed(telegramMessage({ chat: chat('foo', -1002), messageId: 5, text: 'B says 5' })),
    ]);
    expect(files.map((f) => [f.path, f.json.messages.map((m: { id: number; text: string }) => m.text)])).toEqual([
      ['telegram/-1001/result.json', ['Слики од Смоква']],
      ['telegram/-1002/result.json', ['B says 5']],
      ['telegram/foo/result.json', ['A says 5']],
      ['telegram/smokva/result.json', ['Слики од Смоква', 'Слики од Смоква']],
    ]);
  });

  it('gives each id once, by id, the latest capture that holds it: an album item or the message itself', () => {
    const album = telegramMessage({ messageId: 10, text: 'album' });
    album.media = [
      { ...telegramMediaItem({ kind: 'photo', src: null }), messageId: 11 },
      { ...telegramMediaItem({ kind: 'photo', src: null }), messageId: 3 },
    ];
    const own = packed(telegramMessage({ messageId: 11, text: 'own 11' }), { capturedAt: '2026-11-24T00:00:00.000Z' });
    const [file] = exported([packed(album), own]);
    expect(file!.json.messages.map((m: { id: number; text: string }) => [m.id, m.text])).toEqual([
      [3, ''],
      [10, 'album'],
      [11, 'own 11'],
    ]);
  });

  it('reads a date only in the form every engine reads alike, and cuts text only between whole characters', () => {
    const post = telegramMessage({ text: 'a😀b' });
    post.date = { ...post.date, iso: '2024-01-02T10:00:00' };
    post.entities = [{ type: 'bold', offset: 2, length: 1 }];
    const [message] = exported([packed(post)])[0]!.json.messages;
    expect([message.date, message.date_unixtime]).toEqual([null, null]);
    expect(message.text_entities).toEqual([
      { type: 'plain', text: 'a' },
      { type: 'bold', text: '😀' },
      { type: 'plain', text: 'b' },
    ]);
  });

  it('makes the same bytes whatever order the captures come in', () => {
    const captures = [1, 2, 3].map((n) => packed(telegramMessage({ messageId: n, text: `m${n}` })));
    expect(siteFiles(captures)).toEqual(siteFiles([...captures].reverse()));
  });

  it('makes no file for posts of other kinds or sites', () => {
    expect(
      siteFiles([
        {
          ...packed(telegramMessage()),
          record: { ...packed(telegramMessage()).record, post: { frameUrl: 'x', structured: null } },
        },
      ]),
    ).toEqual([]);
  });
});
