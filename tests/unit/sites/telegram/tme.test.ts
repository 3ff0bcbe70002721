import { describe, expect, it } from 'vitest';
import { parseCount, parsePreviewUrl, telegramPreview } from '@/utils/sites/telegram/tme';
import { describeFixtureCases, loadIntoDocument } from './fixture-cases';

const load = loadIntoDocument;

describeFixtureCases('tme', telegramPreview);

describe('telegramPreview on pages it does not know', () => {
  it('throws for a post without a data-post id', () => {
    load(
      '<body><div class="tgme_widget_message"><div id="t">Post not found</div></div></body>',
      'https://t.me/x_chan/1',
    );
    expect(() => telegramPreview.extract(document.getElementById('t')!, 'https://t.me/x_chan/1', new Date())).toThrow(
      'data-post',
    );
  });

  it('treats an author without a username as part of the message', () => {
    load(
      `<body><div class="tgme_widget_message" data-post="x_group/5"><div class="tgme_widget_message_bubble">
        <div class="tgme_widget_message_author">
          <span class="tgme_widget_message_author_name" id="t">Deleted Account</span>&nbsp;in&nbsp;
          <a class="tgme_widget_message_owner_name" href="https://t.me/x_group"><span>X</span></a>
        </div>
        <div class="tgme_widget_message_text js-message_text">hi</div></div></div></body>`,
      'https://t.me/x_group/5?embed=1',
    );
    const found = telegramPreview.extract(document.getElementById('t')!, 'https://t.me/x_group/5?embed=1', new Date());
    expect(found?.post.kind).toBe('message');
    expect(found?.post.kind === 'message' && found.post.sender).toEqual({
      name: 'Deleted Account',
      peerId: null,
      username: null,
      signature: null,
    });
  });

  it("gives an album item no id rather than another channel's or none it can read", () => {
    const item = (href: string) =>
      `<a class="tgme_widget_message_photo_wrap grouped_media_wrap" style="background-image:url('/p.jpg')" ${href}>` +
      '<div class="grouped_media_helper"><div class="tgme_widget_message_photo grouped_media"></div></div></a>';
    load(
      `<body><div class="tgme_widget_message" data-post="x_chan/7"><div class="tgme_widget_message_bubble">
        <div class="tgme_widget_message_grouped_wrap"><div class="tgme_widget_message_grouped_layer">
        ${item('href="https://t.me/x_chan/7?single"')}${item('href="https://t.me/other_chan/8?single"')}${item('')}
        ${item('href="https://t.me/x_chan/9"')}</div></div>
        <div class="tgme_widget_message_text js-message_text" id="t">four</div></div></div></body>`,
      'https://t.me/s/x_chan',
    );
    const found = telegramPreview.extract(document.getElementById('t')!, 'https://t.me/s/x_chan', new Date());
    if (found?.post.kind !== 'message') throw new Error('not a message');
    expect(found.post.messageId).toBe(7);
    expect(found.post.media.map((m) => m.messageId)).toEqual([7, null, null, null]);
    for (const n of [2, 3, 4]) expect(found.post.warnings).toContain(`Item ${n} of the album carries no message id.`);
  });

  it('reads a voice message and a round video', () => {
    load(
      `<body><div class="tgme_widget_message" data-post="x_chan/7">
        <a class="tgme_widget_message_voice_player js-message_voice_player" href="https://t.me/x_chan/7">
          <audio class="tgme_widget_message_voice js-message_voice" src="https://cdn.example/v.ogg" data-ogg></audio>
          <time class="tgme_widget_message_voice_duration js-message_voice_duration">0:42</time>
        </a>
        <div class="tgme_widget_message_roundvideo_player js-message_roundvideo_player">
          <i class="tgme_widget_message_roundvideo_thumb" style="background-image:url('https://cdn.example/r.jpg')"></i>
          <video class="tgme_widget_message_roundvideo js-message_roundvideo" src="https://cdn.example/r.mp4"></video>
          <time class="tgme_widget_message_roundvideo_duration">1:02:03</time>
        </div>
        <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/x_chan/7" id="t">
          <time datetime="2026-01-05T10:00:00+00:00" class="time">11:00</time></a></span>
      </div></body>`,
      'https://t.me/s/x_chan',
    );
    const found = telegramPreview.extract(document.getElementById('t')!, 'https://t.me/s/x_chan', new Date());
    const media = found?.post.kind === 'message' ? found.post.media : [];
    expect(media.map((m) => [m.kind, m.src, m.duration, m.thumbnail])).toEqual([
      ['voice', 'https://cdn.example/v.ogg', 42, false],
      ['round', 'https://cdn.example/r.mp4', 3723, false],
    ]);
  });
});

describe('parsePreviewUrl', () => {
  it('reads channel pages, context pages and single posts on t.me and telegram.me', () => {
    expect(parsePreviewUrl(new URL('https://t.me/s/smokva_test'))).toEqual({ channel: 'smokva_test', messageId: null });
    expect(parsePreviewUrl(new URL('https://t.me/s/smokva_test?before=101'))).toEqual({
      channel: 'smokva_test',
      messageId: null,
    });
    expect(parsePreviewUrl(new URL('https://t.me/s/smokva_test/102'))).toEqual({
      channel: 'smokva_test',
      messageId: 102,
    });
    expect(parsePreviewUrl(new URL('https://t.me/smokva_test/102?embed=1&mode=tme'))).toEqual({
      channel: 'smokva_test',
      messageId: 102,
    });
    expect(parsePreviewUrl(new URL('https://telegram.me/s/Smokva_Test'))).toEqual({
      channel: 'Smokva_Test',
      messageId: null,
    });
  });

  it('refuses what is not a preview', () => {
    for (const url of [
      'https://t.me/smokva_test',
      'https://t.me/c/1987654321/102',
      'https://t.me/joinchat/AAAAAE',
      'https://t.me/addstickers/cats',
      'https://t.me/s/',
      'https://t.me/s/ab',
      'https://t.me/smokva_test/102/3',
      'https://t.me/smokva_test/abc',
      'https://web.telegram.org/k/#@smokva_test',
      'https://example.org/s/smokva_test',
    ])
      expect(parsePreviewUrl(new URL(url)), url).toBeNull();
    expect(telegramPreview.matches(new URL('https://web.telegram.org/a/'))).toBe(false);
    expect(telegramPreview.matches(new URL('https://t.me/s/smokva_test'))).toBe(true);
  });
});

describe('parseCount', () => {
  it('reads exact counts', () => {
    expect(parseCount('48')).toBe(48);
    expect(parseCount(' 873 ')).toBe(873);
    expect(parseCount('12 345')).toBe(12345);
    expect(parseCount('1\u00a0234\u00a0567')).toBe(1234567);
    expect(parseCount('0')).toBe(0);
  });

  it('does not guess rounded or unreadable counts', () => {
    for (const text of ['1.2K', '436.6K', '3.1M', '1K', '1,2K', '12 34', '', 'views', '-3', '1.5'])
      expect(parseCount(text), text).toBeNull();
  });
});
